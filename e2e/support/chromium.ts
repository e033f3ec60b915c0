// Headless Debian Chromium for the e2e suite, driven by playwright-core, with a fresh profile every run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that work on our machines and in CI (no sandbox in containers, no network chatter). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export interface ChromiumSession {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium (apt-get install chromium) ` +
        'or set CHROMIUM_PATH; the e2e suite does not run without a browser.'
    );
  }
  // A fresh --user-data-dir: Playwright passes it for a persistent context, so no earlier state leaks in.
  const userDataDir = mkdtempSync(join(tmpdir(), 'dynamo-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 1000 }
  });
  // Failing fast keeps a broken scenario from eating the suite's time budget.
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };
}
