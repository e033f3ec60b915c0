// The workbench: a mock Lightning record page with the real compiled component, the Apex stand-in behind
// it and the Dynamo emulator behind that, all in one process. `startWorkbench` is what serve.ts, the e2e
// suite and the benchmarks use; it returns handles to inspect and steer every layer.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DynamoEmulator, startEmulator } from '../emulator/dynamo-emulator.ts';
import { loadExamples } from '../emulator/shared-examples.ts';
import { ApexStandIn, type FakeOrg, NO_FAULTS, type OrgFaults } from './apex-stand-in.ts';
import { buildWorkbenchBundle, DIST_DIR, isBundleCurrent } from './bundle.ts';
import { loadComponentProperties } from './component-properties.ts';
import { loadCustomLabels, loadLauncherSettings } from './salesforce-metadata.ts';
import { StandInError } from './stand-in-error.ts';
import { createTemplateLibrary, SEEDED_IDS, type TemplateLibrary } from './template-library.ts';

const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));
/** The record page with the panel, and the benchmark's two bare pages: the component alone and a bare card. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/component': 'component.html',
  '/baseline': 'baseline.html'
};
const SLDS_ASSETS_DIR = fileURLToPath(
  new URL('../node_modules/@salesforce-ux/design-system/assets/', import.meta.url)
);
export const DEFAULT_PORT = 4330;
export const APEX_METHODS = ['listTemplates', 'getTemplate', 'postTask'] as const;
type ApexMethod = (typeof APEX_METHODS)[number];

export interface WorkbenchOptions {
  /** 0 (the default) picks a free port; serve.ts passes 4330. */
  port?: number;
  host?: string;
  /** 'seed' (a few named files) or a number of DAP templates for scale runs. */
  library?: 'seed' | number;
  /** Overrides the Default settings record's callout timeout (tests use a short one for the slow scenario). */
  timeoutSeconds?: number;
  /** 'always' (npm start), or 'if-stale' to reuse a dist/ newer than every input (tests, benchmarks). */
  build?: 'always' | 'if-stale';
  /** Development mode of the LWC engine: more warnings, slower. */
  development?: boolean;
  log?: (line: string) => void;
}

export interface WorkbenchCounters {
  apex: Record<ApexMethod, number> & { total: number };
  dynamo: { requests: number; accepted: number; rejected: number };
}

export interface Workbench {
  url: string;
  port: number;
  emulator: DynamoEmulator;
  /** Never sent to the browser: the e2e suite asserts it never appears in what the browser receives. */
  sessionPlaceholder: string;
  org: FakeOrg;
  /** The Account the record page shows. */
  recordId: string;
  counters(): WorkbenchCounters;
  resetCounters(): void;
  setScenario(name: string): void;
  setFaults(faults: Partial<OrgFaults>): void;
  setLibrary(size: 'seed' | number): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json'
};

function sendJson(response: ServerResponse, status: number, body: unknown, statusText?: string): void {
  response.writeHead(status, statusText ?? '', {
    'content-type': 'application/json',
    'cache-control': 'no-store'
  });
  response.end(JSON.stringify(body));
}

