// Gate 4: every *-meta.xml is well-formed, its root element is the metadata type its suffix stands for, and
// every element name and enum value is valid for that type per @salesforce/types. Also: every .cls, .trigger,
// .page has its -meta.xml (the sf CLI silently drops a source without one), every LWC bundle its .js-meta.xml,
// and every apiVersion is the project's sourceApiVersion.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { registry } from '@salesforce/source-deploy-retrieve';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadMetadataSchema, type MetadataSchema } from './metadata-schema.ts';
import { LWC_TARGETS, PROPERTY_TYPES, TARGET_CONFIG_CHILDREN } from './lwc-targets.ts';
import { lineAt, problemsFor, type Problem } from './problem.ts';
import { findLwcBundles, findSourceFiles } from './project-files.ts';

const problem = problemsFor('metadata-xml');
const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
const SOURCES_NEEDING_META = /\.(cls|trigger|page|component)$/;

type XmlNode = Record<string, unknown>;
const META = XMLParser.getMetaDataSymbol() as unknown as symbol; // typed as the Symbol wrapper object
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  captureMetaData: true,
  parseTagValue: false,
  parseAttributeValue: false
});

/** Metadata type names for each source suffix, children of decomposed types (CustomField…) included. */
function typesBySuffix(): Map<string, Set<string>> {
  const bySuffix = new Map<string, Set<string>>();
  const add = (suffix: string | undefined, name: string) => {
    if (!suffix) return;
    if (!bySuffix.has(suffix)) bySuffix.set(suffix, new Set());
    bySuffix.get(suffix)?.add(name);
  };
  for (const type of Object.values(registry.types)) {
    add(type.suffix, type.name);
    for (const child of Object.values(type.children?.types ?? {})) add(child.suffix, child.name);
  }
  return bySuffix;
}

function expectedRootTypes(file: string, bySuffix: Map<string, Set<string>>): Set<string> | undefined {
  if (/\/lwc\/([^/]+)\/\1\.js-meta\.xml$/.test(file)) return new Set(['LightningComponentBundle']);
  if (/\/aura\/[^/]+\/[^/]+-meta\.xml$/.test(file)) return new Set(['AuraDefinitionBundle']);
  const suffix = /\.([^./]+)-meta\.xml$/.exec(file)?.[1];
  return suffix ? bySuffix.get(suffix) : undefined;
}

async function sourceApiVersion(root: string): Promise<string | undefined> {
  try {
    const project = JSON.parse(await readFile(path.join(root, 'sfdx-project.json'), 'utf8')) as {
      sourceApiVersion?: string;
    };
    return project.sourceApiVersion;
  } catch {
    return undefined;
  }
}

export async function run(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const metaFiles = await findSourceFiles(root, (name) => name.endsWith('-meta.xml'));
  if (metaFiles.length === 0) return [problem('force-app', 0, 'no *-meta.xml files found')];

  const schema = loadMetadataSchema();
  const bySuffix = typesBySuffix();
  const apiVersion = await sourceApiVersion(root);

  for (const file of metaFiles) {
    const xml = await readFile(path.join(root, file), 'utf8');
    const wellFormed = XMLValidator.validate(xml);
    if (wellFormed !== true) {
      problems.push(problem(file, wellFormed.err.line, `not well-formed XML: ${wellFormed.err.msg}`));
      continue;
    }
    const roots = (parser.parse(xml) as XmlNode[]).filter(
      (node) => !Object.keys(node).some((k) => k.startsWith('?'))
    );
    const rootNode = roots[0];
    const rootName = rootNode ? elementName(rootNode) : undefined;
    if (!rootNode || !rootName) {
      problems.push(problem(file, 1, 'no root element'));
      continue;
    }
    const rootLine = lineOf(xml, rootNode);
    const expected = expectedRootTypes(file, bySuffix);
    if (!expected) {
      problems.push(problem(file, rootLine, 'file suffix is not a known metadata type'));
    } else if (!expected.has(rootName)) {
      problems.push(
        problem(file, rootLine, `root element <${rootName}> should be <${[...expected].join('> or <')}>`)
      );
      continue;
    }
    if (attributes(rootNode).xmlns !== METADATA_NAMESPACE) {
      problems.push(problem(file, rootLine, `root element must declare xmlns="${METADATA_NAMESPACE}"`));
    }
    if (!schema.objects.has(rootName)) {
      problems.push(problem(file, rootLine, `<${rootName}> is not a metadata type in @salesforce/types`));
      continue;
    }
    const check = new ElementChecker(file, xml, schema, apiVersion, problems);
    check.children(rootNode, rootName, rootName);
    if (rootName === 'LightningComponentBundle') check.lwcTargets(rootNode);
  }

  problems.push(...(await missingMetaFiles(root)));
  return problems;
}

async function missingMetaFiles(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const file of await findSourceFiles(root, (name) => SOURCES_NEEDING_META.test(name))) {
    if (!existsSync(path.join(root, `${file}-meta.xml`))) {
      problems.push(
        problem(file, 0, `missing ${path.basename(file)}-meta.xml: the sf CLI would silently skip this file`)
      );
    }
  }
  for (const file of await findSourceFiles(root, (name) =>
    /\.(cls|trigger|page|component)-meta\.xml$/.test(name)
  )) {
    if (!existsSync(path.join(root, file.replace(/-meta\.xml$/, '')))) {
      problems.push(
        problem(file, 0, `metadata file without its source ${path.basename(file.replace(/-meta\.xml$/, ''))}`)
      );
    }
  }
  for (const bundle of await findLwcBundles(root)) {
    const name = path.basename(bundle);
    if (!existsSync(path.join(root, bundle, `${name}.js-meta.xml`))) {
      problems.push(problem(bundle, 0, `LWC bundle has no ${name}.js-meta.xml`));
    }
  }
  return problems;
}

