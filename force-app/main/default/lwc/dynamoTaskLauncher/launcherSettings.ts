// Checks the App Builder properties so an admin sees what to fix instead of a broken page.
import type { TaskMode } from '@dynamo/contract';
import { LABELS, formatLabel } from './launcherLabels';

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
    return LABELS.extraParamsNotJson;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return LABELS.extraParamsNotObject;
  }
  if (Object.prototype.hasOwnProperty.call(parsed, 'id')) {
    return LABELS.extraParamsHasId;
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
    problems.push(formatLabel(LABELS.taskModeUnsupported, String(settings.taskMode)));
  }
  const defaultTemplateId = normalizedText(settings.defaultTemplateId);
  if (defaultTemplateId && !isContentDocumentId(defaultTemplateId)) {
    problems.push(formatLabel(LABELS.defaultTemplateNotFileId, defaultTemplateId));
  }
  if (settings.oneClickMode && !defaultTemplateId) {
    problems.push(LABELS.oneClickNeedsDefault);
  }
  if (!normalizedText(settings.recordId)) {
    problems.push(LABELS.recordRequired);
  }
  return problems;
}
