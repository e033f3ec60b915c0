// `npm run bench`: what a click costs and how the picker scales, measured in one run on this machine.
// Drives the workbench in-process and headless Chromium, prints one Markdown table (copy it into the README
// as it is) and writes the same figures to artifacts/bench/bench.json. A measuring script, not a test: it
// fails only when something could not be measured, never because a target was missed.
// Options: --runs N (measured runs per timed figure: default 15, at least 10).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/support/chromium.ts';
import { startWorkbench } from '../workbench/workbench-server.ts';
import type { BenchContext } from './bench/bench-context.ts';
import { measureComponentWeight } from './bench/component-weight.ts';
import { measureEmulatorLoad } from './bench/emulator-load.ts';
import { measureFirstRender } from './bench/first-render.ts';
import { measurePickerScale } from './bench/picker-scale.ts';
import { formatTable, type FigureRow, writeReport } from './bench/report.ts';
import { measureServerActions } from './bench/server-actions.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LWC_DIR = join(ROOT, 'force-app/main/default/lwc');
const REPORT_PATH = join(ROOT, 'artifacts/bench/bench.json');
const MIN_RUNS = 10;
const DEFAULT_RUNS = 15;

function log(line: string): void {
  console.error(`bench: ${line}`);
}

/** True when some component .ts has no .js beside it, or a newer one than its .js. */
function componentsStale(): boolean {
  const files = readdirSync(LWC_DIR, { recursive: true }) as string[];
  return files
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.includes('__tests__'))
    .some((file) => {
      const built = join(LWC_DIR, file.replace(/\.ts$/, '.js'));
      return !existsSync(built) || statSync(built).mtimeMs < statSync(join(LWC_DIR, file)).mtimeMs;
    });
}

async function measureInBrowser(runs: number): Promise<FigureRow[]> {
  // Only the workbench's own lines: the emulator's line per request would drown the progress.
  const workbench = await startWorkbench({
    build: 'if-stale',
    log: (line) => line.startsWith('workbench:') && log(line)
  });
  try {
    const chromium = await launchChromium();
    try {
      const context: BenchContext = { workbench, browser: chromium.context, runs, log };
      return [
        ...(await measureServerActions(context)),
        ...(await measureFirstRender(context)),
        ...(await measurePickerScale(context))
      ];
    } finally {
      await chromium.close();
    }
  } finally {
    await workbench.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: String(DEFAULT_RUNS) } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < MIN_RUNS) throw new Error(`--runs must be an integer ≥ ${MIN_RUNS}`);
  const started = Date.now();
  if (componentsStale()) {
    log('component .js older than its .ts: npm run build');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-lwc.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }

  const rows = [
    ...(await measureInBrowser(runs)),
    ...(await measureComponentWeight(ROOT, log)),
    ...(await measureEmulatorLoad(log))
  ];
  const durationSeconds = Math.round((Date.now() - started) / 100) / 10;
  const judged = rows.filter((row) => row.met !== null);
  const met = judged.filter((row) => row.met).length;

  console.log(formatTable(rows));
  console.log(
    `\n${met} of ${judged.length} targets met · ${runs} measured runs per timed figure · ` +
      `${os.cpus().length} CPUs, Node ${process.version} · ${durationSeconds} s`
  );
  writeReport(REPORT_PATH, {
    startedAt: new Date(started).toISOString(),
    durationSeconds,
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      runs
    },
    rows
  });
  log(`figures written to ${REPORT_PATH}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
