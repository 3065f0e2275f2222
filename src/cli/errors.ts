// Exit codes of SPEC.md: 0 success, 1 bad input (one line on stderr), 2 usage error.
export class UsageError extends Error {}

export function fail(message: string, code = 1): never {
  process.stderr.write(`newsgraph: ${message.split('\n')[0]}\n`);
  process.exit(code);
}

export function warn(message: string): void {
  process.stderr.write(`newsgraph: warning: ${message.split('\n')[0]}\n`);
}

/**
 * Exit code of a run that did its work but rejected some records (each named on stderr or in the
 * summary): the one rule for bad records (README "Bad records").
 */
export const EXIT_SOME_REJECTED = 3;

/** End a run that wrote its output but rejected `n` records. */
export function someRejected(n: number, what = 'records'): never {
  process.stderr.write(`newsgraph: ${n} ${n === 1 ? what.replace(/s$/, '') : what} rejected (named above); the rest were processed\n`);
  process.exit(EXIT_SOME_REJECTED);
}
