// The whole flow in headless Chromium: the real component on the workbench's record page, the Apex
// stand-in and the Dynamo emulator. Each scenario saves a screenshot to artifacts/screenshots/.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadExamples } from '../emulator/shared-examples.ts';
import { loadCustomLabels } from '../workbench/salesforce-metadata.ts';
import { createTemplateLibrary, SEEDED_IDS, templateBytes } from '../workbench/template-library.ts';
import { type LauncherSession, startLauncherSession } from './support/launcher-session.ts';

const examples = loadExamples();
const labels = loadCustomLabels();
const TASK_ID = /^t-[0-9a-f]{32}$/;
const README_SCREENSHOT = fileURLToPath(new URL('../docs/workbench.png', import.meta.url));
let session: LauncherSession;

function runButton(page: Page) {
  return page.getByRole('button', { name: 'Start Dynamo task' });
}

/** SLDS hides the native radio behind its label, so a user (and this test) clicks the label. */
async function pickTemplate(page: Page, title: string): Promise<void> {
  await page.locator('label.slds-radio__label', { has: page.getByText(title, { exact: true }) }).click();
  assert.equal(await page.getByRole('radio', { name: title, exact: true }).isChecked(), true);
}

async function taskIdShown(page: Page): Promise<string> {
  const taskId = page.locator('.task-id');
  await taskId.waitFor();
  return (await taskId.textContent())?.trim() ?? '';
}

async function errorShown(page: Page): Promise<string> {
  const alert = page.locator('.post-error p').first();
  await alert.waitFor();
  return (await alert.textContent())?.trim() ?? '';
}

/** The request the Apex client would send for the workbench's record in JSON mode. */
function expectedJsonRequest(extraParams: Record<string, unknown> = {}) {
  const request = structuredClone(examples.requests.json) as {
    template: string;
    params: Record<string, unknown>;
    integration: Record<string, unknown>;
  };
  request.template = SEEDED_IDS.quote;
  request.params = { id: session.workbench.recordId, ...extraParams };
  request.integration.sessionID = session.workbench.sessionPlaceholder;
  return request;
}

before(async () => {
  session = await startLauncherSession();
});

after(async () => {
  await session?.close();
});

beforeEach(() => {
  session.workbench.setScenario('success');
  session.workbench.setFaults({
    noPermission: false,
    namedCredentialMissing: false,
    sessionUnavailable: false
  });
  session.workbench.resetCounters();
  session.workbench.emulator.clearReceived();
});

describe('happy path', () => {
  test('pick a template, run once: task ID, quota bars, and Dynamo got the exact JSON', async () => {
    const page = await session.open();
    await pickTemplate(page, 'Quote');
    await runButton(page).click();
    assert.match(await taskIdShown(page), TASK_ID);
    await assert.doesNotReject(page.locator('.task-message', { hasText: 'Success' }).waitFor());

    const meters = page.locator('.quota-meter');
    assert.equal(await meters.count(), 2);
    assert.equal(
      (await meters.nth(0).locator('.quota-summary').textContent())?.trim(),
      '1 / 10,000, 9,999 left'
    );
    assert.equal(
      (await meters.nth(1).locator('.quota-summary').textContent())?.trim(),
      '0 / 1,000, 1,000 left'
    );
    assert.equal(await page.locator('lightning-progress-bar').count(), 2);

    const [received] = session.workbench.emulator.received();
    assert.equal(received.mode, 'json');
    assert.deepEqual(received.json, expectedJsonRequest());
    assert.equal(received.headers['x-dynamo-api-key'], session.workbench.emulator.apiKey);
    assert.equal(received.headers['x-dynamo-tenant-id'], examples.ids.orgId);
    assert.equal(received.headers['content-type'], 'application/json');

    assert.deepEqual(session.workbench.counters().apex, {
      listTemplates: 1,
      getTemplate: 0,
      postTask: 1,
      total: 2
    });
    assert.equal(session.workbench.counters().dynamo.requests, 1);
    const shot = await session.screenshot(page, 'happy-path');
    mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
    copyFileSync(shot, README_SCREENSHOT);
    await page.close();
  });
});
