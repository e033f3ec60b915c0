// Each platform gate passes on a good sample, reports the problems planted in a bad one at the right
// file:line, and fails on a project that holds nothing for it to check.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GATES } from '../gates/index.ts';
import type { Problem } from '../gates/problem.ts';
import { PROJECT_ROOT } from '../gates/tool-paths.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'gate-fixtures');

/** Planted problems: `file:line` and a fragment of the message each must carry. */
const PLANTED: Record<string, Array<[string, string]>> = {
  'apex-syntax': [
    ['force-app/main/default/classes/Broken.cls:4', "missing ';'"],
    ['force-app/main/default/classes/Ugly.cls:2', 'not prettier-formatted']
  ],
  'apex-semantics': [
    [
      'force-app/main/default/classes/Confused.cls:3',
      "Incompatible types in assignment, from 'System.String' to 'System.Integer'"
    ],
    ['force-app/main/default/classes/Confused.cls:4', "No matching method found for 'shout'"]
  ],
  pmd: [
    ['force-app/main/default/classes/AccountFinder.cls:1', 'ApexSharingViolations'],
    ['force-app/main/default/classes/AccountFinder.cls:4', 'ApexSOQLInjection'],
    ['force-app/main/default/pages/Hello.page:2', 'VfUnescapeEl']
  ],
  'metadata-xml': [
    ['force-app/main/default/classes/Greeter.cls-meta.xml:4', '"Enabled" is not a valid ApexCodeUnitStatus'],
    ['force-app/main/default/classes/Orphan.cls:0', 'missing Orphan.cls-meta.xml'],
    ['force-app/main/default/labels/CustomLabels.labels-meta.xml:6', '<label> is not a field of CustomLabel'],
    [
      'force-app/main/default/lwc/widget/widget.js-meta.xml:3',
      'apiVersion 58.0 differs from sourceApiVersion 65.0'
    ],
    ['force-app/main/default/lwc/widget/widget.js-meta.xml:6', 'unknown LWC target "lightning__RecordPag"'],
    ['force-app/main/default/lwc/widget/widget.js-meta.xml:9', 'is not listed in <targets>'],
    [
      'force-app/main/default/permissionsets/Greeter_User.permissionset-meta.xml:2',
      'root element <Profile> should be <PermissionSet>'
    ],
    ['force-app/main/default/staticresources/Greeting.resource-meta.xml:4', 'not well-formed XML']
  ],
  'lwc-compile': [
    ['force-app/main/default/lwc/widget/widget.html:3', 'LWC1034'],
    ['force-app/main/default/lwc/unbuilt/unbuilt.ts:0', 'not built'],
    ['force-app/main/default/lwc/unbuilt:0', 'no unbuilt.js']
  ],
  'source-convert': [
    [
      'force-app/main/default/classes/Greeter.cls-meta.xml:0',
      'ApexClass:Greeter is missing from the converted package.xml'
    ],
    ['<converted>/lwc/widget/widget.ts:0', 'local-only file']
  ],
  'lint-types': [
    ['force-app/main/default/lwc/widget/widget.ts:7', '@lwc/lwc/no-api-reassignments'],
    ['scripts/tool.ts:3', '@typescript-eslint/no-explicit-any'],
    ['scripts/tool.ts:4', "TS2322: Type 'string' is not assignable to type 'number'"],
    ['scripts/spacing.ts:3', 'not prettier-formatted']
  ],
  contract: [
    ['force-app/main/default/classes/GreeterController.cls:3', 'lacks parameter maxResults'],
    ['force-app/main/default/classes/GreeterController.cls:3', 'parameter maxResult is not declared'],
    ['force-app/main/default/classes/GreeterController.cls:3', 'must be @AuraEnabled(cacheable=true)'],
    ['force-app/main/default/classes/GreeterController.cls:8', 'send must be static'],
    ['force-app/main/default/classes/Greeting.cls:5', 'Greeting.text is Integer'],
    ['force-app/main/default/classes/Greeting.cls:1', 'no @AuraEnabled member tags'],
    ['force-app/main/default/classes/Greeting.cls:7', 'Greeting.secret is not declared']
  ],
  labels: [
    ['force-app/main/default/classes/Greeter.cls:4', 'Custom Label Greetings is not defined'],
    ['force-app/main/default/lwc/greeter/greeter.ts:4', 'Custom Label Farewell is not defined'],
    ['force-app/main/default/lwc/farewell/farewell.js:2', 'imported as @salesforce/label/c.Goodbye']
  ]
};

