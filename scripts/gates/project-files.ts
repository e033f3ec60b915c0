// Finds the project's source files the way every gate needs them: relative, sorted, without tool folders.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', 'coverage', 'artifacts', 'dist']);

/** Every file under `dir` (relative to `root`, forward slashes) whose name passes `accept`. */
export async function findFiles(
  root: string,
  dir: string,
  accept: (name: string) => boolean
): Promise<string[]> {
  const found: string[] = [];
  async function walk(abs: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return; // a missing folder simply holds no files; gates report the emptiness themselves
    }
    for (const entry of entries) {
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(child);
      } else if (accept(entry.name)) {
        found.push(toRelative(root, child));
      }
    }
  }
  await walk(path.join(root, dir));
  return found.sort();
}

export function toRelative(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** The package directories named in sfdx-project.json (force-app when the file is missing or unreadable). */
export async function packageDirectories(root: string): Promise<string[]> {
  try {
    const project = JSON.parse(await readFile(path.join(root, 'sfdx-project.json'), 'utf8')) as {
      packageDirectories?: Array<{ path: string }>;
    };
    const dirs = (project.packageDirectories ?? []).map((d) => d.path.replace(/\/$/, ''));
    return dirs.length > 0 ? dirs : ['force-app'];
  } catch {
    return ['force-app'];
  }
}

/** Every file in every package directory whose name passes `accept`. */
export async function findSourceFiles(root: string, accept: (name: string) => boolean): Promise<string[]> {
  const files: string[] = [];
  for (const dir of await packageDirectories(root)) files.push(...(await findFiles(root, dir, accept)));
  return files;
}

/** Lightning web component bundle folders (…/lwc/<name>), relative to root. */
export async function findLwcBundles(root: string): Promise<string[]> {
  const bundles = new Set<string>();
  for (const file of await findSourceFiles(root, () => true)) {
    const match = /^(.*\/lwc\/[^/]+)\/[^/]+$/.exec(file);
    if (match && !/^[._]/.test(path.basename(match[1]))) bundles.add(match[1]);
  }
  return [...bundles].sort();
}
