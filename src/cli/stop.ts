// Graceful stop on SIGINT/SIGTERM for long-running commands: the first signal asks the command to
// stop between articles (the one in flight commits or rolls back whole); a second one exits at once.
export interface StopFlag {
  readonly stopped: boolean;
  release(): void;
}

export function stopOnSignals(): StopFlag {
  let stopped = false;
  const onSig = () => {
    if (stopped) process.exit(130);
    stopped = true;
  };
  process.on('SIGINT', onSig);
  process.on('SIGTERM', onSig);
  return {
    get stopped() {
      return stopped;
    },
    release() {
      process.off('SIGINT', onSig);
      process.off('SIGTERM', onSig);
    },
  };
}
