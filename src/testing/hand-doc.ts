// Test support (not a stage): hand-built documents for the tests of later stages. The real text
// and syntax stages run; mentions and entities come from a small hand-written table (so a stage is
// tested apart from NER and resolution), and resolve's published layers (the actor of every
// mention, generic actors, the article's countries) are computed from them as resolve would.
import { createDoc, fieldText, type Doc, type Mention } from '../doc/index.js';
import type { EntityOut, EntityType } from '../types.js';
import { textStage } from '../text/index.js';
import { syntaxStage } from '../syntax/index.js';
import { articleContext, publishedLayers } from '../resolve/index.js';

export interface HandEntity { names: string[]; type: EntityType; country: string | null; code?: string; geo?: [number, number] }

const noop = { report: () => {} };

export function handDoc(body: string, table: HandEntity[], opts: { title?: string; captions?: string[]; published?: string; dates?: Doc['dates'] } = {}): Doc {
  const captions = (opts.captions ?? []).map((text) => ({ text, credit: null }));
  let doc = createDoc({ title: opts.title ?? '', captions, body, published: opts.published ?? '2024-11-29', publishedSource: 'given' });
  doc = { ...doc, ...textStage.run(doc, noop) };
  doc = { ...doc, ...syntaxStage.run(doc, noop) };
  const entities: EntityOut[] = table.map((e, i) => ({
    id: `e${i + 1}`, name: e.names[0]!, type: e.type, country: e.country, actor_code: e.code ?? e.country, role: null,
    geo: e.geo ? { lat: e.geo[0], lon: e.geo[1], geonames_id: null } : null, mentions: [],
  }));
  const phrases = table.flatMap((e, i) => e.names.map((n) => ({ words: n.split(/\s+/), entity: i, type: e.type })))
    .sort((a, b) => b.words.length - a.words.length);
  const mentions: Mention[] = [];
  const mentionEntity: (string | null)[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length;) {
    const hit = phrases.find((p) => p.words.every((w, k) => toks[i + k]?.text === w && toks[i + k]!.field === toks[i]!.field));
    if (!hit) { i++; continue; }
    const a = toks[i]!, b = toks[i + hit.words.length - 1]!;
    const field = a.field;
    const text = fieldText(doc, field).slice(a.start, b.end);
    mentions.push({ field, start: a.start, end: b.end, text, label: hit.type === 'PERSON' ? 'PER' : hit.type === 'ORG' ? 'ORG' : hit.type === 'NORP' ? 'MISC' : 'LOC', type: hit.type, tokenStart: i, tokenEnd: i + hit.words.length });
    mentionEntity.push(entities[hit.entity]!.id);
    i += hit.words.length;
  }
  const out: Doc = { ...doc, mentions, mentionEntity, entities, dates: opts.dates ?? [] };
  return { ...out, ...publishedLayers(out, articleContext(out)) };
}

/**
 * A hand-written parse for a one-sentence doc: one entry per token, "HEAD LABEL TAG" with HEAD the
 * 1-based index of the head in the sentence (0 for the root), as CoNLL-U writes it. The token
 * count must match the tokeniser's.
 */
export function withParse(doc: Doc, spec: string): Doc {
  const rows = spec.trim().split(/\s*\|\s*/).map((r) => r.split(/\s+/));
  const n = doc.tokens.length;
  if (rows.length !== n) throw new Error(`parse has ${rows.length} entries for ${n} tokens: ${doc.tokens.map((t) => t.text).join(' ')}`);
  const head = new Int32Array(n), label = new Array<string>(n), tag = new Array<string>(n);
  rows.forEach(([h, l, t], i) => { head[i] = Number(h) - 1; label[i] = l!; tag[i] = t ?? doc.tokens[i]!.pos ?? ''; });
  return { ...doc, deps: { head, label, tag, parsed: new Uint8Array(doc.sentences.length).fill(1) } };
}
