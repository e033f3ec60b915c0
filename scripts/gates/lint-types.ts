// Gate 7: ESLint (eslint.config.js) reports nothing, prettier would change no file, and TypeScript type-checks
// both programs with --noEmit: the components and their tests (tsconfig.json) and the Node-side code
// (tsconfig.node.json).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { unformattedFiles } from './prettier-check.ts';
import { problemsFor, type Problem } from './problem.ts';
import { toRelative } from './project-files.ts';
import { runCommand } from './run-command.ts';
import { packagePath } from './tool-paths.ts';

const problem = problemsFor('lint-types');
export const TS_PROJECTS = ['tsconfig.json', 'tsconfig.node.json'];

export async function run(root: string): Promise<Problem[]> {
  const absRoot = path.resolve(root);
  const results = await Promise.all([
    eslint(absRoot),
    formatting(absRoot),
    ...TS_PROJECTS.map((project) => typecheck(absRoot, project))
  ]);
  return results.flat();
}

async function eslint(root: string): Promise<Problem[]> {
  if (!existsSync(path.join(root, 'eslint.config.js')))
    return [problem('eslint.config.js', 0, 'ESLint config not found')];
  const linter = new ESLint({ cwd: root, errorOnUnmatchedPattern: false });
  const results = await linter.lintFiles(['.']);
  if (results.length === 0) return [problem('eslint.config.js', 0, 'ESLint found no files to lint')];
  return results.flatMap((result) =>
    result.messages.map((m) =>
      problem(toRelative(root, result.filePath), m.line ?? 0, `${m.message} (${m.ruleId ?? 'eslint'})`)
    )
  );
}

// `prettier --list-different` prints each file it would reformat, one per line, and honours .prettierignore.
async function formatting(root: string): Promise<Problem[]> {
  const prettier = packagePath('prettier', 'bin', 'prettier.cjs');
  const result = await runCommand(process.execPath, [prettier, '--list-different', '.'], root);
  if (result.code === 0) return [];
  const files = result.stdout.split('\n').filter((line) => line.trim() !== '');
  if (files.length === 0)
    return [
      problem('.prettierrc', 0, `prettier exited ${result.code}: ${result.stderr.trim().slice(0, 300)}`)
    ];
  const differences = await unformattedFiles(root, files);
  return differences.map((d) => problem(d.file, d.line, 'not prettier-formatted (run npm run format)'));
}

// tsc --pretty false prints `file(line,col): error TSnnnn: message`, one per line (continuations indented).
const TSC_LINE = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/;
const TSC_GLOBAL = /^error (TS\d+: .*)$/;

async function typecheck(root: string, project: string): Promise<Problem[]> {
  if (!existsSync(path.join(root, project))) return [problem(project, 0, `${project} not found`)];
  const tsc = packagePath('typescript', 'bin', 'tsc');
  const result = await runCommand(
    process.execPath,
    [tsc, '-p', project, '--noEmit', '--pretty', 'false'],
    root
  );
  if (result.code === 0) return [];
  const problems: Problem[] = [];
  for (const line of result.stdout.split('\n')) {
    const located = TSC_LINE.exec(line);
    const global = TSC_GLOBAL.exec(line);
    if (located)
      problems.push(
        problem(toRelative(root, path.resolve(root, located[1])), Number(located[2]), located[3])
      );
    else if (global) problems.push(problem(project, 0, global[1]));
  }
  if (problems.length === 0)
    problems.push(
      problem(
        project,
        0,
        `tsc exited ${result.code}: ${(result.stdout + result.stderr).trim().slice(0, 300)}`
      )
    );
  return problems;
}
