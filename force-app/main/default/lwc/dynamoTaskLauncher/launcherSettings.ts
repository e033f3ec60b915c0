// Checks the App Builder properties so an admin sees what to fix instead of a broken page.
import type { TaskMode } from '@dynamo/contract';

const TASK_MODES: readonly TaskMode[] = ['json', 'multipart'];
// ContentDocument Ids start with 069; Salesforce Ids are 15 or 18 characters.
const CONTENT_DOCUMENT_ID = /^069[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

export interface LauncherSettings {
  recordId?: string | null;
  defaultTemplateId?: string | null;
  oneClickMode: boolean;
  extraParams?: string | null;
  taskMode?: string | null;
}

/** App Builder hands over real booleans; the workbench and URL-driven pages may hand over text. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

export function normalizedText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export function taskModeOf(value: unknown): TaskMode | null {
  const mode = normalizedText(value)?.toLowerCase() ?? 'json';
  return (TASK_MODES as readonly string[]).includes(mode) ? (mode as TaskMode) : null;
}

export function isContentDocumentId(value: string): boolean {
  return CONTENT_DOCUMENT_ID.test(value);
}

function extraParamsProblem(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'Extra parameters are not valid JSON. Enter a JSON object, for example {"language": "fi"}.';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'Extra parameters must be a JSON object, for example {"language": "fi"}, not a list or a single value.';
  }
  if (Object.prototype.hasOwnProperty.call(parsed, 'id')) {
    return 'Extra parameters cannot set "id": Dynamo always receives the current record\'s Id. Remove "id".';
  }
  return null;
}

/** Every problem with the properties, worded for the admin who set them. Empty when all is well. */
export function settingsProblems(settings: LauncherSettings): string[] {
  const problems: string[] = [];
  const extraParams = normalizedText(settings.extraParams);
  if (extraParams) {
    const problem = extraParamsProblem(extraParams);
    if (problem) {
      problems.push(problem);
    }
  }
  if (!taskModeOf(settings.taskMode)) {
    problems.push(`Task mode "${settings.taskMode}" is not supported. Choose "json" or "multipart".`);
  }
  const defaultTemplateId = normalizedText(settings.defaultTemplateId);
  if (defaultTemplateId && !isContentDocumentId(defaultTemplateId)) {
    problems.push(
      `Default template "${defaultTemplateId}" is not a file Id. Use the 15- or 18-character Id of the .dap file, starting with 069.`
    );
  }
  if (settings.oneClickMode && !defaultTemplateId) {
    problems.push(
      'One-click mode needs a default template. Set "Default template ID" or turn one-click mode off.'
    );
  }
  if (!normalizedText(settings.recordId)) {
    problems.push('This component needs a record: place it on a record page.');
  }
  return problems;
}
