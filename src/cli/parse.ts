// `newsgraph parse --conllu FILE` and `newsgraph parse TEXT-FILE` (issue 15): tag and parse with
// the committed models/parse.bin.gz and print CoNLL-U. The whole input is read and checked before
// anything is written, so bad input leaves no half-written output.
import type { Command } from 'commander';
import { fileSource, readAll, stdinSource } from '../ingest/stream.js';
import { InputError } from '../ingest/types.js';
import { UsageError } from './errors.js';
import { writeOut } from './analyze.js';
import { Parser, parseModel } from '../parse/parser.js';
import { ConlluError, formatConllu, parseConllu } from '../parse/conllu.js';
import { toUpos } from '../parse/upos.js';
import { segmentField } from '../text/index.js';
import type { Sentence, Token } from '../doc/index.js';

const LIMIT = 512 * 1024 * 1024;

async function readInput(file: string): Promise<string> {
  const text = await readAll(file === '-' ? await stdinSource() : await fileSource(file), LIMIT);
  if (!text.trim()) throw new InputError(`${file}: empty input`);
  if (text.includes('\u0000')) throw new InputError(`${file}: binary file, not text`);
  return text;
}

function model(path?: string): Parser {
  if (path) return Parser.load(path);
  const p = parseModel();
  if (!p) throw new InputError('models/parse.bin.gz is missing; run npm run train:parse');
  return p;
}

/** CoNLL-U in, CoNLL-U out: UPOS, XPOS, HEAD, DEPREL filled; every other line and column kept. */
export function parseConlluText(text: string, p: Parser, name = 'input'): string {
  let blocks;
  try {
    blocks = parseConllu(text);
  } catch (e) {
    if (e instanceof ConlluError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
  if (!blocks.some((b) => b.words.length)) throw new InputError(`${name}: no word lines (CoNLL-U: ID, FORM, … separated by tabs)`);
  for (const b of blocks) {
    if (!b.words.length) continue;
    const words = b.words.map((i) => (b.lines[i] as { cols: string[] }).cols[1]!);
    const r = p.parse(words);
    b.words.forEach((li, j) => {
      const cols = (b.lines[li] as { cols: string[] }).cols;
      cols[3] = toUpos(r.tags[j]!, words[j]!, r.labels[j]!);
      cols[4] = r.tags[j]!;
      cols[6] = String(r.heads[j]);
      cols[7] = r.labels[j]!;
    });
  }
  return formatConllu(blocks);
}

/** Plain text in: our own tokeniser and sentence splitter, then CoNLL-U out. */
export function parsePlainText(text: string, p: Parser): string {
  const tokens: Token[] = [], sentences: Sentence[] = [];
  segmentField(text, 'body', tokens, sentences);
  let out = '';
  sentences.forEach((s, si) => {
    const words = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
    const r = p.parse(words);
    out += `# sent_id = ${si + 1}\n# text = ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}\n`;
    for (let j = 0; j < words.length; j++) {
      const t = tokens[s.tokenStart + j]!, next = tokens[s.tokenStart + j + 1];
      const misc = next && next.start === t.end ? 'SpaceAfter=No' : '_';
      out += `${j + 1}\t${words[j]}\t_\t${toUpos(r.tags[j]!, words[j]!, r.labels[j]!)}\t${r.tags[j]}\t_\t${r.heads[j]}\t${r.labels[j]}\t_\t${misc}\n`;
    }
    out += '\n';
  });
  return out;
}

export async function parseCommand(file: string | undefined, o: { conllu?: string; model?: string }): Promise<void> {
  if (o.conllu && file) throw new UsageError('parse takes either --conllu FILE or a text file, not both');
  if (!o.conllu && !file) throw new UsageError('parse needs --conllu FILE or a text file (- for stdin)');
  const name = (o.conllu ?? file)!;
  const text = await readInput(name);
  const p = model(o.model);
  const out = o.conllu ? parseConlluText(text, p, name) : parsePlainText(text, p);
  if (!out.trim()) throw new InputError(`${name}: no sentence found`);
  await writeOut(out);
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('dependency-parse CoNLL-U (--conllu FILE) or plain text (tokenised here) and print CoNLL-U')
    .argument('[file]', 'a plain-text file to tokenise and parse (gzip allowed; - for stdin)')
    .option('--conllu <file>', 'CoNLL-U input (ID and FORM needed; ranges and empty nodes pass through; - for stdin)')
    .option('--model <file>', 'a model file other than the committed models/parse.bin.gz')
    .action((file: string | undefined, o) => parseCommand(file, o));
}
