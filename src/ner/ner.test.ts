import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc, fieldText } from '../doc/index.js';
import { textStage } from '../text/index.js';
import { nerStage, defaultTagger } from './index.js';
import { NerTagger, shareNerModel } from './tagger.js';
import { iob2Chunks } from '../ml/index.js';
import { baseFeatureKeys, CaseMode, docStats, KeyList } from './features.js';

const root = process.cwd();
const fixture = join(root, 'src/ner/fixtures/small.conll');

function analyse(title: string, body: string) {
  let doc = createDoc({ title, captions: [], body, published: null, publishedSource: null });
  const ctx = { report() {} };
  doc = { ...doc, ...textStage.run(doc, ctx) };
  return { ...doc, ...nerStage.run(doc, ctx) };
}

test('the committed model loads fast and tags a sentence', () => {
  const t = performance.now();
  const tagger = defaultTagger();
  assert.ok(performance.now() - t < 5000, 'model load too slow');
  const words = ['Russian', 'Defense', 'Minister', 'Andrei', 'Belousov', 'arrived', 'in', 'North', 'Korea', 'on', 'Friday', '.'];
  const tags = tagger.tagDocument([words])[0]!;
  const chunks = iob2Chunks(tags).map((c) => `${c.type}:${words.slice(c.start, c.end).join(' ')}`);
  assert.ok(chunks.includes('PER:Andrei Belousov'), chunks.join(', '));
  assert.ok(chunks.includes('LOC:North Korea'), chunks.join(', '));
});

test('a tagger over tables in shared memory (pool threads) tags exactly as the loaded one', () => {
  const s = shareNerModel();
  assert.ok(s.fused && s.fused.buffer instanceof SharedArrayBuffer && s.m1.indexSlots.buffer instanceof SharedArrayBuffer);
  const shared = NerTagger.fromShared(structuredClone(s));
  const sentences = [
    ['Russian', 'Defense', 'Minister', 'Andrei', 'Belousov', 'arrived', 'in', 'North', 'Korea', 'on', 'Friday', '.'],
    ['The', 'United', 'Nations', 'said', 'Hamas', 'and', 'Israel', 'agreed', 'to', 'talks', 'in', 'Cairo', '.'],
  ];
  assert.deepEqual(shared.tagDocument(sentences), defaultTagger().tagDocument(sentences));
});

test('decoded sequences are valid IOB2', () => {
  const tagger = defaultTagger();
  const tags = tagger.tagDocument([['I', 'met', 'Jean', 'de', 'la', 'Fontaine', 'at', 'Credit', 'Suisse', 'First', 'Boston', 'in', 'New', 'York', '.']])[0]!;
  tags.forEach((t, i) => {
    if (t.startsWith('I-')) assert.ok(i > 0 && tags[i - 1]!.slice(2) === t.slice(2) && tags[i - 1] !== 'O', tags.join(' '));
  });
});

test('nerStage gives mentions with SPEC types, valid offsets and roles', () => {
  const doc = analyse('Iran Pressures Iraq to Act', 'Iraqi President Abdul Latif Rashid met with the Iranian ambassador in Baghdad, Muhammad Kazem Al-Sadeq, on Thursday. Pro-government and pro-Iran factions gathered near Baghdad Airport.');
  const m = doc.mentions;
  for (const x of m) assert.equal(fieldText(doc, x.field).slice(x.start, x.end), x.text);
  const by = (t: string) => m.find((x) => x.text === t);
  assert.equal(by('Abdul Latif Rashid')?.type, 'PERSON');
  assert.equal(by('Iraq')?.type, 'GPE');
  assert.equal(by('Baghdad')?.type, 'GPE');
  assert.equal(by('pro-Iran')?.type, 'NORP');
  assert.equal(by('Baghdad Airport')?.type, 'FAC');
  const roleOf = (name: string) => doc.roles.filter((r) => r.mention !== null && m[r.mention]!.text === name).map((r) => r.text);
  assert.deepEqual(roleOf('Abdul Latif Rashid'), ['Iraqi President']);
  assert.deepEqual(roleOf('Muhammad Kazem Al-Sadeq'), ['the Iranian ambassador in Baghdad']);
});

test('ner --conll copies every line and appends one column', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin/newsgraph'), 'ner', '--conll', fixture], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const inLines = readFileSync(fixture, 'utf8').replace(/\n$/, '').split('\n');
  const outLines = r.stdout.replace(/\n$/, '').split('\n');
  assert.equal(outLines.length, inLines.length);
  inLines.forEach((l, i) => {
    if (!l.trim() || l.startsWith('-DOCSTART-')) assert.equal(outLines[i], l);
    else {
      assert.ok(outLines[i]!.startsWith(`${l} `), outLines[i]);
      assert.match(outLines[i]!.slice(l.length + 1), /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }
  });
});

test('ner --conll rejects a missing or binary file with exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-'));
  const bin = join(dir, 'x.bin');
  writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0xfe]));
  for (const f of [join(dir, 'missing.txt'), bin]) {
    const r = spawnSync(process.execPath, [join(root, 'bin/newsgraph'), 'ner', '--conll', f], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^newsgraph: .+\n$/);
  }
});

