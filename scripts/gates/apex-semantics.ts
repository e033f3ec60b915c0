// Gate 2: the ApexDevTools semantic checker (apex-ls CheckForIssues) resolves every type, method and field
// against the platform library (standard types and SObjects of API 65). Exit code 4 means it found issues.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JAVA, javaClasspath } from './java-lib.ts';
import { problemsFor, type Problem } from './problem.ts';
import { findSourceFiles, toRelative } from './project-files.ts';
import { runCommand } from './run-command.ts';

const problem = problemsFor('apex-semantics');

interface IssueReport {
  files: Array<{
    path: string;
    messages: Array<{ start: { line: number }; category: string; message: string }>;
  }>;
}

export async function run(root: string): Promise<Problem[]> {
  const apexFiles = await findSourceFiles(root, (name) => /\.(cls|trigger)$/.test(name));
  if (apexFiles.length === 0) return [problem('force-app', 0, 'no Apex classes or triggers found')];

  // A private cache folder: no state shared between runs or with other projects.
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'apexls-'));
  try {
    const absRoot = path.resolve(root);
    const result = await runCommand(
      JAVA,
      [
        '-cp',
        javaClasspath(),
        'io.github.apexdevtools.apexls.CheckForIssues',
        '-w',
        absRoot,
        '-n',
        '-f',
        'json',
        '-c',
        cacheDir
      ],
      absRoot
    );
    if (result.code === 0) return [];
    if (result.code !== 4) {
      const detail = (result.stderr || result.stdout).trim().split('\n').slice(0, 5).join(' | ');
      return [
        problem('sfdx-project.json', 0, `CheckForIssues failed to run (exit ${result.code}): ${detail}`)
      ];
    }
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as IssueReport;
    const problems = report.files.flatMap((file) =>
      file.messages.map((m) =>
        problem(toRelative(absRoot, file.path), m.start.line, `${m.category}: ${m.message}`)
      )
    );
    return problems.length > 0
      ? problems
      : [problem('sfdx-project.json', 0, 'CheckForIssues exited 4 without a report')];
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}
