import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { median, percentile, ratio, round } from '../statistics.ts';

describe('median', () => {
  test('odd count: the middle sample, whatever the input order', () => {
    assert.equal(median([9, 1, 5]), 5);
  });
  test('even count: the mean of the two middle samples', () => {
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
  test('does not reorder its input', () => {
    const samples = [3, 1, 2];
    median(samples);
    assert.deepEqual(samples, [3, 1, 2]);
  });
  test('refuses an empty or non-finite sample set', () => {
    assert.throws(() => median([]), /no samples/);
    assert.throws(() => median([1, Number.NaN]), /finite/);
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
  test('nearest rank over 100 samples', () => {
    assert.equal(percentile(hundred, 50), 50);
    assert.equal(percentile(hundred, 99), 99);
    assert.equal(percentile(hundred, 100), 100);
  });
  test('p0 is the smallest sample, and a small set rounds the rank up', () => {
    assert.equal(percentile(hundred, 0), 1);
    assert.equal(percentile([10, 20, 30], 50), 20);
    assert.equal(percentile([10, 20, 30], 99), 30);
  });
  test('refuses a percentile outside 0..100', () => {
    assert.throws(() => percentile([1], 101), /0\.\.100/);
  });
});

describe('ratio and round', () => {
  test('ratio divides by the baseline and refuses a zero one', () => {
    assert.equal(ratio(130, 100), 1.3);
    assert.throws(() => ratio(1, 0), /positive/);
  });
  test('round keeps the asked decimals', () => {
    assert.equal(round(1.26, 1), 1.3);
    assert.equal(round(1.234, 2), 1.23);
  });
});
