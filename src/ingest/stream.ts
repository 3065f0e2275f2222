// Streaming text input: files and stdin are read in chunks (gunzipped when their bytes say gzip),
// decoded strictly as UTF-8, and handed on line by line, so memory stays flat on huge inputs.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from './types.js';

const SNIFF = 64 * 1024;

export interface TextSource {
  name: string;
  /** The first SNIFF characters (or all of a short input), for content detection. */
  head: string;
  /** All decoded text chunks, starting from the beginning (head included). */
  chunks(): AsyncGenerator<string>;
}

async function* bytesOf(stream: Readable): AsyncGenerator<Buffer> {
  for await (const c of stream) yield c as Buffer;
}

/** Peek at the first bytes to choose gunzip, then decode strictly. */
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
  const head = Buffer.concat(pre);
  const gz = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

  async function* raw(): AsyncGenerator<Buffer> {
    yield* pre;
    yield* it;
  }
  async function* decoded(): AsyncGenerator<string> {
    const dec = new TextDecoder('utf-8', { fatal: true });
    let src: AsyncIterable<Buffer> = raw();
    if (gz) {
      const gunzip = createGunzip();
      const feed = (async () => {
        try {
          for await (const b of raw()) if (!gunzip.write(b)) await new Promise((r) => gunzip.once('drain', r));
          gunzip.end();
        } catch (e) {
          gunzip.destroy(e as Error);
        }
      })();
      void feed;
      src = bytesOf(gunzip);
    }
    let offset = 0;
    let firstChunk = true;
    try {
      for await (const b of src) {
        if (firstChunk) {
          checkBinary(b, name);
          firstChunk = false;
        }
        let s: string;
        try {
          s = dec.decode(b, { stream: true });
        } catch {
          throw new InputError(`${name}: invalid UTF-8 near byte ${offset + invalidAt(b)}`);
        }
        offset += b.length;
        if (s.includes('\0')) throw new InputError(`${name}: binary content (NUL bytes), not text`);
        if (s) yield s;
      }
      const tail = dec.decode();
      if (tail) yield tail;
    } catch (e) {
      if (e instanceof InputError) throw e;
      const msg = (e as Error).message;
      if (/invalid|incorrect header|unexpected end/i.test(msg) && gz) throw new InputError(`${name}: corrupt gzip data`);
      if ((e as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
        throw new InputError(`${name}: invalid UTF-8 near byte ${offset}`);
      }
      throw new InputError(`${name}: ${msg}`);
    }
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
    async *chunks() {
      yield* buffered;
      if (!consumed) yield* gen;
    },
  };
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
    out += c;
    if (out.length > limit) throw new InputError(`${src.name}: input larger than ${Math.round(limit / 1048576)} MB for this format`);
  }
  return out;
}
