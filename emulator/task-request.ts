// Validates a POST /v1/task body the way Dynamo's "Unexpected post format" answer implies: every field the
// Post Task page documents must be there with the right shape. Each failure names its reason so a test (or a
// person reading the emulator's log) sees what was wrong, not just "400".

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const CONTENT_DOCUMENT_ID = /^069[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

export type JsonObject = Record<string, unknown>;

/** What Dynamo needs to run a task, whichever way it was posted. */
export interface TaskRequest {
  /** ContentDocument Id (JSON mode) or the embedded file's name (multipart mode). */
  template: string;
  params: JsonObject & { id: string };
  integration: { type: 'Salesforce'; sessionID: string; serverURL: string };
}

export class InvalidTaskRequest extends Error {}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reject(reason: string): never {
  throw new InvalidTaskRequest(reason);
}

function checkKeys(value: JsonObject, allowed: readonly string[], where: string): void {
  const unexpected = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unexpected.length > 0) {
    reject(`${where} has unexpected field(s): ${unexpected.join(', ')}`);
  }
}

export function validateParams(params: unknown): TaskRequest['params'] {
  if (!isJsonObject(params)) reject('params must be a JSON object');
  if (typeof params.id !== 'string' || !SALESFORCE_ID.test(params.id)) {
    reject('params.id must be a 15 or 18 character Salesforce record Id');
  }
  return params as TaskRequest['params'];
}

export function validateIntegration(integration: unknown): TaskRequest['integration'] {
  if (!isJsonObject(integration)) reject('integration must be a JSON object');
  checkKeys(integration, ['type', 'sessionID', 'serverURL'], 'integration');
  if (integration.type !== 'Salesforce') reject('integration.type must be "Salesforce"');
  if (typeof integration.sessionID !== 'string' || integration.sessionID.trim() === '') {
    reject('integration.sessionID must be a non-empty string');
  }
  if (typeof integration.serverURL !== 'string') reject('integration.serverURL must be a string');
  let url: URL;
  try {
    url = new URL(integration.serverURL);
  } catch {
    reject('integration.serverURL must be an absolute URL');
  }
  if (url.protocol !== 'https:') reject('integration.serverURL must use https');
  return integration as TaskRequest['integration'];
}

/** JSON mode: the template is a ContentDocument Id that Dynamo loads from Salesforce. */
export function validateJsonTaskBody(body: unknown): TaskRequest {
  if (!isJsonObject(body)) reject('body must be a JSON object');
  checkKeys(body, ['template', 'params', 'integration'], 'body');
  if (typeof body.template !== 'string' || !CONTENT_DOCUMENT_ID.test(body.template)) {
    reject('template must be a ContentDocument Id (069...)');
  }
  return {
    template: body.template,
    params: validateParams(body.params),
    integration: validateIntegration(body.integration)
  };
}

/** Multipart mode: the `data` part carries params and integration; the DAP travels as the `template` part. */
export function validateMultipartData(data: unknown): Omit<TaskRequest, 'template'> {
  if (!isJsonObject(data)) reject('the data part must be a JSON object');
  checkKeys(data, ['params', 'integration'], 'the data part');
  return { params: validateParams(data.params), integration: validateIntegration(data.integration) };
}
