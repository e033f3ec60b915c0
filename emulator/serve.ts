// `npm run emulator`: the Dynamo emulator on its own, for poking at it with curl or pointing a tool at it.
// Options: --port N (default 4331, or PORT), --scenario NAME, --slow-ms N.
import { parseArgs } from 'node:util';
import { startEmulator } from './dynamo-emulator.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      scenario: { type: 'string', default: 'success' },
      'slow-ms': { type: 'string' }
    }
  });
  const emulator = await startEmulator({
    port: Number(values.port ?? process.env.PORT ?? 4331),
    slowMs: values['slow-ms'] ? Number(values['slow-ms']) : undefined,
    log: (line) => console.log(line)
  });
  emulator.setScenario(values.scenario ?? 'success');
  console.log(`Dynamo emulator listening on ${emulator.url}`);
  console.log(`  headers: x-dynamo-api-key: ${emulator.apiKey}  x-dynamo-tenant-id: ${emulator.tenantId}`);
  console.log(`  scenario: ${emulator.scenario()} (known: ${emulator.scenarios().join(', ')})`);
  const shutdown = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`emulator: ${(error as Error).message}`);
  process.exit(1);
});
