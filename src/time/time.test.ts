import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, fieldText } from '../doc/index.js';
import { timeStage, datesIn } from './index.js';
import { dayAnchor, anniversaryAnchor } from './anchor.js';
import { isoWeek } from './calendar.js';
import { findFullDates } from '../kb/fulldate.js';

const ctx = { report: () => {} };
const one = (text: string, pub: string | null, expr: string) =>
  datesIn(text, dayAnchor(pub)).find((d) => d.text.includes(expr));

test('ISO weeks at year edges', () => {
  assert.equal(isoWeek({ y: 2024, m: 11, d: 22 }), '2024-W47');
  assert.equal(isoWeek({ y: 2021, m: 1, d: 3 }), '2020-W53');
  assert.equal(isoWeek({ y: 2024, m: 12, d: 30 }), '2025-W01');
});

test('weekdays: most recent before publication, forward with a future verb', () => {
  assert.equal(one('He demanded on Wednesday that…', '2023-01-06', 'Wednesday')?.value, '2023-01-04');
  assert.equal(one('arrived in North Korea on Friday', '2024-11-29', 'Friday')?.value, '2024-11-29');
  assert.equal(one('The two sides will meet on Friday.', '2023-03-15', 'Friday')?.value, '2023-03-17');
  assert.equal(one('The two sides will meet on Friday.', '2023-03-15', 'Friday')?.text, 'on Friday');
});

test('months, weeks, relative units and full dates', () => {
  assert.deepEqual(
    (({ value, grain }) => ({ value, grain }))(one('replaced Shoigu as defense minister in May after', '2024-11-29', 'May')!),
    { value: '2024-05', grain: 'month' });
  assert.equal(one('said in a TV interview last week that', '2024-11-29', 'last week')?.value, '2024-W47');
  assert.equal(one('killed near Baghdad Airport on Jan. 3, 2020.', null, 'Jan')?.value, '2020-01-03');
  assert.equal(one('Pyongyang, North Korea Friday, Nov.29, 2024.', null, 'Nov')?.text, 'Friday, Nov.29, 2024');
  assert.equal(one('two years ago', '2024-11-29', 'ago')?.value, '2022');
  assert.equal(one('earlier this year', '2024-11-29', 'year')?.value, '2024');
  assert.equal(one('It rained yesterday.', '2024-11-29', 'yesterday')?.value, '2024-11-28');
  assert.equal(one('Theresa May said so.', '2024-11-29', 'May'), undefined);
});

test('vague expressions keep a grain and never invent a value', () => {
  const a = one('The visit came days after the meeting', '2024-11-29', 'days after')!;
  assert.deepEqual([a.value, a.grain], [null, 'day']);
  const b = one('sent soldiers to Russia in recent weeks and', '2024-11-29', 'recent weeks')!;
  assert.deepEqual([b.value, b.grain], [null, 'week']);
});

test('without a publication date, relative dates stay unresolved', () => {
  assert.equal(one('He demanded on Wednesday that…', null, 'Wednesday')?.value, null);
  assert.equal(one('He resigned in May.', null, 'May')?.value, null);
});

test('an anniversary of a dated event anchors the month, not the day', () => {
  const texts = ['Supporters marked the third anniversary of the assassination of the general on Tuesday.',
    'The general was assassinated in a drone strike on Jan. 3, 2020. Officials met in March.'];
  const a = anniversaryAnchor(texts);
  assert.deepEqual(a?.anchor, { grain: 'month', y: 2023, m: 1 });
  const doc = createDoc({ title: 'T', captions: [], body: texts.join('\n\n'), published: null, publishedSource: null });
  const r = timeStage.run(doc, ctx);
  assert.equal(r.published, undefined); // a month is not a publication day
  const tue = r.dates!.find((d) => d.text.includes('Tuesday'))!;
  assert.equal(tue.value, null);
  assert.equal(r.dates!.find((d) => d.text.includes('March'))!.value, '2022-03');
});

test('stage spans slice their fields', () => {
  const doc = createDoc({ title: 'Talks on Monday', captions: [{ text: 'Leaders meet in Paris, Friday, Nov. 29, 2024.', credit: 'AP' }],
    body: 'The “talks” began on Monday 🌍 and ended last week.', published: '2024-11-29', publishedSource: 'given' });
  const r = timeStage.run(doc, ctx);
  assert.ok(r.dates!.length >= 4);
  for (const d of r.dates!) assert.equal(fieldText(doc, d.field).slice(d.start, d.end), d.text);
});

test('findFullDates still finds the dates ingest relies on', () => {
  assert.deepEqual(findFullDates('North Korea Friday, Nov.29, 2024.').map((d) => d.value), ['2024-11-29']);
});

test('odd input never throws and every date span slices its text (seeded random text)', () => {
  const pieces = ['on ', 'in ', 'Friday', 'May', 'Theresa May', ' last week', ' two years ago', 'Nov.29, 2024', '10,000', ' days after ',
    ' the 1990s', ' since 2015', ', ', '. ', '\n', 'will meet ', 'met ', '3/11/2024', ' next ', 'year', 'March 5', '🌍'];
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 200; n++) {
    let text = '';
    for (let k = 0; k < 3 + Math.floor(rnd() * 20); k++) text += pieces[Math.floor(rnd() * pieces.length)];
    for (const pub of ['2024-11-29', null]) {
      for (const d of datesIn(text, dayAnchor(pub))) {
        assert.equal(text.slice(d.start, d.end), d.text);
        if (d.value !== null) assert.match(d.value, /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/);
      }
    }
  }
});

test('schedules and deferrals point forward; "this weekend" is the coming one; "last year after" stays a year', () => {
  // 2022-06-08 is a Wednesday.
  assert.equal(one('The judge adjourned the hearing until Monday.', '2022-06-08', 'Monday')?.value, '2022-06-13');
  assert.equal(one('The talks were postponed until Thursday.', '2022-06-08', 'Thursday')?.value, '2022-06-09');
  assert.equal(one('Parliament is scheduled for a vote in September.', '2022-06-08', 'September')?.value, '2022-09');
  assert.equal(one('A verdict is expected on June 20.', '2022-06-08', 'June 20')?.value, '2022-06-20');
  assert.equal(one('Borders will remain closed until June 30.', '2022-07-02', 'June 30')?.value, '2023-06-30');
  assert.equal(one('Borders were closed until June 30.', '2022-07-02', 'June 30')?.value, '2022-06-30');
  assert.equal(one('Farmers plan a convoy to the capital this weekend.', '2022-06-08', 'this weekend')?.value, '2022-W23');
  assert.equal(one('Farmers drove a convoy to the capital this weekend.', '2022-06-12', 'this weekend')?.value, '2022-W23');
  const d = one('The coalition collapsed last year after a row over pensions.', '2022-06-08', 'last year');
  assert.equal(d?.text, 'last year');
  assert.equal(d?.value, '2021');
});
