import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { State, moveCosts, staticOracle, SHIFT, RIGHT, LEFT, REDUCE, N_ACTIONS } from './system.js';
import { isProjective, isTree, projectivise } from './tree.js';
import { readConll4, readConlluTreebank, parseConllu, formatConllu } from './conllu.js';
import { normaliseLabel, universal, deriveAgents } from './labels.js';
import { Parser, parseModel, PARSE_MODEL_URL } from './parser.js';
import { encodeBundle, decodeBundle } from '../ml/index.js';
import { toUpos } from './upos.js';
import { reattachPunct } from './punct.js';
import { Encoder, parseClusters, actionFeatures, labelFeatures, N_ACTION_FEATURES, N_LABEL_FEATURES } from './features.js';
import { runPipeline } from '../pipeline.js';
import { toArticle } from '../output.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'src/parse/fixtures/tiny.conllu');
const UD = join(ROOT, '../shared/data/ud-english');

/** A few projective trees (1-based heads, 0 = root), as [words, heads]. */
const TREES: [string, number[]][] = [
  ['He left', [2, 0]],
  ['The minister was killed by rebels .', [2, 4, 4, 0, 6, 4, 4]],
  ['She said that he would come tomorrow', [2, 0, 6, 6, 6, 2, 6]],
  ['a b c d e', [0, 1, 2, 3, 4]],
  ['a b c d e', [5, 5, 5, 5, 0]],
  ['x', [0]],
];

function goldOf(heads: ArrayLike<number>): Int32Array {
  const g = new Int32Array(heads.length + 1);
  g[0] = -1;
  for (let i = 0; i < heads.length; i++) g[i + 1] = heads[i]!;
  return g;
}

function runOracle(st: State, gold: Int32Array, pick: (st: State) => number): void {
  st.reset(gold.length - 1);
  while (!st.done) {
    const a = pick(st);
    assert.ok(a >= 0 && st.canDo(a), `illegal move ${a}`);
    st.apply(a, 0);
  }
  st.finish(() => 0);
}

const heads = (st: State) => Array.from(st.head.subarray(1, st.n + 1));

/** Every projective tree of the shared dev treebanks (when ../shared is there), else the fixtures. */
function devTrees(): Int32Array<ArrayBufferLike>[] {
  const out: Int32Array<ArrayBufferLike>[] = TREES.map(([, h]) => Int32Array.from(h));
  if (existsSync(join(UD, 'ewt-dev.conll4'))) {
    for (const s of readConll4(readFileSync(join(UD, 'ewt-dev.conll4'), 'utf8'))) out.push(s.heads);
    for (const s of readConlluTreebank(readFileSync(join(UD, 'gum-dev.conllu'), 'utf8'))) out.push(s.heads);
  }
  return out;
}

test('the static oracle reaches every projective gold tree (and every projectivised one)', () => {
  const st = new State(8);
  let checked = 0;
  for (const h of devTrees()) {
    const p = isProjective(h) ? h : projectivise(h).heads;
    assert.ok(isProjective(p) && isTree(p));
    const gold = goldOf(p);
    runOracle(st, gold, (s) => staticOracle(s, gold));
    assert.deepEqual(heads(st), Array.from(p));
    checked++;
  }
  assert.ok(checked >= TREES.length);
});

test('dynamic oracle: the static oracle\'s moves cost 0, zero-cost moves reach the gold tree', () => {
  const st = new State(8), cost = new Int32Array(N_ACTIONS);
  for (const h of devTrees().slice(0, 600)) {
    const p = projectivise(h).heads, gold = goldOf(p);
    st.reset(p.length);
    while (!st.done) {
      moveCosts(st, gold, cost);
      const a = staticOracle(st, gold);
      assert.equal(cost[a], 0, `static move ${a} costs ${cost[a]}`);
      for (let x = 0; x < N_ACTIONS; x++) assert.equal(cost[x]! >= 0, st.canDo(x), 'cost -1 exactly for illegal moves');
      st.apply(a, 0);
    }
    // following any zero-cost move (here the last one) also ends in the gold tree
    runOracle(st, gold, (s) => { moveCosts(s, gold, cost); let z = -1; for (let x = 0; x < N_ACTIONS; x++) if (cost[x] === 0) z = x; return z; });
    assert.deepEqual(heads(st), Array.from(p));
  }
});

