// The emulator against the shared examples (DynamoApiExamples.json): what the Apex tests send must be
// accepted, broken variants rejected with Dynamo's documented status and a reason.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type DynamoEmulator, startEmulator } from '../dynamo-emulator.ts';
import { loadExamples } from '../shared-examples.ts';

const examples = loadExamples();
const TASK_ID = /^t-[0-9a-f]{32}$/;
let emulator: DynamoEmulator;
let now = Date.parse('2025-01-01T00:00:00Z');

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-dynamo-api-key': emulator.apiKey, 'x-dynamo-tenant-id': emulator.tenantId, ...extra };
}

function postJson(body: unknown, extraHeaders: Record<string, string> = {}) {
  return fetch(`${emulator.url}/v1/task`, {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json', ...extraHeaders }),
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
}

function postRaw(body: Buffer | string, contentType: string) {
  // Node 20 types Buffer apart from BodyInit; a Uint8Array view sends the same bytes.
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  return fetch(`${emulator.url}/v1/task`, {
    method: 'POST',
    headers: headers({ 'content-type': contentType }),
    body: bytes
  });
}

/** A request example as a loosely typed object, for breaking it in tests. */
type Json = Record<string, unknown> & {
  params: Record<string, unknown>;
  integration: Record<string, unknown>;
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A small binary DAP: a zip signature followed by every byte value, so any text mangling shows. */
const DAP_BYTES = Buffer.concat([
  Buffer.from('PK\u0003\u0004', 'latin1'),
  Buffer.from([...Array(256).keys()])
]);

/** The multipart body exactly as the Post Task page lays it out (CRLF line ends). */
function handWrittenMultipart(boundary: string, data: unknown, params: Record<string, unknown> = {}): Buffer {
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="template"; filename="example.dap"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n'
    ),
    DAP_BYTES,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="data";\r\nContent-Type: application/json\r\n\r\n` +
        JSON.stringify(data, null, 2)
    )
  ];
  for (const [name, value] of Object.entries(params)) {
    parts.push(
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="param.${name}";\r\n` +
          `Content-Type: application/json\r\n\r\n${JSON.stringify(value)}`
      )
    );
  }
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

before(async () => {
  emulator = await startEmulator({ clock: () => now, statusStepMs: 1000, slowMs: 300, receivedLimit: 5 });
});
after(() => emulator.close());
beforeEach(() => {
  emulator.setScenario('success');
  emulator.resetUsage();
  emulator.clearReceived();
  emulator.resetStats();
});

