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

/**
 * The shared example request, exactly, but for the session: the workbench's record and template are the
 * examples' own Ids, so what Dynamo receives is what the Apex tests expect.
 */
function expectedJsonRequest() {
  const request = structuredClone(examples.requests.json) as { integration: Record<string, unknown> };
  request.integration.sessionID = session.workbench.sessionPlaceholder;
  return request;
}

before(async () => {
  session = await startLauncherSession();
});

after(async () => {
  await session?.close();
});

beforeEach(async () => {
  // A page left open by a failed scenario must not add calls to the next one's counters.
  for (const page of session.chromium.context.pages()) await page.close();
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
    await session.screenshot(page, 'happy-path');
    await page.close();
  });
});

describe('modes and settings', () => {
  test('multipart mode embeds the DAP bytes, sends params in the data part and extras as param parts', async () => {
    const page = await session.open({ taskMode: 'multipart', extraParams: '{"language":"fi","copies":2}' });
    await pickTemplate(page, 'Order Confirmation');
    await runButton(page).click();
    assert.match(await taskIdShown(page), TASK_ID);

    const [received] = session.workbench.emulator.received();
    assert.equal(received.mode, 'multipart');
    assert.match(received.headers['content-type'], /^multipart\/form-data; boundary=/);
    const orderConfirmation = createTemplateLibrary('seed').byId.get(SEEDED_IDS.orderConfirmation);
    assert.ok(orderConfirmation);
    assert.equal(received.multipart?.template.fileName, 'Order Confirmation.dap');
    assert.equal(received.multipart?.template.mimeType, 'application/octet-stream');
    assert.deepEqual(received.multipart?.template.bytes, templateBytes(orderConfirmation));
    const expectedData = structuredClone(examples.requests.multipartData) as Record<
      string,
      Record<string, unknown>
    >;
    expectedData.integration.sessionID = session.workbench.sessionPlaceholder;
    assert.deepEqual(received.multipart?.data, expectedData);
    assert.deepEqual(received.multipart?.paramParts, { language: 'fi', copies: 2 });
    await session.screenshot(page, 'multipart-mode');
    await page.close();
  });

  test('search runs on the server after typing settles, and shows only matches', async () => {
    const page = await session.open();
    await page.getByRole('radio', { name: 'Quote', exact: true }).waitFor({ state: 'attached' });
    await page.getByRole('searchbox', { name: 'Search templates' }).pressSequentially('serv', { delay: 40 });
    await page.getByRole('radio', { name: 'Invoice', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('radio', { name: 'Service Agreement (e-signature)' }).waitFor({ state: 'attached' });
    const titles = await page.locator('.template-option .slds-form-element__label').allTextContents();
    assert.deepEqual(titles, ['Service Agreement (e-signature)']);
    // The load, then one search for the settled term: never one per keystroke.
    assert.equal(session.workbench.counters().apex.listTemplates, 2);
    await session.screenshot(page, 'search');
    await page.close();
  });

  test('one-click mode: no picker, the default template posts with one click', async () => {
    const page = await session.open({ defaultTemplateOnly: 'true', defaultTemplateId: SEEDED_IDS.quote });
    await page.locator('.selected-template', { hasText: 'Quote' }).waitFor();
    assert.equal(await page.getByRole('radio').count(), 0);
    await runButton(page).click();
    assert.match(await taskIdShown(page), TASK_ID);
    assert.deepEqual(session.workbench.counters().apex, {
      listTemplates: 0,
      getTemplate: 1,
      postTask: 1,
      total: 2
    });
    assert.deepEqual(session.workbench.emulator.received()[0].json, expectedJsonRequest());
    await session.screenshot(page, 'one-click');
    await page.close();
  });

  test('the panel switches properties and the scenario without a restart', async () => {
    const page = await session.open();
    await page.locator('#panel-prop-cardTitle').fill('Generate documents');
    await page.locator('#panel-prop-buttonLabel').fill('Generate now');
    await page.locator('#panel-apply').click();
    await page.getByText('Generate documents').waitFor();
    await page.locator('#panel-scenario').selectOption('serverError');
    await page.locator('#panel-status', { hasText: 'serverError' }).waitFor();
    await pickTemplate(page, 'Invoice');
    await page.getByRole('button', { name: 'Generate now' }).click();
    assert.equal(await errorShown(page), labels.text('DL_Error_Http500'));
    assert.match(page.url(), /cardTitle=Generate\+documents/);
    await session.screenshot(page, 'panel-switch');
    await page.close();
  });
});

describe('errors and faults', () => {
  const dynamoFaults: Array<[string, string]> = [
    ['badRequest', labels.text('DL_Error_Http400')],
    ['unauthorized', labels.text('DL_Error_Http401')],
    ['forbidden', labels.text('DL_Error_Http403')],
    ['quotaExhausted', labels.text('DL_Error_Http403')],
    ['serverError', labels.text('DL_Error_Http500')],
    ['tooManyRequests', labels.text('DL_Error_Http429')],
    ['serviceUnavailable', labels.format('DL_Error_HttpUnavailable', 503)],
    ['notJson', labels.text('DL_Error_ResponseNotJson')],
    ['empty', labels.text('DL_Error_ResponseEmpty')],
    ['acceptedWithoutTaskId', labels.text('DL_Error_ResponseNoTaskId')],
    ['slow', labels.format('DL_Error_Timeout', 2)]
  ];

  test('each Dynamo answer and fault shows its own message inline and as a toast; retry works', async () => {
    const page = await session.open();
    await pickTemplate(page, 'Quote');
    for (const [scenario, message] of dynamoFaults) {
      session.workbench.setScenario(scenario);
      await runButton(page).click();
      await page.locator('.post-error p', { hasText: message }).waitFor({ timeout: 15_000 });
      assert.equal(await errorShown(page), message, scenario);
      await page.locator('[data-toast="error"] .toast-message', { hasText: message }).first().waitFor();
      await session.screenshot(page, `error-${scenario}`);
      await page.evaluate(() => document.querySelectorAll('[data-toast]').forEach((toast) => toast.remove()));
    }
    // Every fault reached Dynamo once (and nothing else did); the choice survived every failure.
    assert.equal(session.workbench.counters().dynamo.requests, dynamoFaults.length);
    session.workbench.setScenario('success');
    await runButton(page).click();
    assert.match(await taskIdShown(page), TASK_ID);
    assert.equal(await page.locator('.post-error').count(), 0);
    await page.close();
  });

  test('org conditions: permission, session and named credential, each before any callout', async () => {
    const page = await session.open();
    await pickTemplate(page, 'Quote');
    const conditions: Array<[Parameters<typeof session.workbench.setFaults>[0], string]> = [
      [{ noPermission: true }, labels.text('DL_Error_NoPermission')],
      [{ noPermission: false, sessionUnavailable: true }, labels.text('DL_Error_Session')],
      [
        { sessionUnavailable: false, namedCredentialMissing: true },
        labels.format('DL_Error_NamedCredential', 'Documill_Dynamo')
      ]
    ];
    for (const [faults, message] of conditions) {
      session.workbench.setFaults(faults);
      await runButton(page).click();
      await page.locator('.post-error p', { hasText: message }).waitFor();
      await session.screenshot(page, `org-${Object.keys(faults).at(-1)}`);
    }
    assert.equal(session.workbench.counters().dynamo.requests, 0);
    await page.close();
  });

  test('a template too large to embed, a record that is gone, a default that is not a DAP', async () => {
    let page = await session.open({ taskMode: 'multipart' });
    await pickTemplate(page, 'Product Catalogue');
    await runButton(page).click();
    assert.equal(await errorShown(page), labels.format('DL_Error_TemplateTooLarge', '3.1', '1'));
    await session.screenshot(page, 'error-template-too-large');
    await page.close();

    page = await session.open({ recordId: '001000000000001AAA' });
    await pickTemplate(page, 'Quote');
    await runButton(page).click();
    assert.equal(await errorShown(page), labels.text('DL_Error_RecordNotFound'));
    await page.close();

    page = await session.open({ defaultTemplateId: SEEDED_IDS.priceListPdf });
    const warning = page.locator('.default-template-warning');
    await warning.waitFor();
    assert.match(
      (await warning.textContent()) ?? '',
      new RegExp(
        labels.format('DL_Error_TemplateNotDap', 'Price List.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      )
    );
    await session.screenshot(page, 'error-default-not-dap');
    await page.close();
    assert.equal(session.workbench.counters().dynamo.requests, 0);
  });
});

describe('quota, double click and keyboard', () => {
  test('quota warning and critical levels, and usage not reported', async () => {
    const page = await session.open();
    await pickTemplate(page, 'Quote');
    session.workbench.setScenario('quotaWarning');
    await runButton(page).click();
    await page.locator('.quota-meter_warning', { hasText: '8,500 / 10,000, 1,500 left' }).waitFor();
    await page.getByText('Running low.').waitFor();
    // The README's picture: a task ID and both quota bars, one of them in warning colours. Refreshed only
    // on request (UPDATE_README_SCREENSHOT=1), so that a test run leaves the work tree as it found it.
    const shot = await session.screenshot(page, 'quota-warning');
    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
      copyFileSync(shot, README_SCREENSHOT);
    }

    session.workbench.setScenario('quotaCritical');
    await runButton(page).click();
    await page.locator('.quota-meter_error', { hasText: '9,600 / 10,000, 400 left' }).waitFor();
    await session.screenshot(page, 'quota-critical');

    session.workbench.setScenario('acceptedWithoutUsage');
    await runButton(page).click();
    await page.locator('.usage-not-reported').waitFor();
    assert.equal(
      await page.locator('.task-id').textContent(),
      (examples.responses.acceptedWithoutUsage.body as { taskID: string }).taskID
    );
    await page.close();
  });

  test('a double click posts one task', async () => {
    const page = await session.open();
    await pickTemplate(page, 'Quote');
    await runButton(page).dblclick();
    await taskIdShown(page);
    await page.waitForTimeout(300);
    assert.equal(session.workbench.counters().apex.postTask, 1);
    assert.equal(session.workbench.counters().dynamo.requests, 1);
    await page.close();
  });

  test('keyboard only: search, choose, run', async () => {
    const page = await session.open();
    await page.getByRole('radio', { name: 'Quote', exact: true }).waitFor({ state: 'attached' });
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    const search = page.getByRole('searchbox', { name: 'Search templates' });
    await search.focus();
    await page.keyboard.type('quo');
    await page.getByRole('radio', { name: 'Invoice', exact: true }).waitFor({ state: 'detached' });
    const quote = page.getByRole('radio', { name: 'Quote', exact: true });
    await quote.waitFor({ state: 'attached' });
    // Tab past the search box's own controls to the radio group, as a keyboard user would.
    for (
      let presses = 0;
      presses < 5 && !(await quote.evaluate((radio) => radio.matches(':focus')));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    assert.equal(await quote.isChecked(), true);
    await page.keyboard.press('Tab');
    assert.equal(await runButton(page).evaluate((button) => button.matches(':focus')), true);
    await page.keyboard.press('Enter');
    assert.match(await taskIdShown(page), TASK_ID);
    await session.screenshot(page, 'keyboard-only');
    await page.close();
  });
});

describe('the session never reaches the browser', () => {
  test('no response body the browser received carried the session placeholder', async () => {
    const page = await session.open();
    await pickTemplate(page, 'Quote');
    await runButton(page).click();
    await taskIdShown(page);
    assert.equal((await page.content()).includes(session.workbench.sessionPlaceholder), false);
    await page.close();
    // The placeholder did reach Dynamo, so its absence in the browser is not an accident of the check.
    assert.ok(
      session.workbench.emulator
        .received()
        .some((r) =>
          JSON.stringify(r.json ?? r.multipart?.data).includes(session.workbench.sessionPlaceholder)
        )
    );
    assert.ok(session.bodiesChecked() > 50, `only ${session.bodiesChecked()} bodies checked`);
    assert.deepEqual(session.leaks, []);
    assert.deepEqual(session.pageErrors, []);
  });
});