/** Serves a file below `root`, refusing paths that climb out of it. */
function sendFile(response: ServerResponse, root: string, relativePath: string, cache: boolean): void {
  const path = normalize(join(root, relativePath));
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
    sendJson(response, 404, { error: `Not found: ${relativePath}` });
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cache ? 'public, max-age=3600' : 'no-store'
  });
  createReadStream(path).pipe(response);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function parseLibrarySize(value: unknown): 'seed' | number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === 'seed') return 'seed';
  const size = Number(value);
  if (!Number.isInteger(size) || size < 0 || size > 100_000)
    throw new Error(`library must be "seed" or 0..100000, not ${String(value)}`);
  return size;
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const log = options.log ?? (() => undefined);
  const examples = loadExamples();
  const labels = loadCustomLabels();
  const settings = loadLauncherSettings();
  const timeoutSeconds = options.timeoutSeconds ?? settings.timeoutSeconds;

  if (options.build !== 'if-stale' || !isBundleCurrent()) {
    const built = await buildWorkbenchBundle({ production: !options.development });
    log(`workbench: bundled ${built.files.length} files in ${built.durationMs} ms`);
  }

  const emulator = await startEmulator({
    // The slow scenario answers just after the stand-in has given up, as a real slow Dynamo would.
    slowMs: timeoutSeconds * 1000 + 1500,
    log: (line) => log(`emulator: ${line}`)
  });

  const recordId = examples.ids.recordId;
  const org: FakeOrg = {
    orgId: examples.ids.orgId,
    myDomainUrl: new URL(examples.serverURL).origin,
    records: new Map([[recordId.slice(0, 15), { name: 'Acme Corporation', objectApiName: 'Account' }]]),
    sessionId: `WORKBENCH-SESSION-${randomBytes(16).toString('hex')}`
  };
  let librarySetting: 'seed' | number = options.library ?? 'seed';
  let library: TemplateLibrary = createTemplateLibrary(librarySetting);
  let faults: OrgFaults = { ...NO_FAULTS };
  const registerSigningTemplates = () => {
    for (const file of library.files) {
      if (file.signing) {
        emulator.registerTemplate(file.id, { signing: true });
        emulator.registerTemplate(file.fileName, { signing: true });
      }
    }
  };
  registerSigningTemplates();

  const standIn = new ApexStandIn({
    org,
    settings,
    library: () => library,
    faults: () => faults,
    dynamo: () => ({
      baseUrl: emulator.url,
      apiKey: emulator.apiKey,
      tenantId: settings.tenantIdOverride ?? org.orgId,
      timeoutSeconds
    })
  });
  const properties = loadComponentProperties();
  const apexCalls = Object.fromEntries(APEX_METHODS.map((method) => [method, 0])) as Record<
    ApexMethod,
    number
  >;

  const counters = (): WorkbenchCounters => ({
    apex: { ...apexCalls, total: APEX_METHODS.reduce((sum, method) => sum + apexCalls[method], 0) },
    dynamo: emulator.stats()
  });
  const resetCounters = () => {
    for (const method of APEX_METHODS) apexCalls[method] = 0;
    emulator.resetStats();
  };
  const setScenario = (name: string) => {
    // Each scenario starts from a fresh term, so "quota warning" after "exhausted" means what it says.
    emulator.resetUsage();
    emulator.setScenario(name);
  };
  const setLibrary = (size: 'seed' | number) => {
    if (size === librarySetting) return;
    librarySetting = size;
    library = createTemplateLibrary(size);
    registerSigningTemplates();
  };

  const state = () => ({
    record: { id: recordId, name: 'Acme Corporation', objectApiName: 'Account' },
    seededTemplates: SEEDED_IDS,
    properties,
    scenario: emulator.scenario(),
    scenarios: emulator.scenarios(),
    faults,
    library: { size: library.size },
    timeoutSeconds,
    counters: counters()
  });

  async function callApex(method: ApexMethod, params: unknown): Promise<unknown> {
    const p = (params ?? {}) as Record<string, unknown>;
    switch (method) {
      case 'listTemplates':
        return standIn.listTemplates(p);
      case 'getTemplate':
        return standIn.getTemplate(p as { templateId: string });
      case 'postTask':
        return standIn.postTask(p as never);
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://workbench');
    const path = url.pathname;
    const apexMatch = /^\/apex\/DynamoLauncherController\/(\w+)$/.exec(path);

    if (apexMatch && request.method === 'POST') {
      const method = apexMatch[1] as ApexMethod;
      if (!APEX_METHODS.includes(method)) {
        sendJson(response, 404, { body: { message: `No Apex method ${method}.` } });
        return;
      }
      apexCalls[method] += 1;
      try {
        const result = await callApex(method, await readJson(request));
        sendJson(response, 200, result);
      } catch (error) {
        // AuraHandledException: only the label's text reaches the browser, never the cause.
        const known = error instanceof StandInError;
        if (!known) log(`apex ${method}: unexpected ${(error as Error).stack ?? String(error)}`);
        const message = known
          ? labels.format(error.label, ...error.args)
          : labels.text('DL_Error_Unexpected');
        log(`apex ${method} → ${known ? error.label : 'DL_Error_Unexpected'}`);
        sendJson(response, 500, { body: { message } }, 'Server Error');
      }
      return;
    }
    if (path === '/workbench/state') {
      if (request.method === 'POST') {
        const change = (await readJson(request)) as {
          scenario?: string;
          faults?: Partial<OrgFaults>;
          library?: unknown;
        };
        try {
          if (change.scenario !== undefined) setScenario(change.scenario);
          if (change.faults) faults = { ...faults, ...change.faults };
          const size = parseLibrarySize(change.library);
          if (size !== undefined) setLibrary(size);
        } catch (error) {
          sendJson(response, 400, { error: (error as Error).message });
          return;
        }
      }
      sendJson(response, 200, state());
      return;
    }
    if (path === '/workbench/counters') {
      if (request.method === 'POST') resetCounters();
      sendJson(response, 200, counters());
      return;
    }
    if (path === '/component' && !url.searchParams.has('recordId')) {
      response.writeHead(302, { location: `/component?recordId=${recordId}` }).end();
      return;
    }
    if (path in PAGES) {
      const size = parseLibrarySize(url.searchParams.get('library'));
      if (size !== undefined) setLibrary(size);
      sendFile(response, PAGE_DIR, PAGES[path], false);
      return;
    }
    if (path.startsWith('/dist/')) return sendFile(response, DIST_DIR, path.slice('/dist/'.length), false);
    if (path.startsWith('/assets/'))
      return sendFile(response, SLDS_ASSETS_DIR, path.slice('/assets/'.length), true);
    if (path.startsWith('/page/')) return sendFile(response, PAGE_DIR, path.slice('/page/'.length), false);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    sendJson(response, 404, { error: `Not found: ${path}` });
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log(`workbench error: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: 'Workbench error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    emulator,
    sessionPlaceholder: org.sessionId,
    org,
    recordId,
    counters,
    resetCounters,
    setScenario,
    setFaults: (change) => {
      faults = { ...faults, ...change };
    },
    setLibrary,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await emulator.close();
    }
  };
}
