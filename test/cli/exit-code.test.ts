/**
 * The exit code as one pure function of the outcome (src/errors.ts), the thrown values mapped to
 * outcomes, commander's own exits, and an internal error end to end: exit 70 with what to report.
 */
import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderOutcome, main } from '../../src/cli.js';
import { ConfigError, exitCode, IoError, outcomeOf, signalExit, UsageError, type Outcome } from '../../src/errors.js';

describe('exitCode', () => {
  // the table of README "Exit codes" and of every --help; 128 + the signal's number (signal(7):
  // SIGHUP 1, SIGINT 2, SIGTERM 15); 70 is EX_SOFTWARE of sysexits.h
  const table: [Outcome, number][] = [
    [{ kind: 'ok' }, 0],
    [{ kind: 'data-problems' }, 1],
    [{ kind: 'usage' }, 2],
    [{ kind: 'config' }, 2],
    [{ kind: 'io' }, 2],
    [{ kind: 'internal' }, 70],
    [{ kind: 'interrupted', signal: 'SIGHUP' }, 129],
    [{ kind: 'interrupted', signal: 'SIGINT' }, 130],
    [{ kind: 'interrupted', signal: 'SIGTERM' }, 143],
  ];
  it.each(table)('%j → %i', (outcome, code) => {
    expect(exitCode(outcome)).toBe(code);
  });

  it('signalExit is the interrupted row', () => {
    expect([signalExit('SIGHUP'), signalExit('SIGINT'), signalExit('SIGTERM')]).toEqual([129, 130, 143]);
  });
});

describe('outcomeOf: one taxonomy for what is thrown', () => {
  it.each([
    ['UsageError', new UsageError('x'), 'usage'],
    ['ConfigError', new ConfigError('x'), 'config'],
    ['IoError', new IoError('x'), 'io'],
    ['an errno error (ENOENT)', Object.assign(new Error('no such file'), { code: 'ENOENT' }), 'io'],
    ['an errno error (EACCES)', Object.assign(new Error('denied'), { code: 'EACCES' }), 'io'],
    ['a plain Error', new Error('bug'), 'internal'],
    ['a TypeError', new TypeError('x is undefined'), 'internal'],
    ['an error with a non-errno code', Object.assign(new Error('x'), { code: 'ERR_SOMETHING_ELSE' }), 'internal'],
    ['a thrown string', 'boom', 'internal'],
  ] as const)('%s → %s', (_name, err, kind) => {
    expect(outcomeOf(err).kind).toBe(kind);
  });

  it('a typed error carries the exit code of its kind', () => {
    expect([new UsageError('x').exitCode, new ConfigError('x').exitCode, new IoError('x').exitCode]).toEqual([2, 2, 2]);
  });

  it("commander's help and version are a success, its other exits a usage error", () => {
    expect(commanderOutcome(new CommanderError(0, 'commander.helpDisplayed', '')).kind).toBe('ok');
    expect(commanderOutcome(new CommanderError(0, 'commander.version', '')).kind).toBe('ok');
    expect(commanderOutcome(new CommanderError(1, 'commander.unknownOption', '')).kind).toBe('usage');
    expect(commanderOutcome(new CommanderError(1, 'commander.invalidArgument', '')).kind).toBe('usage');
  });
});

describe('an internal error, in process', () => {
  /** `profile schema` writes to stdout: a stdout that throws a plain Error is a bug path */
  async function broken(lang: string[]) {
    let err = '';
    const stderr = new Writable({
      write(chunk, _enc, cb) {
        err += String(chunk);
        cb();
      },
    });
    const stdout = {
      write: () => {
        throw new Error('kaboom');
      },
    } as unknown as NodeJS.WritableStream;
    const code = await main(['profile', 'schema', ...lang], { stdout, stderr, stdin: Readable.from([]), env: {}, today: () => '2026-09-30', version: '9.9.9' });
    return { code, err };
  }

  it('exits 70 and says what to report, in Indonesian by default', async () => {
    const { code, err } = await broken([]);
    expect(code).toBe(70);
    expect(err).toContain('talenta: galat internal: kaboom');
    expect(err).toContain('Mohon laporkan');
    expect(err).toContain('9.9.9');
    expect(err).toContain('TALENTA_DEBUG=1');
    expect(err).not.toMatch(/internal error|Please report/);
  });

  it('and in English with --lang en', async () => {
    const { code, err } = await broken(['--lang', 'en']);
    expect(code).toBe(70);
    expect(err).toContain('talenta: internal error: kaboom');
    expect(err).toContain('Please report it');
    expect(err).not.toMatch(/galat|laporkan/);
  });
});
