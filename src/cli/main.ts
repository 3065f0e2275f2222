// The `newsgraph` command line (SPEC.md): exit 0 ok, 1 bad input, 2 usage error; 3 done but some records rejected (README).
import { Command, CommanderError } from 'commander';
import { InputError } from '../ingest/types.js';
import { DbError } from '../store/db.js';
import { analyzeCommand } from './analyze.js';
import { extractCommand } from './extract.js';
import { UsageError, fail } from './errors.js';
import { registerMore } from './more.js';

export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Reads the news like an analyst: entities, events, quotes, dates and tone, with evidence.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError(false);

  program
    .command('analyze')
    .description('analyse raw dumps, HTML, JSONL or RSS/Atom (files or - for stdin) and print the analysis')
    .argument('[files...]', 'input files (gzip allowed); - or nothing for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every article')
    .option('--url <url>', 'the page address, for HTML input')
    .option('--format <format>', 'json or jsonl', 'json')
    .option('--workers <n>', 'analysis threads (default: one per core)')
    .option('--article-budget <seconds>', 'longest one article may take to analyse; past it the article is rejected and the rest go on (0 = no budget, and --workers 1 then analyses in the main thread)', '60')
    .option('--quiet', 'no progress on stderr')
    .option('--with-syntax', 'add each sentence\'s tokens, tags and dependency parse (`syntax`)')
    .option('--strict', 'stop at the first bad record, before anything is written (exit 1)')
    .action((files: string[], o) => analyzeCommand(files, o));

  program
    .command('extract')
    .description('main-content extraction from web pages: {title, byline, published, lang, body}')
    .argument('<files...>', 'HTML files (gzip allowed)')
    .option('--url <url>', 'the page address')
    .option('--out <dir>', 'write one <name>.json per input into this folder')
    .action((files: string[], o) => extractCommand(files, o));

  registerMore(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is no error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    fail(`stdout: ${e.message}`);
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') process.exit(0);
      process.exit(2); // commander already printed the usage error
    }
    if (e instanceof UsageError) fail(e.message, 2);
    if (e instanceof InputError || e instanceof DbError) fail(e.message, 1);
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') fail(`${err.path ?? 'file'}: no such file`);
    if (err.code === 'EISDIR') fail(`${err.path ?? 'path'}: is a directory, not a file`);
    if (err.code === 'EACCES') fail(`${err.path ?? 'file'}: permission denied`);
    if (err.code === 'EPIPE') process.exit(0);
    fail(err.message ?? String(e));
  }
}
