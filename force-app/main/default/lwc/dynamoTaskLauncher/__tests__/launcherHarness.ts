// Shared set-up for the dynamoTaskLauncher tests. The Apex modules resolve to the shared mocks in
// force-app/test/jest-mocks/apex (jest.config.js maps them); this module types them for the tests.
import { createElement } from 'lwc';
import DynamoTaskLauncher from '../dynamoTaskLauncher';
import listTemplates from '@salesforce/apex/DynamoLauncherController.listTemplates';
import getTemplate from '@salesforce/apex/DynamoLauncherController.getTemplate';
import postTask from '@salesforce/apex/DynamoLauncherController.postTask';
import type { DynamoUsage, ListTemplatesParams, QuotaCounter, TaskResult } from '@dynamo/contract';
import apiExamples from '../../../staticresources/DynamoApiExamples.json';

export const RECORD_ID = apiExamples.ids.recordId;
export const SUBMITTED_AT = '2025-01-15T10:30:00.000Z';

export interface ApexWireAdapterMock<Config> {
  emit(value: unknown, filter?: (config: Config) => boolean): void;
  emitError(options?: { body?: unknown; status?: number; statusText?: string }): void;
  getLastConfig(): Config;
  adapter: { prototype: { update(config: Config): void } };
}

export const listTemplatesAdapter = listTemplates as unknown as ApexWireAdapterMock<ListTemplatesParams>;
export const getTemplateMock = getTemplate as jest.MockedFunction<typeof getTemplate>;
export const postTaskMock = postTask as jest.MockedFunction<typeof postTask>;

export interface LauncherProps {
  recordId?: string;
  objectApiName?: string;
  cardTitle?: string;
  buttonLabel?: string;
  defaultTemplateId?: string;
  libraryId?: string;
  defaultTemplateOnly?: boolean | string;
  extraParams?: string;
  taskMode?: string;
  showQuota?: boolean | string;
}

export function createLauncher(props: LauncherProps = {}): HTMLElement {
  const element = createElement('c-dynamo-task-launcher', { is: DynamoTaskLauncher });
  Object.assign(element, { recordId: RECORD_ID, objectApiName: 'Account', ...props });
  document.body.appendChild(element);
  return element;
}

export function removeLaunchers(): void {
  while (document.body.firstChild) {
    document.body.removeChild(document.body.firstChild);
  }
}

/** Lets resolved Apex promises and the re-renders they cause run; works with fake timers too. */
export async function flushPromises(): Promise<void> {
  for (let tick = 0; tick < 10; tick++) {
    await Promise.resolve();
  }
}

export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) {
    throw new Error('the launcher has no shadow root');
  }
  return element.shadowRoot;
}

export function query<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
  return shadow(element).querySelector<T & Element>(selector);
}

export function queryAll<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
  return Array.from(shadow(element).querySelectorAll<T & Element>(selector));
}

export function text(element: HTMLElement): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ');
}

export function runButton(element: HTMLElement): HTMLElement & { disabled: boolean; label: string } {
  const button = query<HTMLElement & { disabled: boolean; label: string }>(element, 'lightning-button');
  if (!button) {
    throw new Error('no run button');
  }
  return button;
}

export function radios(element: HTMLElement): HTMLInputElement[] {
  return queryAll<HTMLInputElement>(element, 'input[type="radio"]');
}

export function typeSearch(element: HTMLElement, value: string): void {
  const input = query<HTMLInputElement>(element, 'input.search-input');
  if (!input) {
    throw new Error('no search input');
  }
  input.value = value;
  // A native input fires a plain Event, as the browser does.
  // eslint-disable-next-line @lwc/lwc/prefer-custom-event
  input.dispatchEvent(new Event('input'));
}

interface DynamoAcceptedBody {
  taskID: string;
  message: string;
  usage?: { api?: QuotaCounter; signature?: QuotaCounter };
}

/** The TaskResult Apex builds from one of the shared Dynamo 202 examples. */
export function taskResultFrom(
  example: 'accepted' | 'acceptedWithoutUsage' | 'acceptedApiUsageOnly',
  templateId = apiExamples.ids.templateId
): TaskResult {
  const body = apiExamples.responses[example].body as unknown as DynamoAcceptedBody;
  return {
    taskId: body.taskID,
    message: body.message,
    usage: body.usage ? { api: body.usage.api ?? null, signature: body.usage.signature ?? null } : null,
    submittedAt: SUBMITTED_AT,
    mode: 'json',
    templateId,
    recordId: RECORD_ID
  };
}

export function taskResultWithUsage(usage: DynamoUsage | null): TaskResult {
  return { ...taskResultFrom('accepted'), usage };
}

/** Every Custom Label as [name, text]: the same reader that serves the components' label imports. */
export const { customLabels } = jest.requireActual<{ customLabels(): Array<[string, string]> }>(
  '../../../../../test/jest-mocks/labels/customLabels'
);

/** Every user-facing controller message, read from the Custom Labels the Apex controller throws. */
export function controllerLabelMessages(): Array<[string, string]> {
  return customLabels().filter(([name]) => name.startsWith('DL_Error_'));
}
