// An in-process emulator of the Documill Dynamo Task API (POST /v1/task, GET /v1/task/:taskId), faithful to
// ../shared/reference/dynamo-post-task.txt. Tests and the workbench start it on an ephemeral port; fault
// scenarios answer with the shared examples in DynamoApiExamples.json so Apex tests and emulator agree.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exampleResponse, loadExamples, type ExampleResponse } from './shared-examples.ts';
import { parseMultipartTask, type EmbeddedTemplate } from './multipart-task.ts';
import {
  InvalidTaskRequest,
  type JsonObject,
  type TaskRequest,
  validateJsonTaskBody
} from './task-request.ts';
import { type AcceptedTask, taskStatus } from './task-status.ts';
import {
  authenticate,
  consumeQuota,
  createTenant,
  EMULATOR_API_KEY,
  type Counter,
  type Tenant,
  type TenantInit
} from './tenants.ts';

/** Scenarios that change behaviour rather than replay a fixed example answer. */
export const BEHAVIOUR_SCENARIOS = [
  'success',
  'slow',
  'quotaWarning',
  'quotaCritical',
  'quotaExhausted'
] as const;

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** Defaults to one licensed tenant: the examples' org Id with EMULATOR_API_KEY. */
  tenants?: TenantInit[];
  /** Template Ids (JSON mode) or file names (multipart mode) whose tasks also count a signature. */
  signingTemplates?: string[];
  /** How long the `slow` scenario waits before answering: beyond the client's timeout by default. */
  slowMs?: number;
  /** How many received requests are kept for inspection (oldest dropped first). */
  receivedLimit?: number;
  /** Time each status step (Received, Queued, Running) lasts before the next. */
  statusStepMs?: number;
  clock?: () => number;
  log?: (line: string) => void;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  /** Lower-cased header names, as Node gives them. */
  headers: Record<string, string>;
  receivedAt: string;
  mode: 'json' | 'multipart' | 'other';
  /** The parsed body of a JSON request (undefined when it did not parse). */
  json?: unknown;
  multipart?: { template: EmbeddedTemplate; data: unknown; paramParts: JsonObject };
  /** Raw body of a non-multipart request, for requests that did not parse. */
  bodyText?: string;
  response: { status: number; body: unknown };
}

export interface EmulatorStats {
  requests: number;
  accepted: number;
  rejected: number;
}

export interface DynamoEmulator {
  url: string;
  port: number;
  apiKey: string;
  tenantId: string;
  close(): Promise<void>;
  received(): ReceivedRequest[];
  clearReceived(): void;
  scenarios(): string[];
  scenario(): string;
  setScenario(name: string): void;
  tenant(tenantId?: string): Tenant;
  setUsage(usage: { api?: Partial<Counter>; signature?: Partial<Counter> }, tenantId?: string): void;
  resetUsage(): void;
  registerTemplate(templateIdOrFileName: string, flags: { signing: boolean }): void;
  stats(): EmulatorStats;
  resetStats(): void;
}

interface Answer {
  status: number;
  body: unknown;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: Answer): void {
  if (response.destroyed) return;
  if (typeof answer.body === 'string') {
    response.writeHead(answer.status, {
      'content-type': answer.body ? 'text/html; charset=utf-8' : 'text/plain'
    });
    response.end(answer.body);
    return;
  }
  response.writeHead(answer.status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(answer.body));
}

function fromExample(example: ExampleResponse, reason?: string): Answer {
  const body = typeof example.body === 'string' || !reason ? example.body : { ...example.body, reason };
  return { status: example.status, body };
}

