/**
 * The command-line shell: decide the run's language (argv, environment), declare every command of
 * the registry in it, parse, run the command, map the outcome to an exit code (src/errors.ts).
 * The commands' implementations are imported only when they run.
 */
import { readFileSync, rmSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { ExitError, EXIT, exitCode, outcomeOf, signalExit, type Outcome } from './errors.js';
import { pendingTemps } from './io/atomic.js';
import { escapeControls } from './output/terminal-safe.js';
import type { Io } from './commands/shared/io.js';
import { LocalCommand, localizeProgram } from './cli/commander-lang.js';
import type { CommandModule } from './cli/command.js';
import { fill, langFromArgv, type Lang, type Texts } from './cli/lang.js';
import { addLangOption, exitHelp } from './cli/options.js';
import { COMMANDS } from './cli/registry.js';

export type { Io };

export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const TEXT = {
  description: {
    id: 'Pemetaan talenta ASN (kotak talenta 9-box, PermenPANRB 3/2020) dari ekspor SIASN, CACT dan e-Kinerja.',
    en: 'Talent mapping of civil servants (9-box grid, PermenPANRB 3/2020) from SIASN, CACT and e-Kinerja exports.',
  },
  examples: {
    id: '\nContoh:\n  $ talenta classify fixtures/contoh/roster.xlsx --as-of 2026-09-30\n  $ talenta --lang en classify --help\n',
    en: '\nExamples:\n  $ talenta classify fixtures/contoh/roster.xlsx --as-of 2026-09-30\n  $ talenta --lang en classify --help\n',
  },
  fileError: { id: 'talenta: berkas tidak dapat dibaca atau ditulis: {message}', en: 'talenta: a file cannot be read or written: {message}' },
  internal: {
    id: 'talenta: galat internal: {message}\nIni kesalahan talenta, bukan data Anda. Mohon laporkan: perintah yang dijalankan, versi talenta ({version}) dan keluaran dengan TALENTA_DEBUG=1 (tanpa data pegawai).',
    en: "talenta: internal error: {message}\nThis is talenta's fault, not your data's. Please report it: the command that was run, the talenta version ({version}) and the output with TALENTA_DEBUG=1 (without employee data).",
  },
} satisfies Record<string, Texts>;

/** Declare one command of the registry (and its subcommands) under `parent`; its action runs it. */
function registerCommand(parent: Command, mod: CommandModule, lang: Lang, io: Io, setExit: (code: number) => void): void {
  const cmd = mod.register(parent, { lang });
  const run = mod.run;
  if (run) {
    cmd.action(async (...params: unknown[]) => {
      const self = params[params.length - 1] as Command;
      // one language for the whole run: the one the help and commander's messages speak
      setExit(await run(self.processedArgs, { ...self.opts(), lang }, io));
    });
  }
  for (const sub of mod.subcommands ?? []) registerCommand(cmd, sub, lang, io, setExit);
}

export function buildProgram(io: Io, setExit: (code: number) => void, lang: Lang = langFromArgv([], io.env)): Command {
  const program = new LocalCommand();
  program
    .name('talenta')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    // `talenta --lang en classify …`: the program's --lang before the command, the command's after it
    .enablePositionalOptions();
  localizeProgram(program, lang, io.version);
  program.description(TEXT.description[lang]);
  addLangOption(program, lang);
  program.addHelpText('after', TEXT.examples[lang] + exitHelp(lang, true));
  for (const mod of COMMANDS) registerCommand(program, mod, lang, io, setExit);
  return program;
}

/** The outcome of commander's own exits: help and version are a success, the rest a usage error. */
export function commanderOutcome(err: CommanderError): Outcome {
  const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
  return ok ? { kind: 'ok' } : { kind: 'usage' };
}

/** Say what went wrong (commander has already said it for its own errors); the exit code. */
function reportError(err: unknown, io: Io, lang: Lang): number {
  if (err instanceof CommanderError) return exitCode(commanderOutcome(err));
  const outcome = outcomeOf(err);
  if (err instanceof ExitError) io.stderr.write(`talenta: ${escapeControls(err.message)}\n`);
  else if (outcome.kind === 'io') io.stderr.write(`${fill(TEXT.fileError[lang], { message: escapeControls((err as Error).message) })}\n`);
  else {
    const message = escapeControls((err as Error | null)?.message ?? String(err));
    io.stderr.write(`${fill(TEXT.internal[lang], { message, version: io.version })}\n`);
    if (io.env.TALENTA_DEBUG) io.stderr.write(`${(err as Error | null)?.stack ?? ''}\n`);
  }
  return exitCode(outcome);
}

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  let code: number = EXIT.OK;
  const program = buildProgram(
    io,
    (c) => {
      code = c;
    },
    lang,
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    return reportError(err, io, lang);
  }
}

export async function run(): Promise<void> {
  // Ctrl-C, kill and a closed terminal: no temporary file left, the previous reports untouched
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const t of pendingTemps) rmSync(t, { force: true });
      process.exit(signalExit(signal));
    });
  }
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.OK);
  });
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    today: localToday,
    version: toolVersion(),
  };
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
}
