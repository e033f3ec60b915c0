// An outline of an Apex class read from the apex-parser tree: its (nested) classes, their fields, properties
// and methods, with the annotations that matter to Lightning (@AuraEnabled, cacheable=true).
import type { ClassDeclarationContext, ModifierContext, TypeRefContext } from '@apexdevtools/apex-parser';
import { parseApexClass } from './apex-source.ts';

export interface ApexMember {
  name: string;
  /** The type as written, without whitespace, e.g. List<DapTemplate>. */
  type: string;
  line: number;
  auraEnabled: boolean;
}

export interface ApexMethod extends ApexMember {
  parameters: Array<{ name: string; type: string }>;
  cacheable: boolean;
  isStatic: boolean;
}

export interface ApexClassOutline {
  name: string;
  line: number;
  fields: ApexMember[];
  methods: ApexMethod[];
  innerClasses: ApexClassOutline[];
}

/** The outline of the top-level class in a .cls source, or undefined when it declares none. */
export function outlineApexClass(source: string): ApexClassOutline | undefined {
  const { tree } = parseApexClass(source);
  const declaration = tree.typeDeclaration()?.classDeclaration();
  return declaration ? outlineClass(declaration) : undefined;
}

function outlineClass(declaration: ClassDeclarationContext): ApexClassOutline {
  const outline: ApexClassOutline = {
    name: declaration.id().getText(),
    line: declaration.start.line,
    fields: [],
    methods: [],
    innerClasses: []
  };
  for (const body of declaration.classBody()?.classBodyDeclaration_list() ?? []) {
    const member = body.memberDeclaration();
    if (!member) continue;
    const modifiers = body.modifier_list();
    const auraEnabled = annotation(modifiers, 'AuraEnabled') !== undefined;
    const method = member.methodDeclaration();
    const field = member.fieldDeclaration();
    const property = member.propertyDeclaration();
    const inner = member.classDeclaration();
    if (method) {
      const parameters = (method.formalParameters().formalParameterList()?.formalParameter_list() ?? []).map(
        (p) => ({
          name: p.id().getText(),
          type: typeText(p.typeRef())
        })
      );
      outline.methods.push({
        name: method.id().getText(),
        type: method.typeRef() ? typeText(method.typeRef()) : 'void',
        line: method.start.line,
        auraEnabled,
        parameters,
        cacheable: /^true$/i.test(annotationValue(modifiers, 'AuraEnabled', 'cacheable') ?? ''),
        isStatic: modifiers.some((m) => m.STATIC() !== null)
      });
    } else if (field) {
      for (const variable of field.variableDeclarators().variableDeclarator_list()) {
        outline.fields.push({
          name: variable.id().getText(),
          type: typeText(field.typeRef()),
          line: variable.start.line,
          auraEnabled
        });
      }
    } else if (property) {
      outline.fields.push({
        name: property.id().getText(),
        type: typeText(property.typeRef()),
        line: property.start.line,
        auraEnabled
      });
    } else if (inner) {
      outline.innerClasses.push(outlineClass(inner));
    }
  }
  return outline;
}

function typeText(type: TypeRefContext): string {
  return type.getText().replace(/\s+/g, '');
}

function annotation(modifiers: ModifierContext[], name: string) {
  return modifiers
    .map((m) => m.annotation())
    .find((a) => a && a.id().getText().toLowerCase() === name.toLowerCase());
}

/** The value of `key=value` inside an annotation, e.g. cacheable in @AuraEnabled(cacheable=true). */
function annotationValue(modifiers: ModifierContext[], name: string, key: string): string | undefined {
  const found = annotation(modifiers, name);
  const pair = found
    ?.elementValuePairs()
    ?.elementValuePair_list()
    .find((p) => p.id().getText().toLowerCase() === key.toLowerCase());
  return pair?.elementValue().getText();
}

/** Every class in an outline, nested ones included, keyed by simple name. */
export function allClasses(outline: ApexClassOutline): ApexClassOutline[] {
  return [outline, ...outline.innerClasses.flatMap(allClasses)];
}
