// Checks files against the project's prettier config and points at the first line that differs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';

export interface FormatDifference {
  file: string;
  line: number;
}

/** Files (relative to root) that prettier would reformat, with the first line that would change. */
export async function unformattedFiles(root: string, files: string[]): Promise<FormatDifference[]> {
  const differences: FormatDifference[] = [];
  for (const file of files) {
    const filepath = path.join(root, file);
    const source = await readFile(filepath, 'utf8');
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    const formatted = await prettier.format(source, { ...options, filepath });
    if (formatted !== source) differences.push({ file, line: firstDifferentLine(source, formatted) });
  }
  return differences;
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return i + 1;
}
