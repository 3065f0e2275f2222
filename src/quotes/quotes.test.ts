import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, fieldText, type Doc, type Mention } from '../doc/index.js';
import type { EntityOut, EntityType } from '../types.js';
import { findQuotes } from './index.js';
import { findQuoted } from './marks.js';
import { textStage } from '../text/index.js';
import { syntaxStage } from '../syntax/index.js';

const noop = { report: () => {} };

// The text and syntax stages the quote finder requires, run for real.
const bare = (body: string): Doc => {
  let doc = createDoc({ title: 'T', captions: [], body, published: '2024-11-29', publishedSource: 'given' });
  doc = { ...doc, ...textStage.run(doc, noop) };
  return { ...doc, ...syntaxStage.run(doc, noop) };
};
const speakerOf = (doc: Doc, starts: string) => {
  const q = findQuotes(doc).find((x) => x.text.startsWith(starts));
  return q ? (q.speaker?.name ?? null) : undefined;
};

/** A doc with hand-made mentions resolved to hand-made entities (what NER + resolve produce). */
function resolved(body: string, ents: { name: string; type: EntityType; forms: string[]; role?: string }[]): Doc {
  const doc = bare(body);
  const mentions: Mention[] = [];
  const mentionEntity: string[] = [];
  const entities: EntityOut[] = ents.map((e, i) => ({
    id: `e${i + 1}`, name: e.name, type: e.type, country: null, actor_code: null, role: e.role ?? null, geo: null, mentions: [],
  }));
  ents.forEach((e, i) => {
    for (const f of e.forms) {
      for (let at = body.indexOf(f); at >= 0; at = body.indexOf(f, at + 1)) {
        if (/\w/.test(body[at - 1] ?? ' ') || /\w/.test(body[at + f.length] ?? ' ')) continue;
        mentions.push({ field: 'body', start: at, end: at + f.length, text: f, label: 'PER', type: e.type, tokenStart: 0, tokenEnd: 0 });
        mentionEntity.push(`e${i + 1}`);
      }
    }
  });
  return { ...doc, mentions, mentionEntity, entities };
}

test('quotation marks: curly, straight, and a quotation running over paragraphs', () => {
  const t = '“First part of it.\n\n“Second part,” he said. She called it "fine" too.';
  const q = findQuoted(t);
  assert.deepEqual(q.map((x) => t.slice(x.start, x.end)), ['First part of it.', 'Second part', 'fine']);
  assert.equal(q[0]!.chain, q[1]!.chain);
  const h = 'Iran’s envoy says ‘no deal’ yet, calls talks ‘useful’';
  assert.deepEqual(findQuoted(h).map((x) => h.slice(x.start, x.end)), ['no deal', 'useful']);
  assert.equal(q[0]!.last, false);
});

test('direct quote with the attribution after it, and "He added" resolved to the last speaker', () => {
  const body = '“The strike was a flagrant violation of international law,” Velayati said during a conference in Tehran.\n\n'
    + 'He added that the killing “contradicts many international norms.”';
  const doc = resolved(body, [{ name: 'Ali Akbar Velayati', type: 'PERSON', forms: ['Velayati'] }, { name: 'Tehran', type: 'GPE', forms: ['Tehran'] }]);
  const qs = findQuotes(doc);
  const direct = qs.find((q) => q.text.startsWith('The strike'))!;
  assert.equal(direct.kind, 'direct');
  assert.deepEqual(direct.speaker, { entity: 'e1', name: 'Ali Akbar Velayati' });
  assert.equal(qs.find((q) => q.text.startsWith('contradicts'))!.speaker?.name, 'Ali Akbar Velayati');
  for (const q of qs) assert.equal(fieldText(doc, q.field).slice(q.start, q.end), q.text);
});

test('partial quote framed by "described … as", scare quote left out', () => {
  const body = 'Al-Sadeq described the relations between his country and Iraq as “historic,” but officials agreed to prevent a “million-strong memorial march” in the city.';
  const doc = resolved(body, [{ name: 'Muhammad Kazem Al-Sadeq', type: 'PERSON', forms: ['Al-Sadeq'] }, { name: 'Iraq', type: 'GPE', forms: ['Iraq'] }]);
  const qs = findQuotes(doc);
  const h = qs.find((q) => q.text === 'historic')!;
  assert.equal(h.kind, 'partial');
  assert.equal(h.speaker?.name, 'Muhammad Kazem Al-Sadeq');
  assert.ok(!qs.some((q) => q.text.includes('million-strong') && q.speaker));
});