describe('JSON mode', () => {
  test('accepts requests.json with 202, a t- task ID, Success and usage', async () => {
    const response = await postJson(examples.requests.json);
    assert.equal(response.status, 202);
    const body = (await response.json()) as { taskID: string; message: string; usage: unknown };
    assert.match(body.taskID, TASK_ID);
    assert.equal(body.message, 'Success');
    assert.deepEqual(body.usage, { api: { term: 1, termMax: 10000 }, signature: { term: 0, termMax: 1000 } });
  });

  test('accepts requests.jsonWithExtraParams and records the exact body and headers', async () => {
    const response = await postJson(examples.requests.jsonWithExtraParams);
    assert.equal(response.status, 202);
    const [received] = emulator.received();
    assert.equal(received.mode, 'json');
    assert.deepEqual(received.json, examples.requests.jsonWithExtraParams);
    assert.equal(received.headers['x-dynamo-api-key'], emulator.apiKey);
    assert.equal(received.headers['x-dynamo-tenant-id'], examples.ids.orgId);
    assert.equal(received.response.status, 202);
  });

  test('counts api usage per accepted task and signatures for signing templates', async () => {
    emulator.registerTemplate(examples.ids.templateId, { signing: true });
    try {
      await postJson(examples.requests.json);
      const second = (await (await postJson(examples.requests.json)).json()) as { usage: unknown };
      assert.deepEqual(second.usage, {
        api: { term: 2, termMax: 10000 },
        signature: { term: 2, termMax: 1000 }
      });
    } finally {
      emulator.registerTemplate(examples.ids.templateId, { signing: false });
    }
    const third = (await (await postJson(examples.requests.json)).json()) as { usage: unknown };
    assert.deepEqual(third.usage, {
      api: { term: 3, termMax: 10000 },
      signature: { term: 2, termMax: 1000 }
    });
  });

  const broken: Array<[string, (body: Json) => unknown, RegExp]> = [
    [
      'a template that is not a ContentDocument Id',
      (b) => ({ ...b, template: '0015g00000XyZabAAB' }),
      /template/
    ],
    ['a missing template', ({ template: _t, ...b }) => b, /template/],
    ['params that are not an object', (b) => ({ ...b, params: '0015g00000XyZabAAB' }), /params/],
    ['a missing params.id', (b) => ({ ...b, params: { language: 'fi' } }), /params\.id/],
    ['a malformed params.id', (b) => ({ ...b, params: { id: 'not-an-id' } }), /params\.id/],
    [
      'an integration type other than Salesforce',
      (b) => ({ ...b, integration: { ...b.integration, type: 'Other' } }),
      /type/
    ],
    ['a missing sessionID', (b) => ({ ...b, integration: { ...b.integration, sessionID: '' } }), /sessionID/],
    [
      'a serverURL that is not https',
      (b) => ({ ...b, integration: { ...b.integration, serverURL: 'http://x.test' } }),
      /https/
    ],
    ['an unexpected top-level field', (b) => ({ ...b, templateId: b.template }), /unexpected/],
    ['an array body', (b) => [b], /JSON object/]
  ];
  for (const [name, breakIt, reason] of broken) {
    test(`rejects ${name} with 400 and a reason`, async () => {
      const response = await postJson(breakIt(clone(examples.requests.json) as Json));
      assert.equal(response.status, 400);
      const body = (await response.json()) as { message: string; reason: string };
      assert.equal(body.message, (examples.responses.badRequest.body as { message: string }).message);
      assert.match(body.reason, reason);
    });
  }

  test('rejects a body that is not JSON, and a wrong content type', async () => {
    assert.equal((await postJson('{"template": ')).status, 400);
    const response = await postRaw(JSON.stringify(examples.requests.json), 'text/plain');
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { reason: string }).reason, /Content-Type/);
  });
});