test('dynamic oracle: after random mistakes, the loss is the costs paid (plus at most the root arc)', () => {
  const st = new State(8), cost = new Int32Array(N_ACTIONS);
  let rng = 12345;
  const rand = () => { rng ^= rng << 13; rng >>>= 0; rng ^= rng >>> 17; rng ^= rng << 5; rng >>>= 0; return rng / 4294967296; };
  let sawCost = false;
  for (const h of devTrees().slice(0, 400)) {
    const p = projectivise(h).heads, gold = goldOf(p);
    st.reset(p.length);
    let paid = 0;
    while (!st.done) {
      moveCosts(st, gold, cost);
      const legal = [SHIFT, RIGHT, LEFT, REDUCE].filter((a) => cost[a]! >= 0);
      const zero = legal.filter((a) => cost[a] === 0);
      const a = rand() < 0.2 || !zero.length ? legal[Math.floor(rand() * legal.length)]! : zero[0]!;
      if (cost[a]! > 0) sawCost = true;
      paid += cost[a]!;
      st.apply(a, 0);
    }
    st.finish(() => 0);
    let lost = 0;
    for (let d = 1; d <= p.length; d++) if (st.head[d] !== gold[d]) lost++;
    // The costs count every arc a move makes unreachable except the root's, which is made at the
    // end: a word stranded below the gold root by an earlier (paid) mistake takes it.
    assert.ok(lost <= paid + 1, `lost ${lost} arcs but paid ${paid}`);
    if (paid === 0) assert.equal(lost, 0);
    assert.ok(isTree(heads(st)), 'every parse is a tree with one root');
  }
  assert.ok(sawCost);
});

test('random legal move sequences always end in a projective tree with one root', () => {
  const st = new State(4);
  let rng = 99;
  const rand = () => { rng ^= rng << 13; rng >>>= 0; rng ^= rng >>> 17; rng ^= rng << 5; rng >>>= 0; return rng / 4294967296; };
  for (let trial = 0; trial < 500; trial++) {
    const n = 1 + Math.floor(rand() * 30);
    st.reset(n);
    while (!st.done) {
      const legal = [SHIFT, RIGHT, LEFT, REDUCE].filter((a) => st.canDo(a));
      assert.ok(legal.length > 0, 'some move is always legal before the end');
      st.apply(legal[Math.floor(rand() * legal.length)]!, 0);
    }
    st.finish(() => 0);
    const h = heads(st);
    assert.ok(isTree(h), `not a tree: ${h}`);
    assert.ok(isProjective(h), `not projective: ${h}`);
  }
});

test('projectivise lifts crossing arcs to the head\'s head', () => {
  // 1 → 3 crosses 2 → 4 ("a b c d" with heads [0, 4, 1, 1]): arc 4→2 spans 3, whose head 1 is outside
  const h = Int32Array.from([0, 4, 1, 1]);
  assert.equal(isProjective(h), false);
  const p = projectivise(h);
  assert.ok(isProjective(p.heads) && isTree(p.heads));
  assert.equal(p.lifts, 1);
  assert.deepEqual(Array.from(p.heads), [0, 1, 1, 1]);
});

test('one label table for both treebanks; obl:agent derived for a passive by-phrase', () => {
  assert.equal(normaliseLabel('obl:tmod'), 'obl:unmarked');
  assert.equal(normaliseLabel('obl:npmod'), 'obl:unmarked');
  assert.equal(normaliseLabel('nmod:tmod'), 'nmod:unmarked');
  assert.equal(normaliseLabel('nsubj:outer'), 'nsubj');
  assert.equal(normaliseLabel('nsubj:pass'), 'nsubj:pass');
  assert.equal(universal('acl:relcl'), 'acl');
  const words = 'The minister was killed by rebels'.split(' ');
  const xpos = ['DT', 'NN', 'VBD', 'VBN', 'IN', 'NNS'];
  const labels = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl'];
  assert.equal(deriveAgents(words, xpos, [2, 4, 4, 0, 6, 4], labels), 1);
  assert.equal(labels[5], 'obl:agent');
  const active = ['det', 'nsubj', 'aux', 'root', 'case', 'obl'];
  assert.equal(deriveAgents(words, xpos, [2, 4, 4, 0, 6, 4], active), 0, 'no passive, no agent');
});

test('CoNLL-U reading keeps ranges, empty nodes and comments in place', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const blocks = parseConllu(text);
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]!.words.length, 9);
  assert.equal(blocks[1]!.words.length, 9);
  assert.equal(formatConllu(blocks).split('\n').filter((l) => /^\d+[-.]\d+\t/.test(l)).length, 2);
  assert.throws(() => parseConllu('1\ta\n3\tb\n'), /word ID 3 where 2 was expected/);
  assert.throws(() => parseConllu('x\ta\n'), /bad ID/);
});

