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
