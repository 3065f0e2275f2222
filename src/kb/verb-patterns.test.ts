import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbLexicon, parsePatterns } from './verb-patterns.js';
import { codeInfo } from './ontology.js';

test('the lexicon covers all 20 CAMEO roots with several hundred patterns, all valid codes', () => {
  const lex = verbLexicon();
  const all = [...lex.values()].flat();
  assert.ok(all.length >= 500, `only ${all.length} patterns`);
  const roots = new Set<string>();
  for (const p of all) {
    // ("*" blocks a reading: "sign a decree" is no agreement; see the file's header.)
    if (p.code === '*') continue;
    const info = codeInfo(p.code);
    assert.ok(info, `unknown CAMEO code ${p.code} (${p.lemma})`);
    roots.add(info.root);
  }
  assert.equal(roots.size, 20);
});

test('codes carry PLOVER type, Goldstein and quad class from the ontology tables', () => {
  assert.deepEqual([codeInfo('186')!.plover, codeInfo('186')!.quadClass, codeInfo('186')!.goldstein], ['ASSAULT', 4, -10]);
  assert.equal(codeInfo('042')!.plover, 'CONSULT');
  assert.equal(codeInfo('0841')!.plover, 'RETREAT');
  assert.equal(codeInfo('163')!.plover, 'COERCE');
  assert.equal(codeInfo('010')!.plover, null);
});

test('patterns parse alternatives, multi-word alternatives and reversed roles; specific first', () => {
  const lex = parsePatterns('070 send aid\n072 send weapon|arms to\n<072 receive air_defense from\n');
  assert.equal(lex.get('send')![0]!.code, '072');
  assert.deepEqual(lex.get('send')![0]!.elements, [[['weapon'], ['arms']], [['to']]]);
  const r = lex.get('receive')![0]!;
  assert.equal(r.reversed, true);
  assert.deepEqual(r.elements[0], [['air', 'defense']]);
});