test('punctuation goes where UD attaches it: following conjunct, subordinate unit, root, enclosed phrase', () => {
  const run = (sent: string, heads: number[]) => {
    const words = sent.split(' ');
    const isP = words.map((w) => (/^[,.:()"]$/.test(w) ? 1 : 0));
    const h = Int32Array.from(heads);
    reattachPunct(words, isP, h);
    return Array.from(h);
  };
  // "If it rains , we stay ." — the comma after a fronted clause goes to that clause; "." to the root
  assert.deepEqual(run('If it rains , we stay .', [3, 3, 6, 6, 6, 0, 3]), [3, 3, 6, 3, 6, 0, 6]);
  // "apples , pears and plums" — the comma goes to the following conjunct
  assert.deepEqual(run('apples , pears and plums', [0, 1, 1, 5, 1]), [0, 3, 1, 5, 1]);
  // brackets go to the head of what they enclose; a word the parser hung on a mark moves up
  assert.deepEqual(run('Kyiv ( the capital ) fell', [6, 1, 4, 1, 4, 0]), [6, 4, 4, 1, 4, 0]);
  assert.deepEqual(run('He said : yes', [2, 0, 2, 3]), [2, 0, 4, 2]);
});

test('UPOS from Penn tags and relations', () => {
  assert.equal(toUpos('VBD', 'was', 'aux:pass'), 'AUX');
  assert.equal(toUpos('VBD', 'said', 'root'), 'VERB');
  assert.equal(toUpos('DT', 'that', 'nsubj'), 'PRON');
  assert.equal(toUpos('DT', 'the', 'det'), 'DET');
  assert.equal(toUpos('IN', 'because', 'mark'), 'SCONJ');
  assert.equal(toUpos('TO', 'to', 'mark'), 'PART');
});

const model = parseModel();

test('word classes: parsed from their stored form, looked up by the normalised word, none for the rest', () => {
  const cl = parseClusters('friday\t163\t7\nsaid\t18\t3\n00\t127\t5\n');
  assert.equal(cl.get('said'), (18 << 8) | 3);
  const enc = new Encoder(['NN', 'VBD', 'CD'], Int32Array.from([0, 1, 2, 3, 4]), cl);
  const e = enc.encode(['Friday', 'SAID', '42', 'zyx'], [0, 1, 2, 0]);
  assert.deepEqual(Array.from(e.K1.subarray(1, 5)), [163, 18, 127, 999]);
  assert.deepEqual(Array.from(e.K2.subarray(1, 5)), [7, 3, 5, 999]);
  // without classes every word has none
  const e2 = new Encoder(['NN'], Int32Array.from([0, 1, 2])).encode(['said'], [0]);
  assert.equal(e2.K1[1], 999);
  // the class templates are computed only for a parser trained with them
  const st = new State(8);
  const out = new Int32Array(128);
  const count = (classes: boolean) => {
    const e = new Encoder(['NN', 'VBD', 'CD'], Int32Array.from([0, 1, 2, 3, 4]), cl, classes).encode(['Friday', 'SAID', '42'], [0, 1, 2]);
    st.reset(3); st.apply(SHIFT);
    return [actionFeatures(st, e, out), labelFeatures(st, e, 2, 1, out)];
  };
  assert.deepEqual(count(true), [N_ACTION_FEATURES, N_LABEL_FEATURES]);
  assert.deepEqual(count(false), [N_ACTION_FEATURES - 10, N_LABEL_FEATURES - 5]);
});

test('the committed model survives a save/load round trip byte for byte and parses alike', { skip: !model && 'models/parse.bin.gz missing' }, () => {
  const buf = readFileSync(PARSE_MODEL_URL);
  const b1 = decodeBundle(buf);
  const again = encodeBundle(b1);
  assert.ok(again.equals(encodeBundle(decodeBundle(again))), 'encode(decode(x)) is stable');
  const p2 = Parser.fromBuffer(again);
  for (const [s] of TREES) {
    const w = s.split(' ');
    assert.deepEqual(p2.parse(w), model!.parse(w));
  }
});

test('the committed model parses news sentences sensibly', { skip: !model && 'models/parse.bin.gz missing' }, () => {
  const r = model!.parse('Police arrested the man in Nairobi on Friday .'.split(' '));
  assert.ok(isTree(r.heads));
  assert.equal(r.labels[0], 'nsubj');
  assert.equal(r.heads[0], 2);
  assert.equal(r.labels[1], 'root');
  assert.equal(r.labels[3], 'obj');
  assert.equal(r.heads[3], 2);
  const p = model!.parse('The minister was killed by rebels .'.split(' '));
  assert.deepEqual(p.labels.slice(0, 6), ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent']);
});

test('the parse stage parses sentences with an actor and a verb, and --with-syntax exposes it', { skip: !model && 'models/parse.bin.gz missing' }, () => {
  const doc = runPipeline({ title: 'Talks', captions: [], body: 'Police arrested two protesters in Nairobi on Friday. Rain fell all day. He said the talks would resume.', published: '2024-11-29', publishedSource: 'given' }, { until: 'parse' });
  assert.ok(doc.deps);
  const parsed = doc.sentences.map((_, i) => doc.deps!.parsed[i]);
  const texts = doc.sentences.map((s) => doc.body.slice(s.start, s.end));
  assert.equal(parsed[texts.indexOf('Police arrested two protesters in Nairobi on Friday.')], 1);
  assert.equal(parsed[texts.indexOf('Rain fell all day.')], 0);
  assert.equal(parsed[texts.indexOf('He said the talks would resume.')], 1);
  doc.sentences.forEach((s, si) => {
    if (!parsed[si]) return;
    let roots = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const h = doc.deps!.head[i]!;
      if (h < 0) roots++;
      else assert.ok(h >= s.tokenStart && h < s.tokenEnd, 'heads stay in the sentence');
      assert.ok(doc.deps!.label[i]);
    }
    assert.equal(roots, 1);
  });
  const police = doc.tokens.findIndex((t) => t.text === 'Police');
  assert.equal(doc.deps!.label[police], 'nsubj');
  assert.equal(doc.tokens[doc.deps!.head[police]!]!.text, 'arrested');
  const full = runPipeline({ title: 'Talks', captions: [], body: 'Police arrested two protesters.', published: '2024-11-29', publishedSource: 'given' });
  assert.equal('syntax' in toArticle(full), false, 'default output has no syntax');
  const withSyntax = toArticle(full, { withSyntax: true });
  const body = withSyntax.syntax!.find((s) => s.field === 'body')!;
  assert.equal(body.parsed, true);
  assert.deepEqual(body.tokens.map((t) => t.deprel), ['nsubj', 'root', 'nummod', 'obj', 'punct']);
  assert.deepEqual(body.tokens.map((t) => t.head), [2, 0, 4, 2, 2]);
});

const BIN = join(ROOT, 'bin/newsgraph');
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });

test('newsgraph parse --conllu fills the columns and passes ranges and empty nodes through', { skip: !model && 'models/parse.bin.gz missing' }, () => {
  const r = cli(['parse', '--conllu', FIXTURE]);
  assert.equal(r.status, 0, r.stderr);
  const inLines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
  const outLines = r.stdout.trimEnd().split('\n');
  assert.equal(outLines.length, inLines.length, 'one output line per input line');
  for (let i = 0; i < inLines.length; i++) {
    const a = inLines[i]!, b = outLines[i]!;
    if (!/^\d+\t/.test(a)) { assert.equal(b, a, 'comments, ranges, empty nodes and blank lines untouched'); continue; }
    const ca = a.split('\t'), cb = b.split('\t');
    assert.equal(cb.length, 10);
    assert.equal(cb[0], ca[0]); assert.equal(cb[1], ca[1]);
    if (ca.length === 10) { assert.equal(cb[2], ca[2], 'LEMMA kept'); assert.equal(cb[9], ca[9], 'MISC kept'); }
    assert.match(cb[3]!, /^[A-Z]+$/); assert.match(cb[4]!, /\S/);
    assert.match(cb[6]!, /^\d+$/); assert.match(cb[7]!, /^[a-z]+(:[a-z]+)?$/);
  }
  // each sentence's heads form a tree
  const sents = r.stdout.trim().split('\n\n').map((b) => b.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => Number(l.split('\t')[6])));
  for (const h of sents) assert.ok(isTree(h));
  // stdin too
  const s = cli(['parse', '--conllu', '-'], '1\tHello\n2\tworld\n');
  assert.equal(s.status, 0, s.stderr);
  assert.equal(s.stdout.trim().split('\n').length, 2);
});

test('newsgraph parse TEXT tokenises and prints CoNLL-U; bad input exits 1 with one line, usage 2', { skip: !model && 'models/parse.bin.gz missing' }, () => {
  const t = cli(['parse', '-'], 'Police arrested the man. He didn\'t resist.\n');
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout, /^# sent_id = 1\n# text = Police arrested the man\.\n1\tPolice\t_\t/);
  assert.match(t.stdout, /\tdid\t_\tAUX\tVBD\t/);
  const bad = cli(['parse', '--conllu', '-'], '1\ta\n3\tb\n');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^newsgraph: -: line 2: word ID 3 where 2 was expected\n$/);
  const missing = cli(['parse', '--conllu', join(ROOT, 'no-such-file.conllu')]);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.equal(cli(['parse']).status, 2);
  assert.equal(cli(['parse', '--conllu', FIXTURE, 'x.txt']).status, 2);
});
