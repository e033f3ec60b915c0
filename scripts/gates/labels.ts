// Gate 9: every Custom Label the Apex code reads (System.Label.X or Label.X) is defined in the project's
// CustomLabels file; a missing label is a compile error in the org that no offline Apex tool reports.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { lineAt, problemsFor, type Problem } from './problem.ts';
import { findSourceFiles } from './project-files.ts';

const problem = problemsFor('labels');
const xml = new XMLParser({ isArray: (name) => name === 'labels' });
const LABEL_REFERENCE = /\b(?:System\s*\.\s*)?Label\s*\.\s*([A-Za-z][A-Za-z0-9_]*)/g;

export async function run(root: string): Promise<Problem[]> {
  const labelFiles = await findSourceFiles(root, (name) => name.endsWith('.labels-meta.xml'));
  const defined = new Set<string>();
  for (const file of labelFiles) {
    const parsed = xml.parse(await readFile(path.join(root, file), 'utf8')) as {
      CustomLabels?: { labels?: Array<{ fullName?: string }> };
    };
    for (const label of parsed.CustomLabels?.labels ?? [])
      if (label.fullName) defined.add(label.fullName.toLowerCase());
  }
  const apexFiles = await findSourceFiles(root, (name) => /\.(cls|trigger)$/.test(name));
  if (apexFiles.length === 0) return [problem('force-app', 0, 'no Apex classes or triggers found')];

  const problems: Problem[] = [];
  let references = 0;
  for (const file of apexFiles) {
    const source = stripComments(await readFile(path.join(root, file), 'utf8'));
    for (const match of source.matchAll(LABEL_REFERENCE)) {
      references++;
      if (!defined.has(match[1].toLowerCase())) {
        problems.push(
          problem(
            file,
            lineAt(source, match.index ?? 0),
            `Custom Label ${match[1]} is not defined in ${labelFiles[0] ?? 'a .labels-meta.xml file'}`
          )
        );
      }
    }
  }
  if (references > 0 && labelFiles.length === 0)
    problems.push(problem('force-app', 0, 'Apex uses Custom Labels but no .labels-meta.xml exists'));
  return problems;
}

/** Blanks comments and string literals (keeping line breaks) so that only code references count. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (text) =>
    text.replace(/[^\n]/g, ' ')
  );
}