describe('multipart mode', () => {
  test('accepts requests.multipartData with a binary template and merges param.<name> parts', async () => {
    const body = handWrittenMultipart('boundary', examples.requests.multipartData, {
      additionalData: { data1: 'abc', data2: { data3: 'xyz' } }
    });
    const response = await postRaw(body, 'multipart/form-data;boundary="boundary"');
    assert.equal(response.status, 202);
    assert.match(((await response.json()) as { taskID: string }).taskID, TASK_ID);
    const [received] = emulator.received();
    assert.equal(received.mode, 'multipart');
    assert.ok(received.multipart);
    assert.equal(received.multipart.template.fileName, 'example.dap');
    assert.equal(received.multipart.template.mimeType, 'application/octet-stream');
    assert.deepEqual(received.multipart.template.bytes, DAP_BYTES);
    assert.deepEqual(received.multipart.data, examples.requests.multipartData);
    assert.deepEqual(received.multipart.paramParts, {
      additionalData: { data1: 'abc', data2: { data3: 'xyz' } }
    });
  });

  test('accepts what an independent encoder (fetch FormData) produces', async () => {
    const form = new FormData();
    form.append('template', new Blob([DAP_BYTES], { type: 'application/octet-stream' }), 'Quote.dap');
    form.append(
      'data',
      new Blob([JSON.stringify(examples.requests.multipartData)], { type: 'application/json' })
    );
    const response = await fetch(`${emulator.url}/v1/task`, {
      method: 'POST',
      headers: headers(),
      body: form
    });
    assert.equal(response.status, 202);
    assert.deepEqual(emulator.received()[0].multipart?.template.bytes, DAP_BYTES);
  });

  test('counts a signature when the embedded file name is flagged as signing', async () => {
    emulator.registerTemplate('example.dap', { signing: true });
    try {
      const response = await postRaw(
        handWrittenMultipart('b', examples.requests.multipartData),
        'multipart/form-data; boundary=b'
      );
      const body = (await response.json()) as { usage: { signature: { term: number } } };
      assert.equal(body.usage.signature.term, 1);
    } finally {
      emulator.registerTemplate('example.dap', { signing: false });
    }
  });

  const data = examples.requests.multipartData as Json;
  const brokenBodies: Array<[string, () => Buffer, string, RegExp]> = [
    [
      'no template part',
      () =>
        handWrittenMultipart('b', data).subarray(handWrittenMultipart('b', data).indexOf('\r\n--b\r\n') + 2),
      'multipart/form-data; boundary=b',
      /template/
    ],
    [
      'a data part that is not JSON',
      () =>
        Buffer.from(
          '--b\r\nContent-Disposition: form-data; name="template"; filename="x.dap"\r\n\r\nPK\r\n' +
            '--b\r\nContent-Disposition: form-data; name="data"\r\n\r\n{nope\r\n--b--\r\n'
        ),
      'multipart/form-data; boundary=b',
      /data part/
    ],
    [
      'data without integration',
      () => handWrittenMultipart('b', { params: data.params }),
      'multipart/form-data; boundary=b',
      /integration/
    ],
    [
      'a template key inside data',
      () => handWrittenMultipart('b', { ...data, template: examples.ids.templateId }),
      'multipart/form-data; boundary=b',
      /unexpected/
    ],
    [
      'a param part that sets id',
      () => handWrittenMultipart('b', data, { id: '001000000000001AAA' }),
      'multipart/form-data; boundary=b',
      /param\.id/
    ],
    [
      'a param part that is not JSON',
      () =>
        Buffer.from(
          handWrittenMultipart('b', data, { x: 1 })
            .toString('latin1')
            .replace('\r\n\r\n1\r\n', '\r\n\r\n{1\r\n'),
          'latin1'
        ),
      'multipart/form-data; boundary=b',
      /param\.x/
    ],
    [
      'a multipart content type without boundary',
      () => handWrittenMultipart('b', data),
      'multipart/form-data',
      /multipart/
    ]
  ];
  for (const [name, body, contentType, reason] of brokenBodies) {
    test(`rejects ${name} with 400 and a reason`, async () => {
      const response = await postRaw(body(), contentType);
      assert.equal(response.status, 400);
      assert.match(((await response.json()) as { reason: string }).reason, reason);
    });
  }
});

describe('authentication and quota', () => {
  test('a missing or wrong API key is 401 with the shared example body', async () => {
    for (const key of ['', 'wrong-key']) {
      const response = await fetch(`${emulator.url}/v1/task`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-dynamo-tenant-id': emulator.tenantId,
          ...(key ? { 'x-dynamo-api-key': key } : {})
        },
        body: JSON.stringify(examples.requests.json)
      });
      assert.equal(response.status, 401);
      const body = (await response.json()) as Record<string, unknown>;
      assert.equal(body.message, (examples.responses.unauthorized.body as Record<string, unknown>).message);
    }
  });

  test('an unknown tenant is 403', async () => {
    const response = await postJson(examples.requests.json, { 'x-dynamo-tenant-id': '00D000000000001AAA' });
    assert.equal(response.status, 403);
    assert.match(((await response.json()) as { reason: string }).reason, /unknown tenant/);
  });

  test('a tenant without an API licence is 403', async () => {
    const unlicensed = await startEmulator({
      tenants: [{ tenantId: examples.ids.orgId, apiKey: 'k', apiLicence: false }]
    });
    try {
      const response = await fetch(`${unlicensed.url}/v1/task`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-dynamo-api-key': 'k',
          'x-dynamo-tenant-id': examples.ids.orgId
        },
        body: JSON.stringify(examples.requests.json)
      });
      assert.equal(response.status, 403);
    } finally {
      await unlicensed.close();
    }
  });

  test('the last task of the term is accepted, the next one is 403 and not counted', async () => {
    emulator.setUsage({ api: { term: 9999 } });
    const last = (await (await postJson(examples.requests.json)).json()) as { usage: { api: unknown } };
    assert.deepEqual(last.usage.api, { term: 10000, termMax: 10000 });
    const refused = await postJson(examples.requests.json);
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { reason: string }).reason, /API quota exhausted/);
    assert.equal(emulator.tenant().api.term, 10000);
  });

  test('quota scenarios put the next task at 85 % and 96 %, and exhausted refuses it', async () => {
    emulator.setScenario('quotaWarning');
    assert.deepEqual(
      ((await (await postJson(examples.requests.json)).json()) as { usage: { api: unknown } }).usage.api,
      {
        term: 8500,
        termMax: 10000
      }
    );
    emulator.setScenario('quotaCritical');
    assert.deepEqual(
      ((await (await postJson(examples.requests.json)).json()) as { usage: { api: unknown } }).usage.api,
      {
        term: 9600,
        termMax: 10000
      }
    );
    emulator.setScenario('quotaExhausted');
    assert.equal((await postJson(examples.requests.json)).status, 403);
  });
});

