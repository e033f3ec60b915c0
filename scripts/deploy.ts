// Deploys force-app to an org with the sf CLI: `npm run deploy -- --target-org <alias> [sf deploy flags]`.
// npm run deploy builds first, so the org receives each component's compiled .js (.forceignore keeps the .ts
// sources and __tests__ out). Every argument is passed on to `sf project deploy start`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SF_QUIET } from './sf-env.ts';

const SOURCE_SELECTORS = ['--source-dir', '-d', '--manifest', '-x', '--metadata', '-m', '--metadata-dir'];

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'usage: npm run deploy -- --target-org <alias> [--dry-run] [--test-level RunLocalTests] [...sf flags]'
    );
  }
  if (!args.some((arg) => SOURCE_SELECTORS.includes(arg.split('=')[0])))
    args.unshift('--source-dir', 'force-app');
  const asksHelp = args.includes('--help') || args.includes('-h');
  if (!asksHelp && !args.some((arg) => ['--target-org', '-o'].includes(arg.split('=')[0]))) {
    console.warn('deploy: no --target-org given; sf uses your default org (sf config get target-org)');
  }

  const sf = path.join(process.cwd(), 'node_modules', '.bin', 'sf');
  console.log(`deploy: sf project deploy start ${args.join(' ')}`);
  const result = spawnSync(sf, ['project', 'deploy', 'start', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...SF_QUIET }
  });
  if (result.error) {
    console.error(`deploy: cannot run the sf CLI (${result.error.message}); run npm install`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}

main();
