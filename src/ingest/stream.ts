// Streaming text input: files and stdin are read in chunks (gunzipped when their bytes say gzip),
// decoded, and handed on line by line, so memory stays flat on huge inputs.
//
// Encodings (issue 19, finding 8): a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); else
// the text is UTF-8 — and when it is not valid UTF-8 but is an HTML page or an XML feed that
// declares its charset (<meta charset>, <meta http-equiv content="…charset=…">, <?xml
// encoding="…"?>), it is decoded with the declared one (Node's TextDecoder, full ICU labels).
//
// Invalid bytes (finding 7), one rule: the record that holds them is rejected, nothing else.
// UTF-8 is decoded one line at a time where it fails (a newline byte is never inside a UTF-8
// sequence), and a line that is not valid text reaches the readers as a marker line — BAD_LINE
// then the reason — so a JSONL record or a raw-dump article with a bad byte is one rejected record
// and the records around it are read as usual. A page or a feed is one document: read whole, and
// rejected whole (readAll), before anything of it is analysed.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from './types.js';
import { detectFormat } from './detect.js';

const SNIFF = 64 * 1024;
/** A line longer than this without a newline is decoded in pieces (a bad byte there sinks the file). */
const LONG_LINE = 4 * 1024 * 1024;
/** Largest page or feed read whole when its declared charset may be needed, bytes. */
const MAX_DECLARED = 256 * 1024 * 1024;

/**
 * First character of a line that could not be decoded: a lone low surrogate, which decoding valid
 * UTF-8 or UTF-16 never produces. The rest of the line is the reason.
 */
export const BAD_LINE = '\uDC00';

export interface TextSource {
  name: string;
  /** The first SNIFF characters (or all of a short input), for content detection. */
  head: string;
  /** All decoded text chunks, starting from the beginning (head included). */
  chunks(): AsyncGenerator<string>;
  /** The encoding the bytes were decoded with. */
  encoding?: string;
}

async function* bytesOf(stream: Readable): AsyncGenerator<Buffer> {
  for await (const c of stream) yield c as Buffer;
}

