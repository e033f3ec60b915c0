// Runs every suite of the project — build, offline platform gates, component unit tests, Node tests and the
// browser end-to-end tests — and ends with the one line CI reads: "N passed, N failed".
// `--only build,gates,unit,node,e2e` runs a subset (the npm scripts test:node and test:e2e use it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

interface Suite {
  name: string;
  run: () => Promise<Tally>;
}

const root = process.cwd();
const artifacts = join(root, 'artifacts', 'test-results');

function exec(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function npx(bin: string, args: string[]): Promise<number> {
  return exec(process.execPath, [join(root, 'node_modules', '.bin', bin), ...args]);
}

/** Test files below `dirs` whose names end with `suffix`, in a stable order. */
function findTests(dirs: string[], suffix: string): string[] {
  return dirs
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[])
        .filter((file) => file.endsWith(suffix) && !file.split('/').includes('node_modules'))
        .map((file) => join(dir, file))
    )
    .sort();
}

/** node:test with a TAP copy on disk, whose closing counts are the tally. */
async function runNodeTests(name: string, files: string[], extraArgs: string[] = []): Promise<Tally> {
  if (files.length === 0) {
    console.error(`${name}: no test files found`);
    return { passed: 0, failed: 1 };
  }
  const tap = join(artifacts, `${name}.tap`);
  const code = await exec(process.execPath, [
    '--import',
    'tsx',
    '--test',
    ...extraArgs,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label: string): number =>
    Number(text.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const tally = { passed: count('pass'), failed: count('fail') + count('cancelled') };
  if (tally.passed + tally.failed === 0) return { passed: 0, failed: 1 };
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

const suites: Suite[] = [
  {
    name: 'build',
    run: async () =>
      (await exec('npm', ['run', '--silent', 'build'])) === 0
        ? { passed: 1, failed: 0 }
        : { passed: 0, failed: 1 }
  },
  {
    name: 'gates',
    run: async () => {
      const report = join(artifacts, 'gates.json');
      const code = await npx('tsx', ['scripts/check-platform.ts', '--report', report]);
      if (!existsSync(report)) return { passed: 0, failed: 1 };
      const { gates } = JSON.parse(readFileSync(report, 'utf8')) as { gates: Array<{ ok: boolean }> };
      const passed = gates.filter((gate) => gate.ok).length;
      const failed = gates.length - passed;
      return { passed, failed: gates.length === 0 || (code !== 0 && failed === 0) ? failed + 1 : failed };
    }
  },
  {
    name: 'unit',
    run: async () => {
      const report = join(artifacts, 'jest.json');
      const code = await npx('sfdx-lwc-jest', ['--coverage', '--', '--json', `--outputFile=${report}`]);
      if (!existsSync(report)) return { passed: 0, failed: 1 };
      const result = JSON.parse(readFileSync(report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
      };
      const tally = { passed: result.numPassedTests, failed: result.numFailedTests };
      // A coverage threshold or a suite that fails to load fails jest without failing a test.
      if ((code !== 0 && tally.failed === 0) || tally.passed === 0) tally.failed += 1;
      return tally;
    }
  },
  {
    name: 'node',
    run: () => runNodeTests('node', findTests(['emulator', 'workbench', 'scripts'], '.test.ts'))
  },
  {
    name: 'e2e',
    run: () => runNodeTests('e2e', findTests(['e2e'], '.e2e.ts'), ['--test-concurrency=1'])
  }
];

function selectedSuites(): Suite[] {
  const at = process.argv.indexOf('--only');
  if (at === -1) return suites;
  const names = (process.argv[at + 1] ?? '').split(',');
  const unknown = names.filter((name) => !suites.some((suite) => suite.name === name));
  if (unknown.length > 0) throw new Error(`unknown suite(s): ${unknown.join(', ')}`);
  return suites.filter((suite) => names.includes(suite.name));
}

async function main(): Promise<void> {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const results: Array<{ name: string; tally: Tally; seconds: number }> = [];
  for (const suite of selectedSuites()) {
    console.log(`\n━━ ${suite.name} ━━`);
    const started = Date.now();
    const tally = await suite.run();
    results.push({ name: suite.name, tally, seconds: (Date.now() - started) / 1000 });
  }
  console.log(`\nSummary (reports in ${relative(root, artifacts)}/):`);
  for (const { name, tally, seconds } of results) {
    console.log(
      `  ${name.padEnd(6)} ${String(tally.passed).padStart(4)} passed ${String(tally.failed).padStart(3)} failed  ${seconds.toFixed(1)} s`
    );
  }
  const passed = results.reduce((sum, { tally }) => sum + tally.passed, 0);
  const failed = results.reduce((sum, { tally }) => sum + tally.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
