// `npm start`: the workbench on http://127.0.0.1:4330 (or --port / PORT).
// Options: --library seed|N (N DAP templates for scale runs), --timeout-seconds N, --dev (LWC dev mode).
import { parseArgs } from 'node:util';
import { DEFAULT_PORT, startWorkbench } from './workbench-server.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      library: { type: 'string', default: 'seed' },
      'timeout-seconds': { type: 'string' },
      dev: { type: 'boolean', default: false }
    }
  });
  const library = values.library === 'seed' || values.library === undefined ? 'seed' : Number(values.library);
  const workbench = await startWorkbench({
    port: Number(values.port ?? process.env.PORT ?? DEFAULT_PORT),
    library,
    timeoutSeconds: values['timeout-seconds'] ? Number(values['timeout-seconds']) : undefined,
    development: values.dev,
    log: (line) => console.log(line)
  });
  console.log(`\nDynamo Launcher workbench: ${workbench.url}/`);
  console.log(`  Dynamo emulator: ${workbench.emulator.url} (scenario ${workbench.emulator.scenario()})`);
  console.log('  Press Ctrl+C to stop.');
  const shutdown = () => {
    void workbench.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`workbench: ${(error as Error).message}`);
  process.exit(1);
});