test('reported speech: said that, adjuncts, appositives, coordination, descriptions', () => {
  const body = 'Yoon’s national security adviser, Shin Wonsik, said in a TV interview last week that Seoul assesses that Russia has provided missiles.\n'
    + 'The United States and its allies have said North Korea has sent more than 10,000 soldiers to Russia.\n'
    + 'Iraqi political sources said on Tuesday that the anniversary has sparked sharp divisions.\n'
    + 'The joint chiefs said the planes did not breach the airspace.';
  const doc = resolved(body, [
    { name: 'Shin Wonsik', type: 'PERSON', forms: ['Shin Wonsik'] }, { name: 'Yoon Suk Yeol', type: 'PERSON', forms: ['Yoon'] },
    { name: 'United States', type: 'GPE', forms: ['United States'] }, { name: 'Joint Chiefs of Staff', type: 'ORG', forms: [] },
    { name: 'Russia', type: 'GPE', forms: ['Russia'] },
  ]);
  assert.equal(speakerOf(doc, 'Seoul assesses'), 'Shin Wonsik');
  assert.equal(speakerOf(doc, 'North Korea has sent'), 'United States');
  assert.equal(speakerOf(doc, 'the anniversary'), 'Iraqi political sources');
  assert.equal(speakerOf(doc, 'the planes did not breach'), 'Joint Chiefs of Staff');
  const q = findQuotes(doc).find((x) => x.text.startsWith('the planes'))!;
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'the planes did not breach the airspace');
});

test('clause-final and parenthetical attributions, according to, told', () => {
  const doc = bare('Talks on a ceasefire stalled on Monday, mediators said, after the two sides failed to agree.\n'
    + 'Three soldiers were killed in the clash, the army said on Saturday.\n'
    + 'According to the United Nations, at least 12,000 of those displaced are children.\n'
    + 'Governor Michel Tremblay told reporters the bank would wait.');
  assert.equal(speakerOf(doc, 'Talks on a ceasefire stalled'), 'mediators');
  assert.equal(speakerOf(doc, 'Three soldiers were killed'), 'the army');
  const apposed = bare('A drone struck a fuel depot overnight, starting a fire, the regional governor, Vyacheslav Morozov, said on Telegram.');
  assert.equal(speakerOf(apposed, 'A drone struck'), 'Vyacheslav Morozov');
  assert.equal(findQuotes(apposed)[0]!.text, 'A drone struck a fuel depot overnight, starting a fire');
  assert.equal(speakerOf(doc, 'at least 12,000'), 'United Nations');
  assert.equal(speakerOf(doc, 'the bank would wait'), 'Michel Tremblay');
});

test('no speech verb, no quotation; negated saying and announced objects are not reported speech', () => {
  const doc = bare('Tehran renewed its calls to reveal the “killers”. Shin didn’t say whether Russia has transferred the technology. Seo announced on December 31 a new package of military aid for Iraq.');
  assert.deepEqual(findQuotes(doc), []);
});

test('questions: “…?” he asked', () => {
  const doc = bare('Mayor Ana Ruiz spoke first. “Why should our city pay for this?” she asked. Officials asked residents to stay home.');
  assert.equal(speakerOf(doc, 'Why should our city'), 'Ana Ruiz');
  assert.equal(findQuotes(doc).length, 1);
});

test('he and she skip a speaker the text gives the other gender', () => {
  const doc = bare('Minister Paul Girard said his government would not back down. Union leader Claire Fontaine said her members would strike. He added that the talks were over.');
  assert.equal(speakerOf(doc, 'the talks were over'), 'Paul Girard');
});

test('a colon introduces a quotation', () => {
  const doc = bare('In Ottawa, Foreign Minister Thomas Pemberton said: “No one should mistake our restraint for weakness.”');
  assert.equal(speakerOf(doc, 'No one should'), 'Thomas Pemberton');
});

