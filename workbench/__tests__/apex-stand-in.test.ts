// The Apex stand-in against the controller's rules: each input problem gives its own Custom Label, before
// any callout; template lists are capped, sorted and searched like the SOQL in DynamoTemplateSelector.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type DynamoEmulator, startEmulator } from '../../emulator/dynamo-emulator.ts';
import { loadExamples } from '../../emulator/shared-examples.ts';
import { ApexStandIn, type FakeOrg, HARD_MAX_RESULTS, NO_FAULTS, type OrgFaults } from '../apex-stand-in.ts';
import { makeId } from '../salesforce-ids.ts';
import { loadLauncherSettings } from '../salesforce-metadata.ts';
import { StandInError } from '../stand-in-error.ts';
import {
  createTemplateLibrary,
  LEGAL_LIBRARY,
  SEEDED_IDS,
  type TemplateLibrary
} from '../template-library.ts';

const examples = loadExamples();
const RECORD_ID = examples.ids.recordId;
let emulator: DynamoEmulator;
let library: TemplateLibrary;
let faults: OrgFaults;
let standIn: ApexStandIn;

const org: FakeOrg = {
  orgId: examples.ids.orgId,
  myDomainUrl: 'https://example.my.salesforce.com',
  records: new Map([[RECORD_ID.slice(0, 15), { name: 'Acme Corporation', objectApiName: 'Account' }]]),
  sessionId: 'WORKBENCH-SESSION-test'
};

async function rejectsWith(action: () => unknown, label: string, args: unknown[] = []): Promise<void> {
  await assert.rejects(
    async () => action(),
    (error: unknown) => {
      assert.ok(error instanceof StandInError, `expected ${label}, got ${String(error)}`);
      assert.equal(error.label, label);
      assert.deepEqual(error.args, args);
      return true;
    }
  );
}

function post(request: Record<string, unknown>) {
  return standIn.postTask({
    request: { templateId: SEEDED_IDS.quote, recordId: RECORD_ID, ...request } as never
  });
}

before(async () => {
  emulator = await startEmulator({ slowMs: 1500 });
});
after(() => emulator.close());
beforeEach(() => {
  library = createTemplateLibrary('seed');
  faults = { ...NO_FAULTS };
  emulator.setScenario('success');
  emulator.resetStats();
  emulator.clearReceived();
  standIn = new ApexStandIn({
    org,
    settings: loadLauncherSettings(),
    library: () => library,
    faults: () => faults,
    dynamo: () => ({ baseUrl: emulator.url, apiKey: emulator.apiKey, tenantId: org.orgId, timeoutSeconds: 1 })
  });
});