const located = (problems: Problem[]) => problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('platform gates', { concurrency: 2 }, () => {
  it('every gate has fixtures and planted problems', () => {
    assert.deepEqual(GATES.map((g) => g.name).sort(), Object.keys(PLANTED).sort());
  });

  for (const gate of GATES) {
    describe(gate.name, () => {
      it('passes on the good sample', async () => {
        assert.deepEqual(located(await gate.run(path.join(FIXTURES, gate.name, 'good'))), []);
      });

      it('reports exactly the planted problems in the bad sample', async () => {
        const problems = await gate.run(path.join(FIXTURES, gate.name, 'bad'));
        for (const [where, fragment] of PLANTED[gate.name]) {
          const hit = problems.find((p) => `${p.file}:${p.line}` === where && p.message.includes(fragment));
          assert.ok(hit, `expected ${where}: …${fragment}… in\n${located(problems).join('\n')}`);
        }
        assert.equal(problems.length, PLANTED[gate.name].length, located(problems).join('\n'));
        assert.ok(problems.every((p) => p.gate === gate.name));
      });

      if (gate.name !== 'labels') {
        it('fails on a project with nothing to check', async () => {
          const problems = await gate.run(path.join(FIXTURES, 'empty'));
          assert.ok(problems.length > 0, 'an empty project must not pass');
        });
      }
    });
  }
});

describe('pmd gate', () => {
  it('fails when PMD cannot load the ruleset, which PMD itself does silently', async () => {
    const { run } = await import('../gates/pmd.ts');
    const problems = await run(path.join(FIXTURES, 'pmd', 'broken-ruleset'));
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}`),
      ['config/pmd-ruleset.xml:0'],
      located(problems).join('\n')
    );
    assert.match(problems[0].message, /canary violations missing/);
  });
});

describe('check-platform', () => {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const runCli = (...args: string[]) =>
    spawnSync(tsx, ['--tsconfig', 'tsconfig.node.json', 'scripts/check-platform.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8'
    });

  it('prints file:line problems, a ✖ line and writes the JSON report on failure', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-platform-'));
    try {
      const report = path.join(dir, 'report.json');
      const result = runCli(
        '--only',
        'labels,contract',
        '--root',
        path.join(FIXTURES, 'labels', 'bad'),
        '--report',
        report
      );
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(
        result.stdout,
        /^force-app\/main\/default\/classes\/Greeter\.cls:4: Custom Label Greetings/m
      );
      assert.match(result.stdout, /^✖ labels \(\d+ ms\): 3 problems$/m);
      const written = JSON.parse(readFileSync(report, 'utf8')) as {
        gates: Array<{ name: string; ok: boolean; problems: Problem[]; ms: number }>;
      };
      assert.deepEqual(
        written.gates.map((g) => g.name),
        ['contract', 'labels']
      );
      const labels = written.gates.find((g) => g.name === 'labels');
      assert.equal(labels?.ok, false);
      assert.equal(labels?.problems[0].line, 4);
      assert.equal(typeof labels?.ms, 'number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 with a ✔ line when the selected gates pass', () => {
    const result = runCli('--only', 'labels', '--root', path.join(FIXTURES, 'labels', 'good'));
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^✔ labels \(\d+ ms\)$/m);
  });

  it('rejects an unknown gate name', () => {
    const result = runCli('--only', 'no-such-gate');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown gate\(s\): no-such-gate/);
  });
});
