import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { combined, type LoadResult } from '../emulator-load.ts';
import { searchDelayMs } from '../picker-scale.ts';
import { bytes, type FigureRow, formatTable, ms } from '../report.ts';

function row(overrides: Partial<FigureRow>): FigureRow {
  return {
    figure: '2 First render',
    measure: 'navigation → picker ready',
    result: '310 ms',
    baseline: '116 ms bare card',
    ratio: 2.664,
    target: '≤1.3×',
    met: false,
    raw: {},
    ...overrides
  };
}

describe('formatTable', () => {
  const table = formatTable([
    row({}),
    row({ figure: '4 Component weight', ratio: null, met: null, target: '— (tracked)' }),
    row({ ratio: 1.03, met: true })
  ]);
  const lines = table.split('\n');

  test('a Markdown table: header, rule, one line per row, every line as wide as the header', () => {
    assert.equal(lines.length, 5);
    assert.match(
      lines[0],
      /^\| Figure +\| Measure +\| Result +\| Baseline +\| Ratio +\| Target +\| Met +\|$/
    );
    assert.match(lines[1], /^\| -+ \| -+ \| -+ \| -+ \| -+ \| -+ \| -+ \|$/);
    assert.ok(lines.every((line) => line.length === lines[0].length));
  });

  test('says plainly whether each target is met, and leaves untargeted rows unjudged', () => {
    assert.match(lines[2], /\| 2\.66× +\| ≤1\.3× +\| NO +\|$/);
    assert.match(lines[3], /\| +\| — \(tracked\) +\| — +\|$/);
    assert.match(lines[4], /\| 1\.03× +\| ≤1\.3× +\| yes +\|$/);
  });
});

describe('units', () => {
  test('milliseconds keep a decimal only below 10', () => {
    assert.equal(ms(6.84), '6.8 ms');
    assert.equal(ms(309.6), '310 ms');
  });
  test('bytes switch to KB from 1024', () => {
    assert.equal(bytes(1023), '1023 B');
    assert.equal(bytes(17_920), '17.5 KB');
  });
});

describe('combined load results', () => {
  const part = (latenciesMs: number[], seconds: number, accepted: number): LoadResult => ({
    requests: latenciesMs.length,
    accepted,
    seconds,
    requestsPerSecond: latenciesMs.length / seconds,
    p50Ms: 0,
    p99Ms: 0,
    latenciesMs
  });

  test('pools latencies and divides all requests by all the time spent', () => {
    const result = combined([part([1, 2, 3], 1, 3), part([4, 5, 6, 7, 100], 3, 4)]);
    assert.equal(result.requests, 8);
    assert.equal(result.accepted, 7);
    assert.equal(result.requestsPerSecond, 2);
    assert.equal(result.p50Ms, 4.5);
    assert.equal(result.p99Ms, 100);
  });
});

describe('searchDelayMs', () => {
  test('reads the debounce from the component source', () => {
    assert.equal(searchDelayMs('export const SEARCH_DELAY_MS = 250;'), 250);
  });
  test('fails loudly when the constant is gone, rather than subtracting a guess', () => {
    assert.throws(() => searchDelayMs('const delay = 300;'), /SEARCH_DELAY_MS not found/);
  });
  test('the real component declares one', () => {
    assert.ok(searchDelayMs() > 0);
  });
});
