// The Apex Dynamo client's callout, reproduced for the workbench: the same JSON or multipart body, the same
// headers the Named Credential adds, the same timeout, and the same reading of Dynamo's answer into a
// TaskResult or a Custom Label. It posts to the emulator instead of callout:Documill_Dynamo.
import { randomBytes } from 'node:crypto';
import type { DynamoUsage, QuotaCounter, TaskMode, TaskResult } from '@dynamo/contract';
import { StandInError } from './stand-in-error.ts';

export interface DynamoEndpoint {
  /** What `callout:Documill_Dynamo` resolves to: here, the emulator's base URL. */
  baseUrl: string;
  /** Sent as x-dynamo-api-key, as the Named Credential does from its External Credential. */
  apiKey: string;
  /** Sent as x-dynamo-tenant-id: the org Id unless the settings override it. */
  tenantId: string;
  timeoutSeconds: number;
}

export interface TaskToPost {
  mode: TaskMode;
  templateId: string;
  recordId: string;
  extraParams: Record<string, unknown>;
  integration: { type: 'Salesforce'; sessionID: string; serverURL: string };
  /** Multipart mode only: the latest ContentVersion. */
  embeddedTemplate?: { fileName: string; bytes: Buffer };
}

export interface BuiltRequest {
  contentType: string;
  body: Buffer;
}

/** JSON mode: the body the Post Task page documents; params.id is always the record. */
export function buildJsonRequest(task: TaskToPost): BuiltRequest {
  const body = {
    template: task.templateId,
    params: { id: task.recordId, ...task.extraParams },
    integration: task.integration
  };
  return { contentType: 'application/json', body: Buffer.from(JSON.stringify(body), 'utf8') };
}

/**
 * Multipart mode: a `template` file part with the DAP's bytes, a `data` JSON part with params and
 * integration, and one `param.<name>` JSON part per extra parameter, laid out as on the Post Task page.
 */
export function buildMultipartRequest(task: TaskToPost): BuiltRequest {
  if (!task.embeddedTemplate) throw new Error('multipart mode needs the template bytes');
  const boundary = `----DynamoLauncher${randomBytes(12).toString('hex')}`;
  const jsonPart = (name: string, value: unknown) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n` +
        `Content-Type: application/json\r\n\r\n${JSON.stringify(value)}\r\n`,
      'utf8'
    );
  // Quoted-parameter escaping as browsers (and DynamoMultipartBody) do it.
  const fileName = task.embeddedTemplate.fileName
    .replace(/"/g, '%22')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
  const parts = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="template"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
      'utf8'
    ),
    task.embeddedTemplate.bytes,
    Buffer.from('\r\n'),
    jsonPart('data', { params: { id: task.recordId }, integration: task.integration }),
    ...Object.entries(task.extraParams).map(([name, value]) => jsonPart(`param.${name}`, value)),
    Buffer.from(`--${boundary}--\r\n`)
  ];
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}

function counterOf(value: unknown): QuotaCounter | null {
  if (typeof value !== 'object' || value === null) return null;
  const { term, termMax } = value as Record<string, unknown>;
  return typeof term === 'number' && typeof termMax === 'number' ? { term, termMax } : null;
}

function usageOf(value: unknown): DynamoUsage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { api, signature } = value as Record<string, unknown>;
  return { api: counterOf(api), signature: counterOf(signature) };
}

/** Dynamo's status code → the Custom Label the Apex client shows for it. */
export function errorForStatus(status: number): StandInError {
  switch (status) {
    case 400:
      return new StandInError('DL_Error_Http400');
    case 401:
      return new StandInError('DL_Error_Http401');
    case 403:
      return new StandInError('DL_Error_Http403');
    case 429:
      return new StandInError('DL_Error_Http429');
    case 500:
      return new StandInError('DL_Error_Http500');
    case 502:
    case 503:
    case 504:
      return new StandInError('DL_Error_HttpUnavailable', status);
    default:
      return new StandInError('DL_Error_HttpOther', status);
  }
}

/** Reads a 2xx answer: a task ID is required; usage may be absent. */
export function taskResultOf(bodyText: string, task: TaskToPost, now: Date): TaskResult {
  if (bodyText.trim() === '') throw new StandInError('DL_Error_ResponseEmpty');
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    throw new StandInError('DL_Error_ResponseNotJson');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new StandInError('DL_Error_ResponseNotJson');
  const { taskID, message, usage } = body as Record<string, unknown>;
  if (typeof taskID !== 'string' || taskID.trim() === '') throw new StandInError('DL_Error_ResponseNoTaskId');
  return {
    taskId: taskID,
    // DynamoClient.readAnswer leaves the message null when Dynamo sends none.
    message: typeof message === 'string' ? message : (null as unknown as string),
    usage: usageOf(usage),
    submittedAt: now.toISOString(),
    mode: task.mode,
    templateId: task.templateId,
    recordId: task.recordId
  };
}

export async function postDynamoTask(endpoint: DynamoEndpoint, task: TaskToPost): Promise<TaskResult> {
  const request = task.mode === 'multipart' ? buildMultipartRequest(task) : buildJsonRequest(task);
  let response: Response;
  let bodyText: string;
  try {
    response = await fetch(`${endpoint.baseUrl}/v1/task`, {
      method: 'POST',
      headers: {
        'content-type': request.contentType,
        'x-dynamo-api-key': endpoint.apiKey,
        'x-dynamo-tenant-id': endpoint.tenantId
      },
      body: new Uint8Array(request.body),
      signal: AbortSignal.timeout(endpoint.timeoutSeconds * 1000)
    });
    bodyText = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new StandInError('DL_Error_Timeout', endpoint.timeoutSeconds);
    }
    throw new StandInError('DL_Error_Callout');
  }
  if (response.status < 200 || response.status > 299) throw errorForStatus(response.status);
  return taskResultOf(bodyText, task, new Date());
}