describe('fault scenarios', () => {
  const fixed = Object.entries(examples.responses).filter(([name]) => name !== 'accepted');
  test('every shared example response except accepted is a scenario', () => {
    assert.ok(fixed.length >= 11);
    for (const [name] of fixed) assert.ok(emulator.scenarios().includes(name), name);
  });
  for (const [name, example] of fixed) {
    test(`scenario ${name} answers ${example.status} with the example body verbatim`, async () => {
      emulator.setScenario(name);
      const response = await postJson(examples.requests.json);
      assert.equal(response.status, example.status);
      const text = await response.text();
      assert.equal(text, typeof example.body === 'string' ? example.body : JSON.stringify(example.body));
      assert.equal(emulator.received().length, 1, 'the request is still recorded');
    });
  }

  test('slow answers after slowMs, and still accepts the task', async () => {
    emulator.setScenario('slow');
    const started = performance.now();
    const response = await postJson(examples.requests.json);
    assert.ok(performance.now() - started >= 290);
    assert.equal(response.status, 202);
  });

  test('an unknown scenario is refused', () => {
    assert.throws(() => emulator.setScenario('nope'), /unknown scenario/);
  });
});

describe('received requests and statistics', () => {
  test('keeps only the most recent requests, but counts them all', async () => {
    for (let i = 0; i < 7; i++) await postJson(examples.requests.json);
    await postJson({});
    assert.equal(emulator.received().length, 5);
    assert.equal(emulator.received().at(-1)?.response.status, 400);
    assert.deepEqual(emulator.stats(), { requests: 8, accepted: 7, rejected: 1 });
  });
});

describe('GET /v1/task/:taskId', () => {
  test('progresses Received → Queued → Running → Ready with a result file', async () => {
    const { taskID } = (await (await postJson(examples.requests.json)).json()) as { taskID: string };
    const seen: string[] = [];
    let last: {
      statusMessage: string;
      completed: boolean;
      errors: boolean;
      resultList: Array<{ url: string }>;
    } = {
      statusMessage: '',
      completed: false,
      errors: false,
      resultList: []
    };
    for (let step = 0; step < 5; step++) {
      last = (await (
        await fetch(`${emulator.url}/v1/task/${taskID}`, { headers: headers() })
      ).json()) as typeof last;
      seen.push(last.statusMessage);
      if (step < 3) assert.equal(last.completed, false);
      now += 1000;
    }
    assert.deepEqual(seen, ['Received', 'Queued', 'Running', 'Ready', 'Ready']);
    assert.equal(last.completed, true);
    assert.equal(last.errors, false);
    assert.equal(last.resultList.length, 1);
    const file = await fetch(last.resultList[0].url);
    assert.equal(file.status, 200);
    assert.match(await file.text(), /^%PDF/);
  });

  test('an unknown task is 404 and a missing key 401', async () => {
    assert.equal(
      (await fetch(`${emulator.url}/v1/task/t-${'0'.repeat(32)}`, { headers: headers() })).status,
      404
    );
    assert.equal((await fetch(`${emulator.url}/v1/task/t-${'0'.repeat(32)}`)).status, 401);
  });
});
