// Near-duplicate scoring: reprints with small edits and reprints cut short are one story;
// different stories on the same subject are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, nearDuplicateScore, bandHashes, BANDS } from './minhash.js';

const story = `The foreign ministers of the two countries met in Geneva on Monday for a new round of talks on a
peace treaty, the first such meeting since the spring. Officials said the talks would focus on the border,
the return of prisoners and the reopening of transport links that were closed during the conflict. A
spokesman said both delegations had agreed to meet again next month in the same city and that experts
would continue working on the text of the agreement in the meantime. Observers from the European Union
and the United Nations attended the opening session and said the atmosphere had been constructive.`;

test('a reprint with a new headline and a line added is a near-duplicate', () => {
  const a = fingerprint('Ministers meet in Geneva\n' + story);
  const b = fingerprint('Peace talks resume\n' + story + ' Reporting by our correspondent.');
  assert.ok(nearDuplicateScore(a, b) >= 1);
  assert.ok(bandHashes(a.sig).filter((h, i) => h === bandHashes(b.sig)[i]).length > 0, 'they share an LSH band');
  assert.equal(bandHashes(a.sig).length, BANDS);
});

test('a reprint cut to its first half is a near-duplicate', () => {
  const half = story.slice(0, Math.floor(story.length / 2));
  assert.ok(nearDuplicateScore(fingerprint(story), fingerprint(half)) >= 1);
});

test('another story on the same subject is not', () => {
  const other = `Fighting broke out again along the border on Monday, local officials said, a day before the
ministers were due to meet. Several villages were shelled overnight and hundreds of families fled to the
regional capital. The defence ministry accused the other side of breaking the ceasefire and said its forces
had returned fire. Aid groups called for a humanitarian corridor and warned of shortages of food and water.`;
  assert.ok(nearDuplicateScore(fingerprint(story), fingerprint(other)) < 1);
});