test('a quotation continued in the next paragraph keeps its speaker', () => {
  const doc = bare('“This is a political arrest, pure and simple,” said Tamar Kapanadze, a party spokeswoman.\n\n“They came at dawn, without a warrant, and took him away.”');
  assert.equal(speakerOf(doc, 'They came at dawn'), 'Tamar Kapanadze');
});

test('odd input never throws and every span slices its field (seeded random text)', () => {
  const pieces = ['“', '”', '"', ' said ', ' He ', ' told ', ' according to ', ', ', '. ', '\n\n', 'Maria Lopez', ' that ', 'the army',
    ' on Friday', ' in May ', 'last week', ' 10,000 ', 'Jan. 3, 2020', ' “historic,” ', ' described it as ', ' they ', '🌍', ' and '];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 200; n++) {
    let body = '';
    for (let k = 0; k < 5 + Math.floor(rnd() * 30); k++) body += pieces[Math.floor(rnd() * pieces.length)];
    const doc = bare(body);
    for (const q of findQuotes(doc)) {
      assert.equal(fieldText(doc, q.field).slice(q.start, q.end), q.text);
      assert.ok(q.end > q.start);
    }
  }
});

test('a lead sentence attributed at its end leaves its dateline out of the quotation', () => {
  for (const [lead, said] of <[string, string][]>[
    ['LIMA, Peru — Farmers blocked three highways into the capital on Monday', 'union leaders said'],
    ['OSLO (Reuters) — The ferry operator suspended crossings to two islands', 'the company said'],
    ['DAKAR – The electoral commission postponed the count by a week', 'officials said'],
  ]) {
    const doc = bare(`${lead}, ${said}.\n\nMore follows.`);
    const q = findQuotes(doc).find((x) => x.kind === 'indirect');
    assert.ok(q, lead);
    assert.equal(q.text, lead.replace(/^.*?[—–]\s+/, ''));
  }
});

test('speakers: a parenthetical between subject and verb, an apposition after "said", a rank, a dateline, a pronoun after a subject', () => {
  const a = resolved('Interior Minister Lena Vogt, pressed by reporters on whether she would resign, said: “I have nothing to hide. The inquiry will show it.”', [
    { name: 'Lena Vogt', type: 'PERSON', forms: ['Lena Vogt'] },
  ]);
  assert.equal(speakerOf(a, 'I have nothing to hide'), 'Lena Vogt');
  const b = resolved('The farmer was buried on Monday. “They had warned him for months,” said his cousin, Tomas Ruiz. “Nobody listened.”', [
    { name: 'Tomas Ruiz', type: 'PERSON', forms: ['Tomas Ruiz'] },
  ]);
  assert.equal(speakerOf(b, 'They had warned him'), 'Tomas Ruiz');
  const c = resolved('“Rates will stay high for longer,” said Piet de Vries of the Dutch pension fund ABP.', [
    { name: 'Piet de Vries', type: 'PERSON', forms: ['Piet de Vries'] },
    { name: 'ABP', type: 'ORG', forms: ['ABP'] },
  ]);
  assert.equal(speakerOf(c, 'Rates will stay high'), 'Piet de Vries');
  const d = bare('GOMA, Congo — Aid agencies said on Friday that the road to the camps had been closed for a week.');
  assert.equal(speakerOf(d, 'the road to the camps'), 'Aid agencies');
  const e = resolved('Mayor Ana Lopes told reporters that the budget was balanced.\nCouncillor Rui Matos rejected the figures. “The books are cooked and everyone knows it,” he said.', [
    { name: 'Ana Lopes', type: 'PERSON', forms: ['Ana Lopes'] },
    { name: 'Rui Matos', type: 'PERSON', forms: ['Rui Matos'] },
  ]);
  assert.equal(speakerOf(e, 'The books are cooked'), 'Rui Matos');
});

test('speakers: a name after an introductory phrase with its own verb; institutional nouns head descriptions', () => {
  const a = resolved('In a message read out by his lawyer, Pavel Orlov said he would keep fighting the verdict.', [
    { name: 'Pavel Orlov', type: 'PERSON', forms: ['Pavel Orlov'] },
  ]);
  assert.equal(speakerOf(a, 'he would keep fighting'), 'Pavel Orlov');
  const b = bare('The prosecution said it would seek a retrial.');
  assert.equal(speakerOf(b, 'it would seek a retrial'), 'The prosecution');
});

