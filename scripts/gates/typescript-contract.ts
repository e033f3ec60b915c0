// Reads the typed Apex contract: which controller methods the component imports (types/salesforce-modules.d.ts)
// and the interfaces they take and return (types/dynamo-contract.d.ts), with the TypeScript compiler API.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

export const CONTRACT_FILE = 'types/dynamo-contract.d.ts';
export const MODULES_FILE = 'types/salesforce-modules.d.ts';

export interface DeclaredApexMethod {
  className: string;
  methodName: string;
  paramsInterface: string;
  resultType: ts.TypeNode | undefined;
  line: number;
}

export interface ContractProperty {
  name: string;
  type: ts.TypeNode | undefined;
  line: number;
}

export interface ContractInterface {
  name: string;
  properties: ContractProperty[];
  /** The interface's JSDoc text, where "(cacheable)" marks a cacheable method's parameters. */
  doc: string;
  line: number;
}

export interface TypeScriptContract {
  methods: DeclaredApexMethod[];
  interfaces: Map<string, ContractInterface>;
  /** Type aliases of string literals (e.g. TaskMode), which Apex carries as String. */
  stringAliases: Set<string>;
}

async function parse(root: string, file: string): Promise<ts.SourceFile> {
  const text = await readFile(path.join(root, file), 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

const lineOf = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

export async function readTypeScriptContract(root: string): Promise<TypeScriptContract> {
  const modules = await parse(root, MODULES_FILE);
  const methods: DeclaredApexMethod[] = [];
  for (const statement of modules.statements) {
    if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name)) continue;
    const match = /^@salesforce\/apex\/(\w+)\.(\w+)$/.exec(statement.name.text);
    if (!match || !statement.body || !ts.isModuleBlock(statement.body)) continue;
    for (const inner of statement.body.statements) {
      if (!ts.isVariableStatement(inner)) continue;
      for (const declaration of inner.declarationList.declarations) {
        const fn = declaration.type;
        if (!fn || !ts.isFunctionTypeNode(fn)) continue;
        const paramType = fn.parameters[0]?.type;
        const promised =
          ts.isTypeReferenceNode(fn.type) && fn.type.typeName.getText(modules) === 'Promise'
            ? fn.type.typeArguments?.[0]
            : fn.type;
        methods.push({
          className: match[1],
          methodName: match[2],
          paramsInterface:
            paramType && ts.isTypeReferenceNode(paramType) ? paramType.typeName.getText(modules) : '',
          resultType: promised,
          line: lineOf(modules, statement)
        });
      }
    }
  }

  const contract = await parse(root, CONTRACT_FILE);
  const interfaces = new Map<string, ContractInterface>();
  const stringAliases = new Set<string>();
  for (const statement of contract.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      interfaces.set(statement.name.text, {
        name: statement.name.text,
        doc: ts
          .getJSDocCommentsAndTags(statement)
          .map((d) => d.getText(contract))
          .join('\n'),
        line: lineOf(contract, statement),
        properties: statement.members.filter(ts.isPropertySignature).map((member) => ({
          name: member.name.getText(contract),
          type: member.type,
          line: lineOf(contract, member)
        }))
      });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      const parts = ts.isUnionTypeNode(statement.type) ? statement.type.types : [statement.type];
      if (parts.every((p) => ts.isLiteralTypeNode(p) && ts.isStringLiteral(p.literal)))
        stringAliases.add(statement.name.text);
    }
  }
  return { methods, interfaces, stringAliases };
}

/** The Apex types a TypeScript type may be carried as (lower case), or undefined when it cannot be mapped. */
export function apexTypesFor(
  type: ts.TypeNode | undefined,
  contract: TypeScriptContract
): Set<string> | undefined {
  if (!type) return undefined;
  if (ts.isUnionTypeNode(type)) {
    const nonNull = type.types.filter(
      (t) =>
        !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) &&
        t.kind !== ts.SyntaxKind.UndefinedKeyword
    );
    if (nonNull.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
      return new Set(['string']);
    return nonNull.length === 1 ? apexTypesFor(nonNull[0], contract) : undefined;
  }
  if (ts.isArrayTypeNode(type)) {
    const element = apexTypesFor(type.elementType, contract);
    return element && new Set([...element].map((e) => `list<${e}>`));
  }
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return new Set(['string', 'id']);
    case ts.SyntaxKind.NumberKeyword:
      return new Set(['integer', 'decimal', 'double', 'long']);
    case ts.SyntaxKind.BooleanKeyword:
      return new Set(['boolean']);
  }
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText();
    if (contract.stringAliases.has(name)) return new Set(['string']);
    if (contract.interfaces.has(name)) return new Set([name.toLowerCase()]);
  }
  return undefined;
}

/** Names of the contract interfaces a type mentions (DapTemplate in DapTemplate[] | null…). */
export function interfacesIn(type: ts.TypeNode | undefined, contract: TypeScriptContract): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && contract.interfaces.has(node.typeName.getText()))
      found.push(node.typeName.getText());
    node.forEachChild(visit);
  };
  if (type) visit(type);
  return found;
}