describe('postTask', () => {
  test('posts the JSON body the Apex client builds and returns the contract TaskResult', async () => {
    const result = await post({ extraParams: '{"language":"fi"}' });
    assert.match(result.taskId, /^t-[0-9a-f]{32}$/);
    assert.equal(result.message, 'Success');
    assert.deepEqual(result.usage, {
      api: { term: 1, termMax: 10000 },
      signature: { term: 0, termMax: 1000 }
    });
    assert.equal(result.mode, 'json');
    assert.equal(result.recordId, RECORD_ID);
    assert.match(result.submittedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const [received] = emulator.received();
    assert.deepEqual(received.json, {
      template: SEEDED_IDS.quote,
      params: { id: RECORD_ID, language: 'fi' },
      integration: {
        type: 'Salesforce',
        sessionID: org.sessionId,
        serverURL: `https://example.my.salesforce.com/services/Soap/u/65.0/${org.orgId}`
      }
    });
  });

  const inputProblems: Array<[string, Record<string, unknown>, string, unknown[]]> = [
    ['a blank template', { templateId: '  ' }, 'DL_Error_TemplateRequired', []],
    ['a template Id of another object', { templateId: RECORD_ID }, 'DL_Error_TemplateInvalidId', []],
    [
      'a template Id with a wrong suffix',
      { templateId: `${SEEDED_IDS.quote.slice(0, 15)}ZZZ` },
      'DL_Error_TemplateInvalidId',
      []
    ],
    ['a template nobody shared', { templateId: makeId('069', 999) }, 'DL_Error_TemplateNotFound', []],
    [
      'a file that is not a DAP',
      { templateId: SEEDED_IDS.priceListPdf },
      'DL_Error_TemplateNotDap',
      ['Price List.pdf']
    ],
    ['no record', { recordId: '' }, 'DL_Error_RecordRequired', []],
    ['a malformed record Id', { recordId: 'not-an-id' }, 'DL_Error_RecordInvalidId', []],
    ['a record the user cannot see', { recordId: makeId('001', 77) }, 'DL_Error_RecordNotFound', []],
    ['extra params that are not JSON', { extraParams: '{language' }, 'DL_Error_ExtraParamsNotObject', []],
    ['extra params that are a list', { extraParams: '["fi"]' }, 'DL_Error_ExtraParamsNotObject', []],
    ['extra params that set id', { extraParams: '{"id":"x"}' }, 'DL_Error_ExtraParamsId', []],
    ['an unknown mode', { mode: 'xml' }, 'DL_Error_ModeInvalid', ['xml']],
    ['an unknown, long mode', { mode: 'x'.repeat(50) }, 'DL_Error_ModeInvalid', [`${'x'.repeat(37)}...`]],
    [
      'an embedded template over the limit',
      { templateId: SEEDED_IDS.productCatalogue, mode: 'multipart' },
      'DL_Error_TemplateTooLarge',
      ['3.1', '1']
    ]
  ];
  for (const [name, request, label, args] of inputProblems) {
    test(`${name} → ${label}, with no callout`, async () => {
      await rejectsWith(() => post(request), label, args);
      assert.equal(emulator.stats().requests, 0);
    });
  }

  test('the template is checked before the record, the permission before everything', async () => {
    await rejectsWith(() => post({ templateId: '', recordId: '' }), 'DL_Error_TemplateRequired');
    faults.noPermission = true;
    await rejectsWith(() => post({ templateId: '' }), 'DL_Error_NoPermission');
  });

  test('the session fails before the named credential, both before any callout', async () => {
    faults = { ...NO_FAULTS, sessionUnavailable: true, namedCredentialMissing: true };
    await rejectsWith(() => post({}), 'DL_Error_Session');
    faults.sessionUnavailable = false;
    await rejectsWith(() => post({}), 'DL_Error_NamedCredential', ['Documill_Dynamo']);
    assert.equal(emulator.stats().requests, 0);
  });

  const answers: Array<[string, string, unknown[]]> = [
    ['badRequest', 'DL_Error_Http400', []],
    ['unauthorized', 'DL_Error_Http401', []],
    ['forbidden', 'DL_Error_Http403', []],
    ['serverError', 'DL_Error_Http500', []],
    ['tooManyRequests', 'DL_Error_Http429', []],
    ['serviceUnavailable', 'DL_Error_HttpUnavailable', [503]],
    ['notJson', 'DL_Error_ResponseNotJson', []],
    ['empty', 'DL_Error_ResponseEmpty', []],
    ['acceptedWithoutTaskId', 'DL_Error_ResponseNoTaskId', []],
    ['slow', 'DL_Error_Timeout', [1]]
  ];
  for (const [scenario, label, args] of answers) {
    test(`Dynamo scenario ${scenario} → ${label}`, async () => {
      emulator.setScenario(scenario);
      await rejectsWith(() => post({}), label, args);
    });
  }

  test('a connection refused is a callout failure', async () => {
    const closed = await startEmulator();
    const url = closed.url;
    await closed.close();
    standIn = new ApexStandIn({
      org,
      settings: loadLauncherSettings(),
      library: () => library,
      faults: () => faults,
      dynamo: () => ({ baseUrl: url, apiKey: 'k', tenantId: org.orgId, timeoutSeconds: 1 })
    });
    await rejectsWith(() => post({}), 'DL_Error_Callout');
  });

  test('usage without signature, and no usage at all, come back as the contract says', async () => {
    emulator.setScenario('acceptedApiUsageOnly');
    assert.deepEqual((await post({})).usage, { api: { term: 9500, termMax: 10000 }, signature: null });
    emulator.setScenario('acceptedWithoutUsage');
    assert.equal((await post({})).usage, null);
  });

  test('a signing template counts a signature in both modes', async () => {
    emulator.registerTemplate(SEEDED_IDS.serviceAgreement, { signing: true });
    emulator.registerTemplate('Service Agreement (e-signature).dap', { signing: true });
    assert.equal((await post({ templateId: SEEDED_IDS.serviceAgreement })).usage?.signature?.term, 1);
    assert.equal(
      (await post({ templateId: SEEDED_IDS.serviceAgreement, mode: 'multipart' })).usage?.signature?.term,
      2
    );
  });
});

describe('listTemplates and getTemplate', () => {
  test('lists only DAP files, by title, with the library names', () => {
    const list = standIn.listTemplates({});
    assert.deepEqual(
      list.templates.map((t) => t.title),
      ['Invoice', 'Order Confirmation', 'Product Catalogue', 'Quote', 'Service Agreement (e-signature)']
    );
    assert.equal(list.hasMore, false);
    assert.equal(list.maxResults, 50);
    assert.equal(list.templates[0].libraryId, null);
  });

  test('searches titles case-insensitively and filters by library', () => {
    assert.deepEqual(
      standIn.listTemplates({ searchTerm: '  ORDER ' }).templates.map((t) => t.title),
      ['Order Confirmation']
    );
    assert.deepEqual(
      standIn.listTemplates({ libraryId: LEGAL_LIBRARY.id }).templates.map((t) => t.id),
      [SEEDED_IDS.serviceAgreement]
    );
  });

  test('caps 10,000 templates at the requested and the hard maximum, and says there are more', () => {
    library = createTemplateLibrary(10_000);
    assert.equal(library.size, 10_000);
    const first = standIn.listTemplates({ maxResults: 20 });
    assert.equal(first.templates.length, 20);
    assert.equal(first.hasMore, true);
    const capped = standIn.listTemplates({ maxResults: 5000 });
    assert.equal(capped.templates.length, HARD_MAX_RESULTS);
    assert.equal(capped.maxResults, HARD_MAX_RESULTS);
    const titles = capped.templates.map((t) => t.title);
    assert.deepEqual(
      titles,
      [...titles].sort((a, b) => a.localeCompare(b))
    );
  });

  test('refuses a search term over 100 characters and a library Id of another object', async () => {
    await rejectsWith(
      () => standIn.listTemplates({ searchTerm: 'x'.repeat(101) }),
      'DL_Error_SearchTermTooLong'
    );
    await rejectsWith(() => standIn.listTemplates({ libraryId: RECORD_ID }), 'DL_Error_LibraryInvalidId');
  });

  test('getTemplate accepts the 15-character Id and checks the extension', async () => {
    assert.equal(standIn.getTemplate({ templateId: SEEDED_IDS.quote.slice(0, 15) }).fileName, 'Quote.dap');
    await rejectsWith(
      () => standIn.getTemplate({ templateId: SEEDED_IDS.priceListPdf }),
      'DL_Error_TemplateNotDap',
      ['Price List.pdf']
    );
  });
});