test('Title Case headlines are re-cased before tagging; legal instruments are LAW', () => {
  const doc = analyse('Minister Pressures Iraq to Prosecute Those Responsible for Smith’s Killing',
    'The killing of Smith angered those responsible. The Charter of the United Nations and the Convention on the Rights of the Child were cited.');
  const titles = doc.mentions.filter((m) => m.field === 'title').map((m) => `${m.label}:${m.text}`);
  assert.ok(!titles.some((t) => t.includes('Responsible') || t.includes('Killing')), titles.join(', '));
  const law = doc.mentions.find((m) => m.type === 'LAW');
  assert.equal(law?.text, 'Convention on the Rights of the Child');
  assert.ok(doc.mentions.some((m) => m.text === 'United Nations' && m.type === 'ORG'));
  assert.ok(!doc.mentions.some((m) => m.text === 'Charter'));
});

test('role phrases: apposition after the name and after a possessive pronoun', () => {
  const doc = analyse('', 'Armenian Foreign Minister Aram Petrosyan and his Azerbaijani counterpart, Elnur Guliyev, met in Geneva. Maria Lopez, a senior economist at the bank, said prices would rise.');
  const roles = doc.roles.map((r) => `${r.text} -> ${r.mention === null ? '?' : doc.mentions[r.mention]!.text}`);
  assert.ok(roles.includes('Armenian Foreign Minister -> Aram Petrosyan'), roles.join(' | '));
  assert.ok(roles.includes('Azerbaijani counterpart -> Elnur Guliyev'), roles.join(' | '));
  assert.ok(roles.some((r) => r.startsWith('senior economist') && r.endsWith('-> Maria Lopez')), roles.join(' | '));
  for (const r of doc.roles) assert.equal(fieldText(doc, r.field).slice(r.start, r.end), r.text);
});

test('feature keys written into a reused KeyList equal freshly built ones, sentence after sentence', () => {
  const tagger = defaultTagger();
  const sents = [['Kenyan', 'police', 'arrested', '14', 'organisers', 'in', 'Nairobi', '.'], ['Iran', 'denied', 'it', '.'], ['The', 'talks', 'in', 'Geneva', 'ended', 'on', 'Friday', 'without', 'a', 'deal', '.']];
  const doc = docStats(sents, sents.map(() => CaseMode.Normal));
  const list = new KeyList(2);
  for (const ws of sents) {
    const ctx = { mode: CaseMode.Normal, doc, gaz: tagger.gaz };
    const fresh = baseFeatureKeys(ws, ctx);
    const reused = baseFeatureKeys(ws, ctx, true, true, list);
    assert.deepEqual(Array.from(reused.keys), Array.from(fresh.keys));
    assert.deepEqual(Array.from(reused.offsets), Array.from(fresh.offsets));
  }
});

test('MISC names headed by an organisation noun are organisations, other multi-word MISC names products', async () => {
  const { mapType } = await import('./map-types.js');
  const { Gazetteer } = await import('./gazetteer.js');
  const gaz = new Gazetteer({ CTRY: [], CAP: [], CITY: [], DEM: [], REG: [], STATE: [], TITLE: [], ORGSUF: [] });
  const t = (s: string) => mapType('MISC', s, s.toLowerCase().split(/\s+/), gaz);
  assert.equal(t('General Confederation of Labour'), 'ORG');
  assert.equal(t('Viv Ansanm Coalition'), 'ORG');
  assert.equal(t('Galaxy Note'), 'PRODUCT');
});

test('a name defined by its bracketed short form is one mention, and the short form one of the same kind', () => {
  const doc = analyse('Six TTP militants killed',
    "Troops killed militants of the Tehreek-e-Taliban Pakistan (TTP). Jama'at Nusrat al-Islam wal-Muslimin (JNIM) fighters attacked the Armed Forces of the Democratic Republic of Congo (FARDC). He said the Islamic State (IS) was weak.");
  const got = doc.mentions.map((m) => `${m.text}/${m.label}`);
  for (const want of ['TTP/ORG', 'Tehreek-e-Taliban Pakistan/ORG', "Jama'at Nusrat al-Islam wal-Muslimin/ORG", 'JNIM/ORG',
    'Armed Forces of the Democratic Republic of Congo/ORG', 'FARDC/ORG', 'Islamic State/ORG', 'IS/ORG']) assert.ok(got.includes(want), `${want} in ${got.join('; ')}`);
  // The title's "TTP" (before the definition) is a mention too; no piece of a defined name stays.
  assert.equal(doc.mentions.filter((m) => m.text === 'TTP').length, 2);
  assert.ok(!got.some((g) => /^(Tehreek-e-Taliban|Nusrat al-Islam wal-Muslimin|Democratic Republic of Congo)\//.test(g)), got.join('; '));
});

test('initials spell a short form in order with particles optional, or as a set in another language\'s order', async () => {
  const { spells, isShortForm } = await import('./acronyms.js');
  assert.ok(spells('UNIFIL', ['United', 'Nations', 'Interim', 'Force', 'in', 'Lebanon']));
  assert.ok(spells('FARDC', ['Armed', 'Forces', 'of', 'the', 'Democratic', 'Republic', 'of', 'Congo']));
  assert.ok(!spells('IS', ['The', 'Islamic', 'State']));
  assert.ok(!spells('NATO', ['National', 'Army']));
  assert.ok(isShortForm('FAMa') && isShortForm('M23') === false && !isShortForm('Reuters'));
});

test('a person\'s name followed at once by a name in an Arabic article is one name', () => {
  const doc = analyse('', 'Army chief Omar Hassan al-Rashidi met the envoy on Monday.');
  assert.ok(doc.mentions.some((m) => m.text === 'Omar Hassan al-Rashidi' && m.label === 'PER'), doc.mentions.map((m) => `${m.text}/${m.label}`).join('; '));
});
