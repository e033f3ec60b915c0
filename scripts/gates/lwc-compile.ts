// Gate 5: every Lightning web component bundle, as built by `npm run build` (.js next to each .ts), compiles
// with the platform's own compiler (@lwc/sfdc-lwc-compiler, bundle type 'platform') without error
// diagnostics. The compiler silently drops a .ts class, so it gets the built .js, never the .ts.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compile } from '@lwc/sfdc-lwc-compiler';
import { problemsFor, type Problem } from './problem.ts';
import { findFiles, findLwcBundles } from './project-files.ts';

const problem = problemsFor('lwc-compile');
const COMPILED = /\.(js|html|css)$/;
const WARNING_LEVEL = 2; // DiagnosticLevel: 0 fatal, 1 error, 2 warning, 3 log

export async function run(root: string): Promise<Problem[]> {
  const bundles = await findLwcBundles(root);
  if (bundles.length === 0) return [problem('force-app', 0, 'no Lightning web component bundles found')];
  const problems: Problem[] = [];
  for (const bundle of bundles) problems.push(...(await compileBundle(root, bundle)));
  return problems;
}

async function compileBundle(root: string, bundle: string): Promise<Problem[]> {
  const name = path.basename(bundle);
  const problems: Problem[] = [];
  const sources = (await findFiles(root, bundle, () => true)).filter((file) => !file.includes('/__'));
  const files: Record<string, string> = {};
  for (const file of sources) {
    const inBundle = file.slice(bundle.length + 1);
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      const built = file.replace(/\.ts$/, '.js');
      if (!sources.includes(built)) {
        problems.push(problem(file, 0, `not built: ${path.basename(built)} is missing (run npm run build)`));
      } else if ((await stat(path.join(root, built))).mtimeMs < (await stat(path.join(root, file))).mtimeMs) {
        problems.push(problem(built, 0, `older than ${path.basename(file)} (run npm run build)`));
      }
    }
    if (COMPILED.test(inBundle)) files[inBundle] = await readFile(path.join(root, file), 'utf8');
  }
  if (!files[`${name}.js`]) return [...problems, problem(bundle, 0, `bundle has no ${name}.js to compile`)];

  const output = await compile({ bundle: { type: 'platform', name, namespace: 'c', files, options: {} } });
  for (const diagnostic of output.diagnostics) {
    if (diagnostic.level >= WARNING_LEVEL) continue;
    const file = diagnostic.filename ? `${bundle}/${path.basename(diagnostic.filename)}` : bundle;
    problems.push(
      problem(
        file,
        diagnostic.location?.line ?? 0,
        diagnostic.message.startsWith('LWC')
          ? diagnostic.message
          : `LWC${diagnostic.code}: ${diagnostic.message}`
      )
    );
  }
  if (!output.success && problems.length === 0)
    problems.push(problem(bundle, 0, 'the LWC compiler reported failure'));
  return problems;
}
