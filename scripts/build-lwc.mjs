// Compiles each Lightning web component's .ts in place to the .js the platform deploys.
// tsconfig keeps decorators as decorator syntax (ESNext, no experimentalDecorators), which the LWC compiler needs.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
} catch {
  console.error('build: TypeScript compilation failed');
  process.exit(1);
}
