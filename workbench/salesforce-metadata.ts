// Reads the project's own metadata so the workbench answers as the org would: the Custom Labels the Apex
// controller shows users, and the Default record of the launcher's custom metadata settings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const DEFAULT_DIR = fileURLToPath(new URL('../force-app/main/default/', import.meta.url));
export const LABELS_PATH = `${DEFAULT_DIR}labels/CustomLabels.labels-meta.xml`;
export const SETTINGS_PATH = `${DEFAULT_DIR}customMetadata/Dynamo_Launcher_Setting.Default.md-meta.xml`;

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['labels', 'values'].includes(name)
});

/**
 * Apex `String.format` follows java.text.MessageFormat: `{0}` is replaced, a single quote starts a quoted
 * literal and `''` is one quote. Reproduced here so a label with an apostrophe next to a placeholder shows in
 * the workbench exactly as it would in the org.
 */
export function apexStringFormat(pattern: string, args: readonly unknown[]): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (char === '{' && !quoted) {
      const close = pattern.indexOf('}', i);
      const index = Number(pattern.slice(i + 1, close));
      if (close === -1 || !Number.isInteger(index)) throw new Error(`bad placeholder in "${pattern}"`);
      out += index < args.length ? String(args[index]) : pattern.slice(i, close + 1);
      i = close;
    } else {
      out += char;
    }
  }
  return out;
}

export interface CustomLabels {
  names(): string[];
  /** The label's text, as System.Label.X gives it. */
  text(name: string): string;
  /**
   * The label with its {0}, {1}… filled as DynamoLauncherException.fromLabel does: apostrophes doubled, then
   * String.format, so that the label's own apostrophes stay as written.
   */
  format(name: string, ...args: unknown[]): string;
}

export function loadCustomLabels(path = LABELS_PATH): CustomLabels {
  const xml = parser.parse(readFileSync(path, 'utf8')) as {
    CustomLabels?: { labels?: Array<{ fullName: string; value: string }> };
  };
  const values = new Map<string, string>();
  for (const label of xml.CustomLabels?.labels ?? []) {
    // The XML is pretty-printed: a long value wraps over indented lines, which read as single spaces.
    values.set(label.fullName, String(label.value).trim().replace(/\s+/g, ' '));
  }
  if (values.size === 0) throw new Error(`no Custom Labels found in ${path}`);
  const text = (name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`Custom Label ${name} is missing from ${path}`);
    return value;
  };
  return {
    names: () => [...values.keys()],
    text,
    format: (name, ...args) => apexStringFormat(text(name).replaceAll("'", "''"), args)
  };
}

export interface LauncherSettings {
  namedCredential: string;
  timeoutSeconds: number;
  maxTemplateSizeMb: number;
  serverUrlApiVersion: string;
  tenantIdOverride: string | null;
}

/** The Default Dynamo_Launcher_Setting__mdt record, normalized the way DynamoSettings.fromRecord does. */
export function loadLauncherSettings(path = SETTINGS_PATH): LauncherSettings {
  const xml = parser.parse(readFileSync(path, 'utf8')) as {
    CustomMetadata?: { values?: Array<{ field: string; value: unknown }> };
  };
  const fields = new Map<string, string>();
  for (const entry of xml.CustomMetadata?.values ?? []) {
    const value = entry.value;
    const textValue =
      typeof value === 'object' && value !== null ? (value as { '#text'?: string })['#text'] : value;
    if (typeof textValue === 'string' && textValue.trim() !== '') fields.set(entry.field, textValue.trim());
  }
  const number = (field: string) => (fields.has(field) ? Number(fields.get(field)) : null);
  const timeout = number('Timeout_Seconds__c');
  const maxSize = number('Max_Template_Size_MB__c');
  const apiVersion = fields.get('Server_Url_Api_Version__c') ?? '';
  return {
    namedCredential: fields.get('Named_Credential__c') ?? 'Documill_Dynamo',
    timeoutSeconds: timeout === null || timeout < 1 ? 60 : Math.min(Math.trunc(timeout), 120),
    maxTemplateSizeMb: maxSize === null || maxSize <= 0 || maxSize > 1 ? 1 : maxSize,
    serverUrlApiVersion: /^\d{2,3}\.0$/.test(apiVersion) ? apiVersion : '65.0',
    tenantIdOverride: fields.get('Tenant_Id_Override__c') ?? null
  };
}