test('a directive reports what was said: "urged X to …", "called on X to …"', () => {
  const a = resolved('Governor Ines Duarte urged residents to boil their water until further notice.', [
    { name: 'Ines Duarte', type: 'PERSON', forms: ['Ines Duarte'] },
  ]);
  assert.equal(speakerOf(a, 'residents to boil'), 'Ines Duarte');
  const b = resolved('Ines Duarte called on the army to open the roads.', [{ name: 'Ines Duarte', type: 'PERSON', forms: ['Ines Duarte'] }]);
  assert.equal(speakerOf(b, 'the army to open'), 'Ines Duarte');
  // Not a directive with a clause: "asked for calm" names no addressee and no infinitive.
  const c = resolved('Ines Duarte asked for calm.', [{ name: 'Ines Duarte', type: 'PERSON', forms: ['Ines Duarte'] }]);
  assert.equal(findQuotes(c).length, 0);
});

const attributionOf = (doc: Doc, starts: string) => findQuotes(doc).find((x) => x.text.startsWith(starts));

test('attribution kinds: belief cues, a quoted fragment makes a reported clause partial and points at it', () => {
  const doc = bare('Farm groups believe the tariff will hurt exports. The union said the plan was “a betrayal of workers” and vowed to strike.');
  const b = attributionOf(doc, 'the tariff will hurt')!;
  assert.equal(b.attribution, 'belief');
  assert.equal(b.kind, 'indirect'); // the SPEC's kinds stay direct, partial, indirect
  assert.equal(b.speaker?.name, 'Farm groups');
  assert.equal(b.cue?.text, 'believe');
  const qs = findQuotes(doc);
  const host = qs.findIndex((q) => q.text.startsWith('the plan was'));
  assert.equal(qs[host]!.attribution, 'partial');
  assert.ok(!qs[host]!.text.includes('vowed'), 'what was said ends before the next cue');
  const frag = qs.find((q) => q.text === 'a betrayal of workers')!;
  assert.equal(frag.within, host);
  assert.equal(attributionOf(doc, 'to strike')?.speaker?.name, 'The union');
});

test('passive cues have no source; nominal, infinitive and accuse-of content', () => {
  const a = bare('It was widely reported that the minister had resigned.');
  const p = attributionOf(a, 'the minister had resigned')!;
  assert.equal(p.speaker, null);
  assert.equal(p.cue?.text, 'was widely reported');
  const b = bare('Port officials denied the reports. The rebels accused the army of shelling the market. The party has pledged to cut taxes.');
  assert.equal(speakerOf(b, 'the reports'), 'Port officials');
  assert.equal(speakerOf(b, 'the army of shelling'), 'The rebels');
  assert.equal(speakerOf(b, 'to cut taxes'), 'The party');
  // A forecast in the passive names no one and reports nothing.
  assert.equal(findQuotes(bare('Talks are expected to resume next week.')).length, 0);
});

test('participles, nested cues, noun cues, relative clauses between subject and cue', () => {
  const a = resolved('Ana Pereira said the port would reopen on Monday, adding that the strike was over.', [
    { name: 'Ana Pereira', type: 'PERSON', forms: ['Ana Pereira'] },
  ]);
  assert.equal(speakerOf(a, 'the strike was over'), 'Ana Pereira');
  assert.ok(!attributionOf(a, 'the port would reopen')!.text.includes('adding'));
  const b = bare('Economists note that the central bank has repeatedly said rates will stay high.');
  assert.equal(speakerOf(b, 'the central bank has'), 'Economists');
  assert.equal(speakerOf(b, 'rates will stay high'), 'the central bank');
  const c = bare('The company’s claim that the fire was accidental was disputed by investigators.');
  assert.equal(attributionOf(c, 'the fire was accidental')?.speaker?.name, 'The company');
  assert.equal(attributionOf(c, 'the fire was accidental')?.text, 'the fire was accidental');
  const d = bare('Teachers, who have been on strike for a month, argue that the reform will close rural schools.');
  assert.equal(speakerOf(d, 'the reform will close'), 'Teachers');
});
