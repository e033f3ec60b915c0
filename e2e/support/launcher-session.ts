// One workbench and one browser per e2e file, with what every scenario needs: a fresh page on the record
// page, a screenshot per scenario, and a check of every response body the browser receives for the session.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../workbench/workbench-server.ts';
import { type ChromiumSession, launchChromium } from './chromium.ts';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

export interface LauncherSession {
  workbench: Workbench;
  chromium: ChromiumSession;
  /** URLs of responses whose body carried the session placeholder: must stay empty. */
  leaks: string[];
  /** How many response bodies were read for the check (so an empty leak list means something). */
  bodiesChecked(): number;
  /** Errors the page threw: a healthy page throws none. */
  pageErrors: string[];
  open(query?: Record<string, string>): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startLauncherSession(options: WorkbenchOptions = {}): Promise<LauncherSession> {
  const workbench = await startWorkbench({ build: 'if-stale', timeoutSeconds: 2, ...options });
  let chromium: ChromiumSession;
  try {
    chromium = await launchChromium();
  } catch (error) {
    await workbench.close();
    throw error;
  }
  const leaks: string[] = [];
  const pageErrors: string[] = [];
  const pendingChecks = new Set<Promise<void>>();
  let checked = 0;
  chromium.context.on('response', (response) => {
    const check = response
      .body()
      .then((body) => {
        checked += 1;
        if (body.includes(workbench.sessionPlaceholder)) leaks.push(response.url());
      })
      .catch(() => undefined) // redirects and aborted loads have no body
      .finally(() => pendingChecks.delete(check));
    pendingChecks.add(check);
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    workbench,
    chromium,
    leaks,
    pageErrors,
    bodiesChecked: () => checked,
    async open(query = {}) {
      const page = await chromium.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const search = new URLSearchParams(query).toString();
      await page.goto(`${workbench.url}/${search ? `?${search}` : ''}`);
      await page.waitForSelector('c-dynamo-task-launcher');
      return page;
    },
    async screenshot(page, name) {
      const path = `${SCREENSHOT_DIR}${name}.png`;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await Promise.all(pendingChecks);
      await chromium.close();
      await workbench.close();
    }
  };
}
