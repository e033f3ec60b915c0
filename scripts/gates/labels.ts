// Gate 9: every Custom Label the code reads is defined in the project's CustomLabels file: Apex's
// System.Label.X or Label.X, and a Lightning web component's `import x from '@salesforce/label/c.X'`. A
// missing label is a compile or deploy error in the org that no offline tool reports; in jest and the
// workbench the component would silently show the label's name instead of its text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { lineAt, problemsFor, type Problem } from './problem.ts';
import { findSourceFiles } from './project-files.ts';

const problem = problemsFor('labels');
const xml = new XMLParser({ isArray: (name) => name === 'labels' });
const LABEL_REFERENCE = /\b(?:System\s*\.\s*)?Label\s*\.\s*([A-Za-z][A-Za-z0-9_]*)/g;
const LABEL_IMPORT = /(['"])@salesforce\/label\/c\.([A-Za-z]\w*)\1/g;

export async function run(root: string): Promise<Problem[]> {
  const labelFiles = await findSourceFiles(root, (name) => name.endsWith('.labels-meta.xml'));
  const defined = new Set<string>();
  for (const file of labelFiles) {
    const parsed = xml.parse(await readFile(path.join(root, file), 'utf8')) as {
      CustomLabels?: { labels?: Array<{ fullName?: string }> };
    };
    for (const label of parsed.CustomLabels?.labels ?? []) if (label.fullName) defined.add(label.fullName);
  }
  const definedIgnoringCase = new Set([...defined].map((name) => name.toLowerCase()));
  const apexFiles = await findSourceFiles(root, (name) => /\.(cls|trigger)$/.test(name));
  if (apexFiles.length === 0) return [problem('force-app', 0, 'no Apex classes or triggers found')];
  const where = labelFiles[0] ?? 'a .labels-meta.xml file';

  const problems: Problem[] = [];
  let references = 0;
  for (const file of apexFiles) {
    const source = stripApexComments(await readFile(path.join(root, file), 'utf8'));
    for (const match of source.matchAll(LABEL_REFERENCE)) {
      references++;
      // Apex names are case-insensitive.
      if (!definedIgnoringCase.has(match[1].toLowerCase())) {
        problems.push(
          problem(
            file,
            lineAt(source, match.index ?? 0),
            `Custom Label ${match[1]} is not defined in ${where}`
          )
        );
      }
    }
  }
  for (const file of await componentSources(root)) {
    const source = stripScriptComments(await readFile(path.join(root, file), 'utf8'));
    for (const match of source.matchAll(LABEL_IMPORT)) {
      references++;
      // Exact names: jest and the workbench look the label up as written.
      if (!defined.has(match[2])) {
        problems.push(
          problem(
            file,
            lineAt(source, match.index ?? 0),
            `Custom Label ${match[2]} is not defined in ${where} (imported as @salesforce/label/c.${match[2]})`
          )
        );
      }
    }
  }
  if (references > 0 && labelFiles.length === 0)
    problems.push(problem('force-app', 0, 'the code uses Custom Labels but no .labels-meta.xml exists'));
  return problems;
}

/** A component's own scripts: each .ts, and each .js that is not built from a .ts beside it. */
async function componentSources(root: string): Promise<string[]> {
  const scripts = (
    await findSourceFiles(root, (name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts'))
  ).filter((file) => file.includes('/lwc/'));
  const typescript = new Set(scripts.filter((file) => file.endsWith('.ts')));
  return scripts.filter((file) => !file.endsWith('.js') || !typescript.has(file.replace(/\.js$/, '.ts')));
}

/** Blanks comments and string literals (keeping line breaks) so that only code references count. */
function stripApexComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, blank);
}

/** Blanks JavaScript comments (keeping line breaks); string literals, where imports live, stay. */
function stripScriptComments(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (text) => (text.startsWith('/') ? blank(text) : text)
  );
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
