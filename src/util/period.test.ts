import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodOf } from './period.js';

test('periods of every precision', () => {
  assert.deepEqual(periodOf('2024-12-10'), { start: '2024-12-10', end: '2024-12-10', precision: 'day' });
  assert.deepEqual(periodOf('2024-W50'), { start: '2024-12-09', end: '2024-12-15', precision: 'week' });
  assert.deepEqual(periodOf('2020-W53'), { start: '2020-12-28', end: '2021-01-03', precision: 'week' });
  assert.deepEqual(periodOf('2024-W01'), { start: '2024-01-01', end: '2024-01-07', precision: 'week' });
  assert.deepEqual(periodOf('2024-02'), { start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  assert.deepEqual(periodOf('2023'), { start: '2023-01-01', end: '2023-12-31', precision: 'year' });
  assert.equal(periodOf('2024-02-30'), null);
  assert.equal(periodOf(null), null);
  assert.equal(periodOf('soon'), null);
});
