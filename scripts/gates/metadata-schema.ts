// Reads the Metadata API's types from @salesforce/types (lib/metadata.d.ts) with the TypeScript compiler API:
// each type's fields (own and from the types it extends), their value types, and the string-literal enums.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { packagePath } from './tool-paths.ts';

export interface FieldSpec {
  /** 'string' | 'number' | 'boolean' | 'any' or the name of another metadata type or enum. */
  types: string[];
  array: boolean;
}

export interface MetadataSchema {
  /** Object types: field name → spec, inherited fields included. */
  objects: Map<string, Map<string, FieldSpec>>;
  enums: Map<string, Set<string>>;
}

let cached: MetadataSchema | undefined;

export function loadMetadataSchema(): MetadataSchema {
  if (cached) return cached;
  const file = packagePath('@salesforce/types', 'lib', 'metadata.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);

  const ownFields = new Map<string, Map<string, FieldSpec>>();
  const bases = new Map<string, string[]>();
  const enums = new Map<string, Set<string>>();

  for (const statement of source.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const name = statement.name.text;
    const literals = stringLiterals(statement.type);
    if (literals) {
      enums.set(name, new Set(literals));
      continue;
    }
    const parts = ts.isIntersectionTypeNode(statement.type) ? statement.type.types : [statement.type];
    const fields = new Map<string, FieldSpec>();
    const extended: string[] = [];
    for (const part of parts) {
      if (ts.isTypeReferenceNode(part)) extended.push(part.typeName.getText(source));
      else if (ts.isTypeLiteralNode(part)) {
        for (const member of part.members) {
          if (ts.isPropertySignature(member) && member.type)
            fields.set(member.name.getText(source), fieldSpec(member.type, source));
        }
      }
    }
    ownFields.set(name, fields);
    bases.set(name, extended);
  }

  const objects = new Map<string, Map<string, FieldSpec>>();
  const flatten = (name: string): Map<string, FieldSpec> => {
    const done = objects.get(name);
    if (done) return done;
    const all = new Map<string, FieldSpec>();
    for (const base of bases.get(name) ?? []) for (const [k, v] of flatten(base)) all.set(k, v);
    for (const [k, v] of ownFields.get(name) ?? []) all.set(k, v);
    objects.set(name, all);
    return all;
  };
  for (const name of ownFields.keys()) flatten(name);
  cached = { objects, enums };
  return cached;
}

function stringLiterals(type: ts.TypeNode): string[] | undefined {
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  const values: string[] = [];
  for (const member of members) {
    if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) values.push(member.literal.text);
    else return undefined;
  }
  return values;
}

function fieldSpec(type: ts.TypeNode, source: ts.SourceFile): FieldSpec {
  if (ts.isArrayTypeNode(type)) return { types: fieldSpec(type.elementType, source).types, array: true };
  if (ts.isUnionTypeNode(type)) {
    const parts = type.types.map((t) => fieldSpec(t, source));
    return { types: parts.flatMap((p) => p.types), array: parts.some((p) => p.array) };
  }
  if (ts.isParenthesizedTypeNode(type)) return fieldSpec(type.type, source);
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { types: ['string'], array: false };
    case ts.SyntaxKind.NumberKeyword:
      return { types: ['number'], array: false };
    case ts.SyntaxKind.BooleanKeyword:
      return { types: ['boolean'], array: false };
    default:
      return { types: [ts.isTypeReferenceNode(type) ? type.typeName.getText(source) : 'any'], array: false };
  }
}
