// `newsgraph ner --conll FILE`: tag a CoNLL-2003-style file (SPEC.md). The whole input is read and
// checked before anything is written, so bad input leaves no half-written output.
import type { Command } from 'commander';
import { fileSource, readAll } from '../ingest/stream.js';
import { InputError } from '../ingest/types.js';
import { UsageError } from './errors.js';
import { NerTagger } from '../ner/tagger.js';
import { tagConllText } from '../ner/conll-tag.js';

const LIMIT = 512 * 1024 * 1024;

export async function nerCommand(o: { conll?: string; model?: string }): Promise<void> {
  if (!o.conll) throw new UsageError('ner needs --conll FILE');
  const text = await readAll(await fileSource(o.conll), LIMIT);
  if (!text.trim()) throw new InputError(`${o.conll}: empty file`);
  if (text.includes('\u0000')) throw new InputError(`${o.conll}: binary file, not CoNLL text`);
  const tagger = o.model ? NerTagger.load(o.model) : NerTagger.load();
  const out = tagConllText(text, tagger);
  await new Promise<void>((resolve, reject) => process.stdout.write(out.endsWith('\n') ? out : `${out}\n`, (e) => (e ? reject(e) : resolve())));
}

export function registerNer(program: Command): void {
  program
    .command('ner')
    .description('tag a CoNLL-2003-style file: copy every line and append the predicted IOB2 tag')
    .requiredOption('--conll <file>', 'CoNLL file (token in the first column; gzip allowed)')
    .option('--model <file>', 'a model file other than the committed models/ner.bin.gz')
    .action((o) => nerCommand(o));
}
