// Exit codes of SPEC.md: 0 success, 1 bad input (one line on stderr), 2 usage error.
export class UsageError extends Error {}

export function fail(message: string, code = 1): never {
  process.stderr.write(`newsgraph: ${message.split('\n')[0]}\n`);
  process.exit(code);
}

export function warn(message: string): void {
  process.stderr.write(`newsgraph: warning: ${message.split('\n')[0]}\n`);
}
