/** Typed exits: the CLI maps these to exit codes (2 = usage, config or I/O error). */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, 2);
  }
}

export const EXIT = { OK: 0, DATA_PROBLEMS: 1, USAGE: 2, INTERRUPTED: 130 } as const;

/** The exit code after a signal: 128 + its number (SIGINT 130, SIGTERM 143, SIGHUP 129). */
export function signalExit(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): number {
  return 128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
}
