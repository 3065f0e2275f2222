// The outside contract: the analysis JSON of SPEC.md, as TypeScript types.
// Programs that embed newsgraph import these; the CLI prints exactly this shape.

export type EntityType =
  | 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'LAW' | 'PRODUCT' | 'WORK';

/** `title`, `body`, or `caption:N` (N = index into `captions`). */
export type FieldName = 'title' | 'body' | `caption:${number}`;

export type PublishedSource = 'given' | 'metadata' | 'caption' | 'text' | null;

export interface Caption { text: string; credit: string | null }

/** A stretch of one field: `field.slice(start, end) === text` always holds (UTF-16 offsets). */
export interface SpanRef { field: FieldName; start: number; end: number; text: string }

export interface Geo { lat: number; lon: number; geonames_id: number | null }

/** GDELT's Geo_Type: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world state (ADM1). */
export type GeoType = 1 | 2 | 3 | 4 | 5;

/**
 * Where a place sits (places only; added to the SPEC's entity): its kind of feature (country,
 * adm1, adm2, city, town, region, territory, sea, strait, river, lake, mountain, desert, island,
 * valley, park, continent), the GeoNames feature code, and its admin path.
 */
export interface PlaceInfo {
  kind: string;
  feature: string;
  country: string | null;
  /** The first-level division it lies in (or is), by name, and GDELT's ADM1 code (FIPS country + division code). */
  admin1: string | null;
  admin1_code: string | null;
  geo_type: GeoType;
}

export interface EntityOut {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  actor_code: string | null;
  role: string | null;
  geo: Geo | null;
  mentions: SpanRef[];
  /** Places only: kind of feature and admin path. */
  place?: PlaceInfo | null;
}

export type DateGrain = 'day' | 'week' | 'month' | 'year';
export interface DateOut extends SpanRef { value: string | null; grain: DateGrain | null }

export interface SpeakerRef { entity: string | null; name: string }
export interface QuoteOut extends SpanRef {
  kind: 'direct' | 'partial' | 'indirect';
  speaker: SpeakerRef | null;
  /**
   * The attribution this is (source + cue + content): 'direct' and 'partial' as `kind`, 'indirect'
   * for reported speech, 'belief' for what someone thinks, fears, expects (kind 'indirect'); a
   * reported clause holding a quoted fragment is 'partial'.
   */
  attribution?: 'direct' | 'partial' | 'indirect' | 'belief';
  /** The word or words that introduce it ("said", "according to", "told reporters"), where there is one. */
  cue?: SpanRef | null;
  /** A quotation that is part of another entry (a quoted fragment of a reported clause, the next paragraph of a quotation): that entry's index in `quotes`. */
  within?: number;
  /** Ids of the events coded inside the content (output only). */
  events?: string[];
}

export interface ActorRef {
  entity: string | null; name: string; country: string | null; actor_code: string | null;
  /** The actor's own place where the text gives one ("police in Ohio", "the mayor of Kharkiv"). */
  place?: PlaceRef | null;
}
export interface PlaceRef {
  name: string; country: string | null; lat: number | null; lon: number | null;
  /** GDELT Geo_Type (precision) when the place is located. */
  geo_type?: GeoType | null;
  /** Kind of feature (as PlaceInfo.kind), GDELT ADM1 code, GeoNames id. */
  kind?: string | null;
  admin1?: string | null;
  admin1_code?: string | null;
  geonames_id?: number | null;
  /** For an event's place, where it came from: the event's clause, its sentence, the dateline, the article's main place, or the actors' country (null for an actor's own place). */
  from?: 'clause' | 'sentence' | 'dateline' | 'article' | 'actor' | null;
}

/** A count of people an event reports ("killing at least 11 soldiers" → killed 11), with its span. */
export interface CountOut extends SpanRef {
  kind: 'killed' | 'wounded' | 'arrested' | 'abducted' | 'displaced';
  n: number;
}

export interface EventOut {
  id: string;
  source: ActorRef;
  target: ActorRef | null;
  cameo: string;
  root: string;
  plover: string | null;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  date: string | null;
  /** The precision of `date` (SPEC): day, week (2024-W50), month (2024-12) or year (2024). */
  date_grain?: 'day' | 'week' | 'month' | 'year' | null;
  place: PlaceRef | null;
  negated: boolean;
  hedged: boolean;
  evidence: SpanRef;
  /** How many times the text reports this happening (folded mentions), and all their evidence. */
  mentions?: number;
  evidence_all?: SpanRef[];
  /** People killed, wounded, arrested, abducted or displaced, where the text gives a number. */
  counts?: CountOut[];
}

export interface Tone { score: number; positive: number; negative: number }

/**
 * Something a stage noticed about this article: a model that did not load, a quotation mark that
 * never closes, a choice made on thin evidence ('info'). Positions as every span has them.
 */
export interface DiagnosticOut {
  stage: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  field?: FieldName;
  start?: number;
  end?: number;
  text?: string;
}

export interface ArticleOut {
  id: string;
  url?: string | null;
  title: string;
  captions: Caption[];
  published: string | null;
  published_source: PublishedSource;
  body: string;
  entities: EntityOut[];
  dates: DateOut[];
  quotes: QuoteOut[];
  events: EventOut[];
  tone: Tone | null;
  /** Present only when a stage reported something. */
  diagnostics?: DiagnosticOut[];
  /** Only with `analyze --with-syntax`: every sentence's tokens, tags and (where parsed) dependencies. */
  syntax?: SyntaxSentenceOut[];
}

/** A sentence as `--with-syntax` prints it. */
export interface SyntaxSentenceOut {
  field: FieldName;
  start: number;
  end: number;
  /** Whether the parse stage parsed it (it parses the sentences later stages can use). */
  parsed: boolean;
  tokens: SyntaxTokenOut[];
}

export interface SyntaxTokenOut {
  text: string;
  start: number;
  end: number;
  /** Penn tag of the syntax stage (what the other stages read) */
  pos: string | null;
  /** Penn tag of the parser's own tagger, null where not parsed */
  xpos: string | null;
  /** 1-based index of the head token in the sentence, 0 for the root, null where not parsed */
  head: number | null;
  /** Universal Dependencies relation, null where not parsed */
  deprel: string | null;
}

export interface Analysis { articles: ArticleOut[] }
