/** Pieces every command shares: the input options, repeatable flags, writing to stdout. */
import { Option, type Command } from 'commander';
import { batched } from '../io/atomic.js';
import { EXIT } from '../errors.js';

/** Commander parser for a repeatable option (`--skp a.csv --skp b.csv`). */
export const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Options shared by every command that reads inputs (classify, explain, validate, audit, profile diff). */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--roster <file>', 'berkas roster (SIASN); boleh diulang', collect)
    .option('--cact <file>', 'berkas hasil CACT; boleh diulang', collect)
    .option('--skp <file>', 'berkas SKP (e-Kinerja); boleh diulang', collect)
    .option('--hukdis <file>', 'berkas hukuman disiplin; boleh diulang', collect)
    .option('--profile <id|file>', 'profil aturan: id bawaan (talenta profile list) atau berkas JSON (bawaan: TALENTA_PROFILE atau permenpanrb-3-2020)')
    .option('--as-of <date>', 'tanggal acuan YYYY-MM-DD (bawaan: hari ini)')
    .option('--year <year>', 'tahun SKP terakhir dalam jendela (bawaan: tahun terbaru di data, tidak melewati tahun acuan)')
    .addOption(new Option('--lang <lang>', 'bahasa keluaran (bawaan: TALENTA_LANG atau id)').choices(['id', 'en']))
    .option('--delimiter <char>', 'pemisah CSV: , ; tab atau | (bawaan: dideteksi dari header)')
    .option('--encoding <name>', 'encoding CSV tanpa BOM (bawaan: utf-8; mis. windows-1252)')
    .option('--max-input-mb <n>', 'batas ukuran satu berkas masukan, dalam MB (bawaan: TALENTA_MAX_INPUT_MB atau 2048)');
}

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

/** The warning for cells cut to Excel's 32,767 characters (the full text stays in the CSV/JSON). */
export function truncatedWarning(cells: number, file: string, lang: 'id' | 'en'): string {
  return lang === 'en'
    ? `talenta: warning: ${cells.toLocaleString('en-US')} cell(s) longer than Excel's 32,767 characters were cut in ${file} (marked "… [truncated: …]"); the CSV and JSON files hold the full text.\n`
    : `talenta: peringatan: ${cells.toLocaleString('id-ID')} sel lebih panjang dari batas Excel 32.767 karakter dipotong di ${file} (ditandai "… [dipotong: …]"); berkas CSV dan JSON memuat teks lengkapnya.\n`;
}

/**
 * The exit code of `--fail-on` and, for exit 1, the one line that says why (for stderr):
 * `error` fails on errors, `warning` on errors or warnings, `none` never.
 */
export function failOnOutcome(failOn: string, counts: { error: number; warning: number }, lang: 'id' | 'en'): { code: number; reason: string | null } {
  const hit = failOn === 'error' ? counts.error > 0 : failOn === 'warning' ? counts.error + counts.warning > 0 : false;
  if (!hit) return { code: EXIT.OK, reason: null };
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID');
  const found = failOn === 'error' ? `${n(counts.error)} error` : `${n(counts.error)} error, ${n(counts.warning)} warning`;
  return {
    code: EXIT.DATA_PROBLEMS,
    reason:
      lang === 'en'
        ? `talenta: exit 1 (--fail-on ${failOn}): ${found} among the data problems (see masalah-data.csv or talenta validate).`
        : `talenta: kode keluar 1 (--fail-on ${failOn}): ${found} di antara masalah data (lihat masalah-data.csv atau talenta validate).`,
  };
}
