// Figure 5: a bounded loopback load on the Dynamo emulator, so the workbench's figures can be read knowing
// what the emulator costs. The requests are the very ones the Apex client sends (built by the workbench's
// callout code); the baseline is a bare Node HTTP server that reads the body and answers 202, loaded alike.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../../emulator/dynamo-emulator.ts';
import { loadExamples } from '../../emulator/shared-examples.ts';
import {
  type BuiltRequest,
  buildJsonRequest,
  buildMultipartRequest
} from '../../workbench/dynamo-callout.ts';
import { createTemplateLibrary, templateBytes } from '../../workbench/template-library.ts';
import { ms, type FigureRow } from './report.ts';
import { median, percentile, ratio } from './statistics.ts';

const FIGURE = '5 Emulator';
export const LOADS = [
  { name: 'JSON posts', mode: 'json', requests: 2_000, concurrency: 8 },
  { name: 'multipart posts, 1 MB template', mode: 'multipart', requests: 200, concurrency: 4 }
] as const;
const TEMPLATE_BYTES = 1024 * 1024;

interface Target {
  url: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  accepted: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  latenciesMs: number[];
}

/** Several runs against one server as one: all latencies, total requests over total time. */
export function combined(parts: readonly LoadResult[]): LoadResult {
  const latenciesMs = parts.flatMap((part) => part.latenciesMs);
  const seconds = parts.reduce((sum, part) => sum + part.seconds, 0);
  return {
    requests: latenciesMs.length,
    accepted: parts.reduce((sum, part) => sum + part.accepted, 0),
    seconds,
    requestsPerSecond: latenciesMs.length / seconds,
    p50Ms: median(latenciesMs),
    p99Ms: percentile(latenciesMs, 99),
    latenciesMs
  };
}

/** `requests` POSTs of the same body, `concurrency` at a time; accepted means 202 with a task ID. */
export async function runLoad(
  target: Target,
  request: BuiltRequest,
  requests: number,
  concurrency: number
): Promise<LoadResult> {
  const latencies: number[] = [];
  let accepted = 0;
  let next = 0;
  const body = new Uint8Array(request.body);
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const started = performance.now();
      const response = await fetch(`${target.url}/v1/task`, {
        method: 'POST',
        headers: { ...target.headers, 'content-type': request.contentType },
        body
      });
      const answer = (await response.json().catch(() => null)) as { taskID?: unknown } | null;
      latencies.push(performance.now() - started);
      if (response.status === 202 && typeof answer?.taskID === 'string') accepted += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    accepted,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: median(latencies),
    p99Ms: percentile(latencies, 99),
    latenciesMs: latencies
  };
}

/** A load's figures without its thousands of latencies. */
function summary(result: LoadResult): Omit<LoadResult, 'latenciesMs'> {
  const { latenciesMs: _latencies, ...rest } = result;
  return rest;
}

/** The least an HTTP server can do with the same request: read it whole, answer 202 with a task ID. */
async function startBareServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(202, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          taskID: `t-${randomBytes(16).toString('hex')}`,
          message: 'Success',
          received: Buffer.concat(chunks).length
        })
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function requestFor(mode: 'json' | 'multipart'): BuiltRequest {
  const examples = loadExamples();
  const quote = createTemplateLibrary('seed').files[0];
  const task = {
    mode,
    templateId: examples.ids.templateId,
    recordId: examples.ids.recordId,
    extraParams: { language: 'en' },
    integration: {
      type: 'Salesforce' as const,
      sessionID: 'BENCH-SESSION-PLACEHOLDER',
      serverURL: examples.serverURL
    },
    embeddedTemplate:
      mode === 'multipart'
        ? { fileName: 'Bench Template.dap', bytes: templateBytes({ ...quote, contentSize: TEMPLATE_BYTES }) }
        : undefined
  };
  return mode === 'multipart' ? buildMultipartRequest(task) : buildJsonRequest(task);
}

export async function measureEmulatorLoad(log: (line: string) => void): Promise<FigureRow[]> {
  log(`figure 5: emulator load (${LOADS.map((load) => `${load.requests} ${load.name}`).join(', ')})`);
  const emulator = await startEmulator();
  const bare = await startBareServer();
  const rows: FigureRow[] = [];
  try {
    for (const load of LOADS) {
      const request = requestFor(load.mode);
      const bareTarget = { url: bare.url, headers: { 'x-dynamo-api-key': emulator.apiKey } };
      const emulatorTarget = {
        url: emulator.url,
        headers: { 'x-dynamo-api-key': emulator.apiKey, 'x-dynamo-tenant-id': emulator.tenantId }
      };
      // Warm both servers (and the client) up, then measure in A-B-B-A halves so drift hits both alike.
      const warmUp = Math.ceil(load.requests / 10);
      await runLoad(bareTarget, request, warmUp, load.concurrency);
      await runLoad(emulatorTarget, request, warmUp, load.concurrency);
      emulator.resetStats();
      const half = Math.ceil(load.requests / 2);
      const bareHalves = [await runLoad(bareTarget, request, half, load.concurrency)];
      const emulatorHalves = [await runLoad(emulatorTarget, request, load.requests - half, load.concurrency)];
      emulatorHalves.push(await runLoad(emulatorTarget, request, half, load.concurrency));
      bareHalves.push(await runLoad(bareTarget, request, load.requests - half, load.concurrency));
      const baseline = combined(bareHalves);
      const measured = combined(emulatorHalves);
      // The emulator's own count agrees with the client's: every measured request reached it and was accepted.
      const counted = emulator.stats();
      const allAccepted =
        measured.accepted === load.requests &&
        baseline.accepted === load.requests &&
        counted.requests === load.requests &&
        counted.accepted === load.requests;
      const slowdown = ratio(baseline.requestsPerSecond, measured.requestsPerSecond);
      rows.push({
        figure: FIGURE,
        measure: `${load.requests.toLocaleString('en-US')} ${load.name}, ${load.concurrency} at a time`,
        result: `${Math.round(measured.requestsPerSecond)} req/s, p50 ${ms(measured.p50Ms)}, p99 ${ms(measured.p99Ms)}`,
        baseline: `${Math.round(baseline.requestsPerSecond)} req/s bare HTTP`,
        ratio: slowdown,
        target: 'every request 202 with a task ID',
        met: allAccepted,
        raw: {
          requestBytes: request.body.length,
          emulator: summary(measured),
          emulatorCounted: counted,
          bareHttp: summary(baseline),
          ratioIs: 'bare req/s ÷ emulator req/s'
        }
      });
    }
  } finally {
    await emulator.close();
    await new Promise<void>((resolve) => {
      bare.server.closeAllConnections();
      bare.server.close(() => resolve());
    });
  }
  return rows;
}
