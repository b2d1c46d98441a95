/**
 * The error taxonomy and the exit codes, in one place. Commands throw a typed error (or return
 * the outcome of --fail-on); `exitCode` (pure) maps every outcome to the process exit code:
 *
 *   ok                          0
 *   data problems at --fail-on  1
 *   usage, config or I/O error  2
 *   internal error              70 (EX_SOFTWARE; stderr says what to report)
 *   interrupted by a signal     128 + its number (SIGHUP 129, SIGINT 130, SIGTERM 143)
 */

/** What went wrong, as the exit code sees it. */
export type ErrorKind = 'usage' | 'config' | 'io';

export type Signal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** Every way a run ends. */
export type Outcome = { kind: 'ok' } | { kind: 'data-problems' } | { kind: ErrorKind } | { kind: 'internal' } | { kind: 'interrupted'; signal: Signal };

export const EXIT = { OK: 0, DATA_PROBLEMS: 1, USAGE: 2, INTERNAL: 70, INTERRUPTED: 130 } as const;

const SIGNAL_NUMBER: Record<Signal, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The exit code of an outcome (pure; the table is in the module comment and in README). */
export function exitCode(outcome: Outcome): number {
  switch (outcome.kind) {
    case 'ok':
      return EXIT.OK;
    case 'data-problems':
      return EXIT.DATA_PROBLEMS;
    case 'usage':
    case 'config':
    case 'io':
      return EXIT.USAGE;
    case 'internal':
      return EXIT.INTERNAL;
    case 'interrupted':
      return 128 + SIGNAL_NUMBER[outcome.signal];
  }
}

/** The exit code after a signal: 128 + its number (SIGINT 130, SIGTERM 143, SIGHUP 129). */
export function signalExit(signal: Signal): number {
  return exitCode({ kind: 'interrupted', signal });
}

/** An error the user can fix: its message is printed after `talenta: `, the exit code follows its kind. */
export class ExitError extends Error {
  readonly kind: ErrorKind;
  constructor(
    message: string,
    readonly exitCode: number = EXIT.USAGE,
    kind: ErrorKind = 'usage',
  ) {
    super(message);
    this.kind = kind;
  }
}

/** A wrong option, argument or combination of them (exit 2). */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, exitCode({ kind: 'usage' }), 'usage');
  }
}

/** A profile or setting that cannot be used (exit 2). */
export class ConfigError extends ExitError {
  constructor(message: string) {
    super(message, exitCode({ kind: 'config' }), 'config');
  }
}

/** A file that cannot be read or written (exit 2). */
export class IoError extends ExitError {
  constructor(message: string) {
    super(message, exitCode({ kind: 'io' }), 'io');
  }
}

/** An error from the operating system (ENOENT, EACCES, …): an I/O problem, not a bug. */
function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** The outcome of a thrown value (commander's own errors are handled by the CLI before this). */
export function outcomeOf(err: unknown): Outcome {
  if (err instanceof ExitError) return { kind: err.kind };
  if (isSystemError(err)) return { kind: 'io' };
  return { kind: 'internal' };
}