/** The charset a page or feed declares in its first bytes (a TextDecoder name), or null. */
export function declaredCharset(head: Buffer): string | null {
  const s = head.subarray(0, 4096).toString('latin1');
  const fmt = detectFormat(s);
  let label: string | undefined;
  if (fmt === 'feed' || s.trimStart().startsWith('<?xml')) label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(s)?.[1];
  if (!label && fmt === 'html') {
    label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(s)?.[1];
  }
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Where a buffer can be cut without splitting a UTF-8 sequence (at most 3 bytes back). */
function charBoundary(b: Buffer, end: number): number {
  let i = end;
  for (let k = 0; k < 3 && i > 0 && (b[i - 1]! & 0xc0) === 0x80; k++) i--;
  if (i > 0 && b[i - 1]! >= 0xc0) return i - 1;
  return i === end || (i > 0 && b[i - 1]! < 0x80) ? end : i;
}

/** Peek at the first bytes to choose gunzip and the encoding, then decode. */
export async function openSource(name: string, open: () => Readable): Promise<TextSource> {
  const first = open();
  const it = bytesOf(first);
  const pre: Buffer[] = [];
  let preLen = 0;
  while (preLen < 2) {
    const r = await it.next();
    if (r.done) break;
    pre.push(r.value);
    preLen += r.value.length;
  }
  const magic = Buffer.concat(pre);
  const gz = magic.length >= 2 && magic[0] === 0x1f && magic[1] === 0x8b;

  async function* raw(): AsyncGenerator<Buffer> {
    yield* pre;
    yield* it;
  }
  // The decompressed bytes, with the first SNIFF of them peeked at.
  let bytes: AsyncGenerator<Buffer> = raw();
  if (gz) {
    const gunzip = createGunzip();
    void (async () => {
      try {
        for await (const b of raw()) if (!gunzip.write(b)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    bytes = bytesOf(gunzip);
  }
  const wrapErrors = async function* (src: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
    try {
      yield* src;
    } catch (e) {
      if (e instanceof InputError) throw e;
      const msg = (e as Error).message;
      if (gz && /invalid|incorrect header|unexpected end|unknown compression/i.test(msg)) throw new InputError(`${name}: corrupt gzip data`);
      throw new InputError(`${name}: ${msg}`);
    }
  };
  bytes = wrapErrors(bytes);
  const peeked: Buffer[] = [];
  let peekLen = 0;
  let ended = false;
  while (peekLen < SNIFF) {
    const r = await bytes.next();
    if (r.done) {
      ended = true;
      break;
    }
    peeked.push(r.value);
    peekLen += r.value.length;
  }
  const head = Buffer.concat(peeked);
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (!ended) yield* bytes;
  }

  let encoding = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else checkBinary(head, name);
  const declared = encoding === 'utf-8' ? declaredCharset(head) : null;

  let decoded: () => AsyncGenerator<string>;
  if (encoding !== 'utf-8') {
    // UTF-16 (BOM): streamed; a bad sequence anywhere rejects the input.
    decoded = async function* () {
      const dec = new TextDecoder(encoding, { fatal: true });
      let offset = 0;
      for await (const b of all()) {
        let s: string;
        try {
          s = dec.decode(b, { stream: true });
        } catch {
          throw new InputError(`${name}: invalid ${encoding.toUpperCase()} near byte ${offset}`);
        }
        offset += b.length;
        if (s.includes('\0')) throw new InputError(`${name}: binary content (NUL bytes), not text`);
        if (s) yield s;
      }
      try {
        const tail = dec.decode();
        if (tail) yield tail;
      } catch {
        throw new InputError(`${name}: invalid ${encoding.toUpperCase()} at the end of the input`);
      }
    };
  } else if (declared && declared !== 'utf-8') {
    // A page or feed that declares another charset: UTF-8 when its bytes are valid UTF-8 (pages
    // saved by a scraper often are, whatever their <meta> still says), else the declared charset.
    decoded = async function* () {
      const parts: Buffer[] = [];
      let len = 0;
      for await (const b of all()) {
        parts.push(b);
        len += b.length;
        if (len > MAX_DECLARED) throw new InputError(`${name}: input larger than ${MAX_DECLARED >> 20} MB for this format`);
      }
      const buf = Buffer.concat(parts);
      let s: string;
      try {
        s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        encoding = 'utf-8';
      } catch {
        try {
          s = new TextDecoder(declared, { fatal: true }).decode(buf);
          encoding = declared;
        } catch {
          throw new InputError(`${name}: neither valid UTF-8 nor valid ${declared} (its declared charset)`);
        }
      }
      if (s.includes('\0')) throw new InputError(`${name}: binary content (NUL bytes), not text`);
      yield s;
    };
  } else {
    decoded = async function* () {
      let carry: Buffer = Buffer.alloc(0);
      let offset = 0; // bytes of the input before `carry`
      let firstPiece = true;
      const piece = (b: Buffer, final: boolean): string => {
        const keepBom = !firstPiece;
        firstPiece = false;
        const s = decodeLines(b, offset, name, final, keepBom);
        offset += b.length;
        return s;
      };
      for await (const chunk of all()) {
        const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        let cut = b.lastIndexOf(10) + 1;
        if (cut === 0 && b.length > LONG_LINE) cut = charBoundary(b, b.length);
        if (cut === 0) {
          carry = b;
          continue;
        }
        carry = b.subarray(cut);
        const s = piece(b.subarray(0, cut), cut !== b.length - carry.length || b[cut - 1] !== 10);
        if (s) yield s;
      }
      if (carry.length) {
        const s = piece(carry, false);
        if (s) yield s;
      }
    };
  }

  // Decode the head once for sniffing; a second pass re-reads from the start.
  let headText = '';
  let consumed = false;
  const gen = decoded();
  const buffered: string[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) {
      consumed = true;
      break;
    }
    buffered.push(r.value);
    headText += r.value;
    if (headText.length >= SNIFF) break;
  }
  return {
    name,
    head: headText.slice(0, SNIFF),
    encoding,
    async *chunks() {
      yield* buffered;
      if (!consumed) yield* gen;
    },
  };
}

const strict = new TextDecoder('utf-8', { fatal: true });
const strictKeepBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Whole lines of UTF-8 (`b` ends with a newline, or is the input's end / a long line's piece) →
 * text. A line that is not valid UTF-8 or holds a NUL byte becomes BAD_LINE + reason; a piece of
 * an over-long line that is not valid rejects the input.
 */
function decodeLines(b: Buffer, offset: number, name: string, lastIsPartial: boolean, keepBom: boolean): string {
  const dec = keepBom ? strictKeepBom : strict;
  let s: string | null = null;
  try {
    s = dec.decode(b);
  } catch {
    s = null;
  }
  if (s !== null && !s.includes('\0')) return s;
  if (lastIsPartial && b.indexOf(10) < 0) {
    if (s === null) throw new InputError(`${name}: invalid UTF-8 near byte ${offset + invalidAt(b)}`);
    throw new InputError(`${name}: binary content (NUL bytes), not text`);
  }
  // Line by line: the bad ones become marker lines.
  const out: string[] = [];
  let from = 0;
  while (from < b.length) {
    let nl = b.indexOf(10, from);
    const end = nl < 0 ? b.length : nl + 1;
    const line = b.subarray(from, end);
    let t: string | null;
    try {
      t = (from === 0 ? dec : strictKeepBom).decode(line);
    } catch {
      t = null;
    }
    if (t === null) out.push(`${BAD_LINE}invalid UTF-8 near byte ${offset + from + invalidAt(line)}${nl < 0 ? '' : '\n'}`);
    else if (t.includes('\0')) out.push(`${BAD_LINE}NUL byte near byte ${offset + from + line.indexOf(0)} (binary content)${nl < 0 ? '' : '\n'}`);
    else out.push(t);
    from = end;
    nl = -1;
  }
  return out.join('');
}

function checkBinary(b: Buffer, name: string): void {
  const probe = b.subarray(0, Math.min(b.length, 8192));
  let controls = 0;
  for (const x of probe) {
    if (x === 0) throw new InputError(`${name}: binary file (NUL bytes), not text`);
    if (x < 9 || (x > 13 && x < 27) || (x > 27 && x < 32)) controls++;
  }
  if (probe.length > 0 && controls / probe.length > 0.05) throw new InputError(`${name}: binary file, not text`);
}

function invalidAt(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (n === 0) return i;
    if (i + n > buf.length) return i; // split across chunks: reported near here
    for (let k = 1; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}

export async function fileSource(path: string): Promise<TextSource> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  return openSource(path, () => createReadStream(path, { highWaterMark: SNIFF }));
}

export function stdinSource(): Promise<TextSource> {
  return openSource('stdin', () => process.stdin);
}

export function stringSource(name: string, text: string): TextSource {
  return {
    name,
    head: text.slice(0, SNIFF),
    async *chunks() {
      yield text;
    },
  };
}

/** Split chunks into lines (without their \n; a trailing \r is dropped). */
export async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const c of chunks) {
    rest += c;
    let i: number;
    let from = 0;
    while ((i = rest.indexOf('\n', from)) >= 0) {
      let line = rest.slice(from, i);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      yield line;
      from = i + 1;
    }
    rest = rest.slice(from);
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/** Read a whole source into one string, refusing more than `limit` characters. */
export async function readAll(src: TextSource, limit: number): Promise<string> {
  let out = '';
  for await (const c of src.chunks()) {
    const bad = c.indexOf(BAD_LINE);
    if (bad >= 0) throw new InputError(`${src.name}: ${c.slice(bad + 1, c.indexOf('\n', bad) >= 0 ? c.indexOf('\n', bad) : undefined)} (the whole document is rejected)`);
    out += c;
    if (out.length > limit) throw new InputError(`${src.name}: input larger than ${Math.round(limit / 1048576)} MB for this format`);
  }
  return out;
}
