// The pieces the stand-in is built from: Custom Labels read as Apex reads them, the settings record,
// Salesforce Ids, and the Dynamo request builder checked against the emulator's independent parser.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMultipartTask } from '../../emulator/multipart-task.ts';
import { loadExamples } from '../../emulator/shared-examples.ts';
import { buildJsonRequest, buildMultipartRequest, type TaskToPost } from '../dynamo-callout.ts';
import { caseSafeSuffix, isSalesforceId, makeId } from '../salesforce-ids.ts';
import { apexStringFormat, loadCustomLabels, loadLauncherSettings } from '../salesforce-metadata.ts';

const examples = loadExamples();

/** The label names the common brief fixes; the stand-in answers with each of them. */
const BRIEF_LABELS = [
  'DL_Error_NoPermission',
  'DL_Error_TemplateRequired',
  'DL_Error_TemplateInvalidId',
  'DL_Error_TemplateNotFound',
  'DL_Error_TemplateNotDap',
  'DL_Error_TemplateTooLarge',
  'DL_Error_RecordRequired',
  'DL_Error_RecordInvalidId',
  'DL_Error_RecordNotFound',
  'DL_Error_ExtraParamsNotObject',
  'DL_Error_ExtraParamsId',
  'DL_Error_ModeInvalid',
  'DL_Error_NamedCredential',
  'DL_Error_Session',
  'DL_Error_Timeout',
  'DL_Error_Http400',
  'DL_Error_Http401',
  'DL_Error_Http403',
  'DL_Error_Http500',
  'DL_Error_Http429',
  'DL_Error_HttpUnavailable',
  'DL_Error_HttpOther',
  'DL_Error_ResponseEmpty',
  'DL_Error_ResponseNotJson',
  'DL_Error_ResponseNoTaskId',
  'DL_Error_Callout',
  'DL_Error_SearchTermTooLong',
  'DL_Error_Unexpected'
];

describe('Custom Labels', () => {
  const labels = loadCustomLabels();
  test('every label the brief names exists and has text', () => {
    for (const name of BRIEF_LABELS) assert.ok(labels.text(name).length > 10, name);
  });
  test('wrapped XML values read as one line', () => {
    for (const name of labels.names()) assert.doesNotMatch(labels.text(name), /\s{2,}|\n/, name);
  });
  test('placeholders are filled like String.format', () => {
    assert.match(labels.format('DL_Error_Timeout', 60), /within 60 seconds/);
    assert.match(labels.format('DL_Error_HttpUnavailable', 503), /HTTP 503/);
  });
  test("String.format's quote rules: a lone quote is eaten, doubled quotes give one", () => {
    assert.equal(apexStringFormat("can't {0}", ['x']), 'cant {0}');
    assert.equal(apexStringFormat("can''t {0}", ['x']), "can't x");
  });
  test('labels keep their apostrophes when formatted, as DynamoLauncherException.fromLabel does', () => {
    const apostrophed = labels.names().find((name) => labels.text(name).includes("'"));
    assert.ok(apostrophed, 'some label has an apostrophe');
    assert.equal(labels.format(apostrophed), labels.text(apostrophed));
  });
});

describe('settings and Ids', () => {
  test('the Default settings record, normalized like DynamoSettings.fromRecord', () => {
    const settings = loadLauncherSettings();
    assert.equal(settings.namedCredential, 'Documill_Dynamo');
    assert.ok(settings.timeoutSeconds >= 1 && settings.timeoutSeconds <= 120);
    assert.ok(settings.maxTemplateSizeMb > 0 && settings.maxTemplateSizeMb <= 1);
    assert.match(settings.serverUrlApiVersion, /^\d{2,3}\.0$/);
  });
  test('case-safe suffixes match a real Salesforce Id, and only right suffixes pass', () => {
    assert.equal(caseSafeSuffix('001D000000IqhSL'), 'IAZ');
    assert.ok(isSalesforceId('001D000000IqhSLIAZ'));
    assert.ok(!isSalesforceId('001D000000IqhSLIAA'));
    assert.ok(isSalesforceId('001D000000IqhSL'));
    assert.ok(isSalesforceId(makeId('069', 123456)));
  });
});

describe('the request builder, read back by the emulator', () => {
  const bytes = Buffer.from([0x50, 0x4b, 3, 4, 0, 13, 10, 45, 45, 255, 0x22, 59]);
  const task: TaskToPost = {
    mode: 'multipart',
    templateId: examples.ids.templateId,
    recordId: examples.ids.recordId,
    extraParams: { language: 'fi', options: { watermark: true, copies: 2 } },
    integration: examples.requests.json.integration as TaskToPost['integration'],
    embeddedTemplate: { fileName: 'Quote "v2".dap', bytes }
  };

  test('JSON mode equals the shared example with extra params', () => {
    const built = buildJsonRequest({ ...task, mode: 'json' });
    assert.equal(built.contentType, 'application/json');
    assert.deepEqual(JSON.parse(built.body.toString('utf8')), examples.requests.jsonWithExtraParams);
  });

  test('multipart mode: the bytes survive, data is the shared example, extras are param parts', async () => {
    const built = buildMultipartRequest(task);
    const parsed = await parseMultipartTask({ 'content-type': built.contentType }, built.body);
    assert.deepEqual(parsed.embeddedTemplate.bytes, bytes);
    assert.equal(parsed.embeddedTemplate.fileName, 'Quote %22v2%22.dap');
    assert.deepEqual(parsed.data, examples.requests.multipartData);
    assert.deepEqual(parsed.paramParts, { language: 'fi', options: { watermark: true, copies: 2 } });
  });
});
