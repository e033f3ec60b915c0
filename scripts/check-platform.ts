// Runs the offline platform gates (scripts/gates) on the project: prints `file:line: message` for each problem
// and one ✔/✖ line per gate, exits 1 when any gate fails.
//   tsx scripts/check-platform.ts [--only a,b] [--report file.json] [--root dir]
// npm run check:platform builds the components first: the LWC gate compiles the built .js.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GATES } from './gates/index.ts';
import type { Gate, Problem } from './gates/problem.ts';

interface GateReport {
  name: string;
  ok: boolean;
  problems: Problem[];
  ms: number;
}

async function runGate(gate: Gate, root: string): Promise<GateReport> {
  const started = Date.now();
  let problems: Problem[];
  try {
    problems = await gate.run(root);
  } catch (error) {
    // A gate that crashes has not shown the project is sound: it fails, with the reason.
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    problems = [{ file: '.', line: 0, message: `gate crashed: ${reason}`, gate: gate.name }];
  }
  return { name: gate.name, ok: problems.length === 0, problems, ms: Date.now() - started };
}

function selectGates(only: string | undefined): Gate[] {
  if (!only) return GATES;
  const names = only
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !GATES.some((gate) => gate.name === name));
  if (unknown.length > 0) {
    console.error(`unknown gate(s): ${unknown.join(', ')}; known: ${GATES.map((g) => g.name).join(', ')}`);
    process.exit(2);
  }
  return GATES.filter((gate) => names.includes(gate.name));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, report: { type: 'string' }, root: { type: 'string' } }
  });
  const root = path.resolve(values.root ?? process.cwd());
  const gates = selectGates(values.only);
  const started = Date.now();
  const reports = await Promise.all(gates.map((gate) => runGate(gate, root)));

  for (const report of reports) {
    for (const p of report.problems) console.log(`${p.file}:${p.line}: ${p.message}`);
    const count = report.problems.length;
    const status = report.ok ? '✔' : '✖';
    console.log(
      `${status} ${report.name} (${report.ms} ms)${report.ok ? '' : `: ${count} problem${count === 1 ? '' : 's'}`}`
    );
  }
  const failed = reports.filter((report) => !report.ok).length;
  console.log(
    `check-platform: ${reports.length - failed} of ${reports.length} gates passed in ${Date.now() - started} ms`
  );

  if (values.report) {
    await mkdir(path.dirname(path.resolve(values.report)), { recursive: true });
    await writeFile(values.report, `${JSON.stringify({ gates: reports }, null, 2)}\n`);
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
