// Where the tools live: this project's own node_modules, whichever root a gate checks (fixtures included).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path inside an installed package (works for files a package does not export, like .d.ts or jars). */
export function packagePath(packageName: string, ...inside: string[]): string {
  return path.join(PROJECT_ROOT, 'node_modules', packageName, ...inside);
}

/** An installed package's executable in node_modules/.bin. */
export function binPath(name: string): string {
  return path.join(PROJECT_ROOT, 'node_modules', '.bin', name);
}
