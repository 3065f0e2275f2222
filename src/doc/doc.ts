// The Doc: one article's fields plus stand-off annotation layers, in the manner of spaCy.
// Every annotation points into a field by UTF-16 offsets; no stage ever rewrites the text.
import { createHash } from 'node:crypto';
import type {
  ActorRef, Caption, DateOut, EntityOut, EntityType, EventOut, FieldName, PublishedSource, QuoteOut, SpanRef, Tone,
} from '../types.js';

/** What a reader produces: an article's fields before any analysis. */
export interface RawArticle {
  title: string;
  captions: Caption[];
  body: string;
  published: string | null;
  publishedSource: PublishedSource;
  url?: string | null;
  byline?: string | null;
  lang?: string | null;
}

export interface Token {
  field: FieldName;
  start: number;
  end: number;
  text: string;
  /** Index into doc.sentences. */
  sentence: number;
  /** Penn Treebank tag, set by the syntax stage. */
  pos?: string;
  /** IOB chunk tag (B-NP, I-VP, ...), set by the syntax stage. */
  chunk?: string;
}

/**
 * The dependency layer (parse stage), stand-off over doc.tokens: arrays indexed like doc.tokens.
 * Only the sentences some later stage can use are parsed (src/parse/select.ts); the others keep
 * head -1 and label ''.
 */
export interface Deps {
  /** Index in doc.tokens of the token's head; -1 for a sentence's root and for tokens not parsed. */
  head: Int32Array;
  /** Universal Dependencies relation (nsubj, obj, nsubj:pass, obl:agent, …); '' where not parsed. */
  label: string[];
  /** The parser's own Penn Treebank tag (trained on web text and speech as well as news); '' where not parsed. */
  tag: string[];
  /** Per sentence (index in doc.sentences): 1 when it was parsed. */
  parsed: Uint8Array;
}

export interface Sentence {
  field: FieldName;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export type ConllLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name as the recogniser found it, before resolution. */
export interface Mention extends SpanRef {
  label: ConllLabel;
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
}

/** A title or role phrase ("Iraqi President", "top adviser on international affairs"). */
export interface RoleSpan extends SpanRef {
  /** The mention this role describes, as an index into doc.mentions, when known. */
  mention: number | null;
}

/**
 * A problem a stage noticed, with its position when it has one (as vfile messages carry theirs).
 * 'info' notes a choice made on thin evidence; 'warning' something the user should know (a model
 * missing, a date that cannot exist); 'error' a stage that could not do its work.
 */
export interface Diagnostic {
  stage: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  field?: FieldName;
  start?: number;
  end?: number;
}

/** The countries an article is about, as the resolve stage reads its country cues. */
export interface ArticleContext {
  /** Every country the article names (by name or demonym; capitals only when no country is named). */
  focus: string[];
  /** The country at least half of the cues name (three or more cues), else null. */
  dominant: string | null;
  /** The one country the article is about (dominant, or the only one named at least twice), else null. */
  sole: string | null;
}

/**
 * A group or institution named without a name ("police", "the government", "Kenyan protesters"),
 * found by the resolve stage so that later stages can read it like a name.
 */
export interface GenericActor {
  /** The phrase as a mention (label ORG), including a demonym taken into it ("Kenyan police"). */
  mention: Mention;
  /** CAMEO role type (COP, MIL, GOV, CVL, …). */
  role: string;
  /** An arm of a state, or a group of people. */
  kind: 'state' | 'group';
  /** Country the phrase itself names (demonym, possessive, "of X", "in X"), or null. */
  country: string | null;
  /** The actor of a nationality word taken into the phrase ("Kenyan" in "Kenyan police"). */
  nationality: ActorRef | null;
  /** The actor it stands for: its own country, else the article's dominant one; null without either. */
  actor: ActorRef | null;
}

/** The annotation layers; each stage returns the layers it owns. */
export interface Layers {
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  roles: RoleSpan[];
  entities: EntityOut[];
  /** For each mention index, the entity id it resolved to (or null). */
  mentionEntity: (string | null)[];
  /** For each mention index, the actor it stands for (country and CAMEO code), or null. */
  mentionActors: (ActorRef | null)[];
  /** Groups and institutions named without a name, in reading order. */
  generics: GenericActor[];
  /** The article's countries, as resolve read them (null before resolve runs). */
  context: ArticleContext | null;
  dates: DateOut[];
  quotes: QuoteOut[];
  events: EventOut[];
  tone: Tone | null;
  /** Dependency heads and relations (parse stage), null before it runs. */
  deps: Deps | null;
}

export interface Doc extends Layers {
  id: string;
  url: string | null;
  title: string;
  captions: Caption[];
  body: string;
  published: string | null;
  publishedSource: PublishedSource;
  byline: string | null;
  lang: string | null;
  diagnostics: Diagnostic[];
}

/** Text normalised for identity: the same story keeps the same id whatever its spacing. */
export function articleId(body: string): string {
  const norm = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(norm, 'utf8').digest('hex').slice(0, 16);
}

export function createDoc(raw: RawArticle): Doc {
  return {
    id: articleId(raw.body),
    url: raw.url ?? null,
    title: raw.title,
    captions: raw.captions,
    body: raw.body,
    published: raw.published,
    publishedSource: raw.published ? raw.publishedSource : null,
    byline: raw.byline ?? null,
    lang: raw.lang ?? null,
    diagnostics: [],
    tokens: [],
    sentences: [],
    mentions: [],
    roles: [],
    entities: [],
    mentionEntity: [],
    mentionActors: [],
    generics: [],
    context: null,
    dates: [],
    quotes: [],
    events: [],
    tone: null,
    deps: null,
  };
}

/** The fields of a doc in reading order: title, captions, body. */
export function fieldNames(doc: Pick<Doc, 'captions'>): FieldName[] {
  return ['title', ...doc.captions.map((_, i) => `caption:${i}` as FieldName), 'body'];
}

export function fieldText(doc: Pick<Doc, 'title' | 'captions' | 'body'>, field: FieldName): string {
  if (field === 'title') return doc.title;
  if (field === 'body') return doc.body;
  const i = Number(field.slice('caption:'.length));
  return doc.captions[i]?.text ?? '';
}

export function span(doc: Pick<Doc, 'title' | 'captions' | 'body'>, field: FieldName, start: number, end: number): SpanRef {
  return { field, start, end, text: fieldText(doc, field).slice(start, end) };
}

/** The sentence a span lies in, or null. */
export function sentenceOf(doc: Pick<Doc, 'sentences'>, s: { field: FieldName; start: number }): number | null {
  for (let i = 0; i < doc.sentences.length; i++) {
    const x = doc.sentences[i]!;
    if (x.field === s.field && x.start <= s.start && s.start < x.end) return i;
  }
  return null;
}
