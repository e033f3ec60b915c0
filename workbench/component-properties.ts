// The App Builder properties of the component, read from its .js-meta.xml so the workbench panel offers
// exactly what an admin sees, and checked against the component's @api members.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const BUNDLE_DIR = fileURLToPath(
  new URL('../force-app/main/default/lwc/dynamoTaskLauncher/', import.meta.url)
);

export interface ComponentProperty {
  name: string;
  type: 'String' | 'Boolean' | 'Integer';
  label: string;
  defaultValue: string | null;
  placeholder: string | null;
  description: string | null;
  /** Picklist values from `datasource`, when the property has one. */
  choices: string[] | null;
  /** False when the component has no @api member of that name: App Builder would refuse to save it. */
  isPublic: boolean;
}

export function loadComponentProperties(bundleDir = BUNDLE_DIR): ComponentProperty[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['targetConfig', 'property'].includes(name)
  });
  const meta = parser.parse(readFileSync(`${bundleDir}dynamoTaskLauncher.js-meta.xml`, 'utf8')) as {
    LightningComponentBundle: {
      targetConfigs?: { targetConfig?: Array<{ targets: string; property?: Array<Record<string, string>> }> };
    };
  };
  const source = readFileSync(`${bundleDir}dynamoTaskLauncher.ts`, 'utf8');
  const recordPage = meta.LightningComponentBundle.targetConfigs?.targetConfig?.find((config) =>
    config.targets
      .split(',')
      .map((target) => target.trim())
      .includes('lightning__RecordPage')
  );
  return (recordPage?.property ?? []).map((property) => ({
    name: property.name,
    type: property.type as ComponentProperty['type'],
    label: property.label ?? property.name,
    defaultValue: property.default ?? null,
    placeholder: property.placeholder ?? null,
    description: property.description ?? null,
    choices: property.datasource ? property.datasource.split(',').map((choice) => choice.trim()) : null,
    isPublic: new RegExp(`@api\\s+(?:(?:get|set)\\s+)?${property.name}\\b`).test(source)
  }));
}