const failureExample = { 400: 'badRequest', 401: 'unauthorized', 403: 'forbidden' } as const;

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<DynamoEmulator> {
  const examples = loadExamples();
  const clock = options.clock ?? Date.now;
  const slowMs = options.slowMs ?? 130_000;
  const receivedLimit = options.receivedLimit ?? 50;
  const statusStepMs = options.statusStepMs ?? 2_000;
  const log = options.log ?? (() => undefined);
  const tenantInits = options.tenants ?? [{ tenantId: examples.ids.orgId, apiKey: EMULATOR_API_KEY }];
  if (tenantInits.length === 0) throw new Error('the emulator needs at least one tenant');

  const tenants = new Map<string, Tenant>();
  const resetTenants = () => {
    tenants.clear();
    for (const init of tenantInits) tenants.set(init.tenantId, createTenant(init));
  };
  resetTenants();
  const defaultTenantId = tenantInits[0].tenantId;
  const signingTemplates = new Set(options.signingTemplates ?? []);
  const fixedScenarios = Object.keys(examples.responses).filter((name) => name !== 'accepted');
  const allScenarios = [...BEHAVIOUR_SCENARIOS, ...fixedScenarios];
  const acceptedTasks = new Map<string, AcceptedTask>();
  const received: ReceivedRequest[] = [];
  const stats: EmulatorStats = { requests: 0, accepted: 0, rejected: 0 };
  const pendingTimers = new Set<NodeJS.Timeout>();
  let currentScenario = 'success';
  let baseUrl = '';

  const getTenant = (tenantId = defaultTenantId): Tenant => {
    const tenant = tenants.get(tenantId);
    if (!tenant) throw new Error(`unknown tenant ${tenantId}`);
    return tenant;
  };

  const record = (entry: ReceivedRequest) => {
    received.push(entry);
    if (received.length > receivedLimit) received.splice(0, received.length - receivedLimit);
  };

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        resolve();
      }, ms);
      pendingTimers.add(timer);
    });

  async function postTask(request: IncomingMessage, body: Buffer, entry: ReceivedRequest): Promise<Answer> {
    const contentType = (headerValue(request, 'content-type') ?? '').toLowerCase();
    let task: TaskRequest | undefined;
    let parseFailure: string | undefined;
    try {
      if (contentType.startsWith('multipart/form-data')) {
        entry.mode = 'multipart';
        const parsed = await parseMultipartTask(request.headers, body);
        entry.multipart = {
          template: parsed.embeddedTemplate,
          data: parsed.data,
          paramParts: parsed.paramParts
        };
        task = parsed.request;
      } else {
        entry.bodyText = body.toString('utf8').slice(0, 64 * 1024);
        if (!contentType.startsWith('application/json')) {
          throw new InvalidTaskRequest('Content-Type must be application/json or multipart/form-data');
        }
        entry.mode = 'json';
        try {
          entry.json = JSON.parse(entry.bodyText);
        } catch {
          throw new InvalidTaskRequest('the body is not valid JSON');
        }
        task = validateJsonTaskBody(entry.json);
      }
    } catch (error) {
      if (!(error instanceof InvalidTaskRequest)) throw error;
      parseFailure = error.message;
    }

    // Fault scenarios stand for an outage in front of the validation, so they answer whatever was sent.
    if (fixedScenarios.includes(currentScenario)) return fromExample(exampleResponse(currentScenario));
    if (currentScenario === 'slow') await delay(slowMs);

    const tenant = authenticate(
      tenants,
      headerValue(request, 'x-dynamo-api-key'),
      headerValue(request, 'x-dynamo-tenant-id')
    );
    if ('reason' in tenant) return fromExample(exampleResponse(failureExample[tenant.status]), tenant.reason);
    if (parseFailure || !task) return fromExample(exampleResponse(failureExample[400]), parseFailure);

    const quotaProblem = consumeQuota(tenant, signingTemplates.has(task.template));
    if (quotaProblem) return fromExample(exampleResponse(failureExample[403]), quotaProblem);

    const taskId = `t-${randomBytes(16).toString('hex')}`;
    acceptedTasks.set(taskId, {
      taskId,
      tenantId: tenant.tenantId,
      template: task.template,
      acceptedAt: clock()
    });
    return {
      status: 202,
      body: {
        taskID: taskId,
        message: 'Success',
        usage: { api: { ...tenant.api }, signature: { ...tenant.signature } }
      }
    };
  }

  function getTaskStatus(request: IncomingMessage, taskId: string): Answer {
    const tenant = authenticate(
      tenants,
      headerValue(request, 'x-dynamo-api-key'),
      headerValue(request, 'x-dynamo-tenant-id')
    );
    if ('reason' in tenant) return fromExample(exampleResponse(failureExample[tenant.status]), tenant.reason);
    const task = acceptedTasks.get(taskId);
    if (!task || task.tenantId !== tenant.tenantId) {
      return { status: 404, body: { error: 'Not Found', message: `No task ${taskId}.` } };
    }
    return { status: 200, body: taskStatus(task, clock(), statusStepMs, baseUrl) };
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname;
    const body = await readBody(request);
    const entry: ReceivedRequest = {
      method: request.method ?? 'GET',
      path,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : (value ?? '')
        ])
      ),
      receivedAt: new Date(clock()).toISOString(),
      mode: 'other',
      response: { status: 0, body: null }
    };
    let answer: Answer;
    const statusMatch = /^\/v1\/task\/([^/]+)$/.exec(path);
    if (path === '/v1/task' && request.method === 'POST') {
      stats.requests += 1;
      record(entry);
      answer = await postTask(request, body, entry);
      if (
        answer.status === 202 &&
        typeof answer.body === 'object' &&
        answer.body !== null &&
        'taskID' in answer.body
      ) {
        stats.accepted += 1;
      } else {
        stats.rejected += 1;
      }
    } else if (statusMatch && request.method === 'GET') {
      answer = getTaskStatus(request, decodeURIComponent(statusMatch[1]));
    } else if (path.startsWith('/v1/files/') && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.4\n% Dynamo emulator result\n%%EOF\n');
      return;
    } else {
      answer = {
        status: 404,
        body: { error: 'Not Found', message: `No route for ${request.method} ${path}.` }
      };
    }
    entry.response = answer;
    log(`${entry.method} ${path} → ${answer.status} [${currentScenario}]`);
    send(response, answer);
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log(`emulator error: ${(error as Error).stack ?? String(error)}`);
      send(response, { status: 500, body: { error: 'Emulator error', message: (error as Error).message } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;

  const setUsage: DynamoEmulator['setUsage'] = (usage, tenantId) => {
    const tenant = getTenant(tenantId);
    Object.assign(tenant.api, usage.api);
    Object.assign(tenant.signature, usage.signature);
  };

  return {
    url: baseUrl,
    port,
    apiKey: getTenant().apiKey,
    tenantId: defaultTenantId,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    received: () => [...received],
    clearReceived: () => {
      received.length = 0;
    },
    scenarios: () => [...allScenarios],
    scenario: () => currentScenario,
    setScenario(name) {
      if (!allScenarios.includes(name)) {
        throw new Error(`unknown scenario "${name}"; known: ${allScenarios.join(', ')}`);
      }
      currentScenario = name;
      // Quota scenarios put the next accepted task at 85 %, 96 % or beyond the term's API maximum.
      const api = getTenant().api;
      if (name === 'quotaWarning') setUsage({ api: { term: Math.ceil(api.termMax * 0.85) - 1 } });
      if (name === 'quotaCritical') setUsage({ api: { term: Math.ceil(api.termMax * 0.96) - 1 } });
      if (name === 'quotaExhausted') setUsage({ api: { term: api.termMax } });
    },
    tenant: (tenantId) => structuredClone(getTenant(tenantId)),
    setUsage,
    resetUsage: resetTenants,
    registerTemplate(key, flags) {
      if (flags.signing) signingTemplates.add(key);
      else signingTemplates.delete(key);
    },
    stats: () => ({ ...stats }),
    resetStats() {
      stats.requests = 0;
      stats.accepted = 0;
      stats.rejected = 0;
    }
  };
}