function elementName(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#'));
}

function childNodes(node: XmlNode): XmlNode[] {
  const name = elementName(node);
  return name ? ((node[name] as XmlNode[] | undefined) ?? []) : [];
}

function attributes(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function textOf(node: XmlNode): string {
  return childNodes(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('')
    .trim();
}

function lineOf(xml: string, node: XmlNode): number {
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  return meta?.startIndex === undefined ? 1 : lineAt(xml, meta.startIndex);
}

class ElementChecker {
  constructor(
    private readonly file: string,
    private readonly xml: string,
    private readonly schema: MetadataSchema,
    private readonly apiVersion: string | undefined,
    private readonly problems: Problem[]
  ) {}

  /** Checks each child element of `node`, an element of object type `typeName`. */
  children(node: XmlNode, typeName: string, where: string): void {
    const fields = this.schema.objects.get(typeName);
    if (!fields) return;
    for (const child of childNodes(node)) {
      const name = elementName(child);
      if (!name) continue;
      const line = lineOf(this.xml, child);
      const spec = fields.get(name);
      if (!spec) {
        this.report(line, `<${name}> is not a field of ${typeName} (in <${where}>)`);
        continue;
      }
      if (name === 'apiVersion' && this.apiVersion && textOf(child) !== this.apiVersion) {
        this.report(line, `apiVersion ${textOf(child)} differs from sourceApiVersion ${this.apiVersion}`);
      }
      if (typeName === 'LightningComponentBundle' && name === 'targetConfigs') continue; // checked by lwcTargets
      this.value(child, spec.types, `${where}.${name}`);
    }
  }

  private value(node: XmlNode, types: string[], where: string): void {
    if (attributes(node)['xsi:type'] || types.includes('any')) return; // typed by the document itself
    const line = lineOf(this.xml, node);
    const objectType = types.find((t) => this.schema.objects.has(t));
    if (objectType) {
      this.children(node, objectType, where);
      return;
    }
    if (childNodes(node).some((child) => elementName(child))) {
      this.report(line, `<${elementName(node)}> holds elements but ${where} is a ${types.join(' | ')} value`);
      return;
    }
    const text = textOf(node);
    const enumValues = types.map((t) => this.schema.enums.get(t)).filter((e): e is Set<string> => Boolean(e));
    if (enumValues.length > 0 && !enumValues.some((values) => values.has(text))) {
      const allowed = [...new Set(enumValues.flatMap((v) => [...v]))];
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      this.report(line, `"${text}" is not a valid ${types.join(' | ')} for ${where} (${shown})`);
    } else if (types.length === 1 && types[0] === 'boolean' && text !== 'true' && text !== 'false') {
      this.report(line, `${where} must be true or false, not "${text}"`);
    } else if (types.length === 1 && types[0] === 'number' && (text === '' || Number.isNaN(Number(text)))) {
      this.report(line, `${where} must be a number, not "${text}"`);
    }
  }

  /** Targets and targetConfigs of a .js-meta.xml, which the Metadata API types leave as plain strings. */
  lwcTargets(bundle: XmlNode): void {
    const declared = new Set<string>();
    for (const section of childNodes(bundle)) {
      if (elementName(section) !== 'targets') continue;
      for (const target of childNodes(section)) {
        const name = textOf(target);
        declared.add(name);
        if (!LWC_TARGETS.has(name)) this.report(lineOf(this.xml, target), `unknown LWC target "${name}"`);
      }
    }
    for (const section of childNodes(bundle)) {
      if (elementName(section) !== 'targetConfigs') continue;
      for (const config of childNodes(section)) {
        const configName = elementName(config);
        if (!configName) continue;
        const line = lineOf(this.xml, config);
        if (configName !== 'targetConfig') {
          this.report(line, `<${configName}> is not allowed in <targetConfigs>`);
          continue;
        }
        for (const target of (attributes(config).targets ?? '').split(',').map((t) => t.trim())) {
          if (!declared.has(target))
            this.report(line, `targetConfig target "${target}" is not listed in <targets>`);
        }
        this.targetConfigChildren(config);
      }
    }
  }

  private targetConfigChildren(config: XmlNode): void {
    for (const child of childNodes(config)) {
      const name = elementName(child);
      if (!name) continue;
      const line = lineOf(this.xml, child);
      const allowedAttributes = TARGET_CONFIG_CHILDREN[name];
      if (!allowedAttributes) {
        this.report(line, `<${name}> is not allowed in <targetConfig>`);
        continue;
      }
      for (const attribute of Object.keys(attributes(child))) {
        if (!allowedAttributes.has(attribute)) this.report(line, `<${name}> has no attribute "${attribute}"`);
      }
      const type = attributes(child).type;
      if (name === 'property' && type && !PROPERTY_TYPES.has(type) && !/^(apex|lightning__)/.test(type)) {
        this.report(line, `property type "${type}" is not one of ${[...PROPERTY_TYPES].join(', ')}`);
      }
    }
  }

  private report(line: number, message: string): void {
    this.problems.push(problem(this.file, line, message));
  }
}
