import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMap } from './bounded-map.js';

test('a bounded map forgets everything once it holds more than its limit', () => {
  const m = new BoundedMap<string, number>(2);
  m.set('a', 1).set('b', 2).set('c', 3);
  assert.equal(m.size, 3, 'the limit is exceeded by one before it clears');
  m.set('d', 4);
  assert.deepEqual([...m], [['d', 4]]);
  assert.equal(m.get('d'), 4);
});
