/** Pieces every command shares when it runs: writing to stdout, the --fail-on outcome, warnings. */
import { batched } from '../io/atomic.js';
import { exitCode } from '../errors.js';
import { fill, type Lang, type Texts } from '../cli/lang.js';

/**
 * A batched writer to a stream (stdout): chunks are gathered and written about 1 MB at a time,
 * each batch awaited until flushed. Call `flush()` at the end.
 */
export function streamSink(stream: NodeJS.WritableStream): { write: (chunk: string | Buffer) => Promise<void>; flush: () => Promise<void> } {
  return batched((text) => writeOut(stream, text));
}

/** Write to a stream and wait until it is flushed (large documents, pipes). */
export function writeOut(stream: NodeJS.WritableStream, text: string | Buffer): Promise<void> {
  return new Promise((res, rej) => {
    stream.write(text, (err) => (err ? rej(err) : res()));
  });
}

/**
 * TALENTA_TEST_HOLD_MS: wait this long with every output file written under its temporary name,
 * just before they are renamed into place (the tests send signals there). Not for normal use.
 */
export async function holdForTests(env: NodeJS.ProcessEnv): Promise<void> {
  const ms = Number(env.TALENTA_TEST_HOLD_MS);
  if (Number.isFinite(ms) && ms > 0) await new Promise((r) => setTimeout(r, ms));
}

const TEXT = {
  truncated: {
    id: 'talenta: peringatan: {cells} sel lebih panjang dari batas Excel 32.767 karakter dipotong di {file} (ditandai "… [dipotong: …]"); berkas CSV dan JSON memuat teks lengkapnya.\n',
    en: 'talenta: warning: {cells} cell(s) longer than Excel\'s 32,767 characters were cut in {file} (marked "… [truncated: …]"); the CSV and JSON files hold the full text.\n',
  },
  failOn: {
    id: 'talenta: kode keluar 1 (--fail-on {level}): {found} di antara masalah data (lihat masalah-data.csv atau talenta validate).',
    en: 'talenta: exit 1 (--fail-on {level}): {found} among the data problems (see masalah-data.csv or talenta validate).',
  },
  errors: { id: '{n} galat', en: '{n} error' },
  warnings: { id: '{n} peringatan', en: '{n} warning' },
} satisfies Record<string, Texts>;

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/** The warning for cells cut to Excel's 32,767 characters (the full text stays in the CSV/JSON). */
export function truncatedWarning(cells: number, file: string, lang: Lang): string {
  return fill(TEXT.truncated[lang], { cells: cells.toLocaleString(LOCALE[lang]), file });
}

/**
 * The exit code of `--fail-on` and, for exit 1, the one line that says why (for stderr):
 * `error` fails on errors, `warning` on errors or warnings, `none` never.
 */
export function failOnOutcome(failOn: string, counts: { error: number; warning: number }, lang: Lang): { code: number; reason: string | null } {
  const hit = failOn === 'error' ? counts.error > 0 : failOn === 'warning' ? counts.error + counts.warning > 0 : false;
  if (!hit) return { code: exitCode({ kind: 'ok' }), reason: null };
  const n = (x: number) => x.toLocaleString(LOCALE[lang]);
  const errors = fill(TEXT.errors[lang], { n: n(counts.error) });
  const found = failOn === 'error' ? errors : `${errors}, ${fill(TEXT.warnings[lang], { n: n(counts.warning) })}`;
  return { code: exitCode({ kind: 'data-problems' }), reason: fill(TEXT.failOn[lang], { level: failOn, found }) };
}
