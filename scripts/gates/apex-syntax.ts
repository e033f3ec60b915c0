// Gate 1: every Apex class and trigger parses (the parser's own checkProject exits 0 even with errors, so we
// count them), and Apex and Visualforce sources are formatted as prettier-plugin-apex would write them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apexSyntaxErrors } from './apex-source.ts';
import { unformattedFiles } from './prettier-check.ts';
import { problemsFor, type Problem } from './problem.ts';
import { findSourceFiles } from './project-files.ts';

const problem = problemsFor('apex-syntax');

export async function run(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const apexFiles = await findSourceFiles(root, (name) => /\.(cls|trigger)$/.test(name));
  if (apexFiles.length === 0) return [problem('force-app', 0, 'no Apex classes or triggers found')];

  for (const file of apexFiles) {
    const source = await readFile(path.join(root, file), 'utf8');
    for (const error of apexSyntaxErrors(source, file.endsWith('.trigger') ? 'trigger' : 'class'))
      problems.push(problem(file, error.line, `syntax error: ${error.message}`));
  }

  // Unparseable files cannot be formatted; their syntax errors above already say what to fix.
  const broken = new Set(problems.map((p) => p.file));
  const formattable = await findSourceFiles(root, (name) => /\.(cls|trigger|page)$/.test(name));
  for (const difference of await unformattedFiles(
    root,
    formattable.filter((file) => !broken.has(file))
  )) {
    problems.push(problem(difference.file, difference.line, 'not prettier-formatted (run npm run format)'));
  }
  return problems;
}
