/**
 * `talenta compare <earlier> <later> [more…]`: what changed between earlier runs of classify.
 * This module registers the command; everything heavier (readers, writers) is imported when the
 * command runs, so other commands do not pay for it at start-up.
 */
import { Command, Option } from 'commander';
import type { Io } from './classify.js';
import { collect, holdForTests, truncatedWarning, writeOut } from './options.js';
import { terminalWidth } from '../output/width.js';


export interface CompareCliOptions {
  label?: string[];
  output?: string;
  force?: boolean;
  json?: boolean;
  xlsx?: boolean;
  top?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
}

/** Output file names (stable). */
export const COMPARE_FILES = {
  xlsx: 'perbandingan-talenta.xlsx',
  json: 'perbandingan-talenta.json',
  matrix: 'transisi.csv',
  moves: 'perpindahan.csv',
  paths: 'jalur.csv',
} as const;

const EXAMPLES = `
Contoh / examples:
  $ talenta compare laporan-talenta-2026-06-30/hasil-talenta.json laporan-talenta-2026-09-30/hasil-talenta.json
  $ talenta compare laporan-talenta-2026-03-31 laporan-talenta-2026-06-30 laporan-talenta-2026-09-30 -o perbandingan/
  $ talenta compare q2/pegawai.csv q3/laporan-talenta.xlsx --label "Kuartal II" --label "Kuartal III"
  $ talenta classify roster.xlsx --as-of 2026-09-30 --json | talenta compare hasil-juni.json - --json

Masukan: keluaran talenta classify dari run sebelumnya, lama → baru: hasil-talenta.json (atau --json),
pegawai.csv, laporan-talenta.xlsx, atau folder keluarannya. Periode dari tanggal acuan di
metadata (CSV: tanggal di nama folder/berkas), atau --label (boleh diulang, sesuai urutan).
Inputs: earlier talenta classify outputs, earliest first; the period comes from their metadata or --label.

Keluaran: ringkasan di terminal; dengan -o <folder>: perbandingan-talenta.xlsx,
perbandingan-talenta.json, transisi.csv, perpindahan.csv, jalur.csv (tiga periode atau lebih).
--json: satu dokumen JSON di stdout (schemaVersion 1).

Kode keluar / exit codes:
  0    selesai / done
  2    kesalahan pemakaian atau berkas (kurang dari dua masukan, berkas tidak terbaca,
       bukan keluaran talenta) / usage or I/O error`;

export function registerCompare(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description(
      'Bandingkan hasil talenta antarperiode (kuartal ke kuartal): matriks transisi kotak, masuk/keluar talent pool, ' +
        'lompatan ≥ 2 kotak, anomali, roster dan pemetaan, pegawai yang tetap di kotak yang sama, jalur tiap pegawai.',
    )
    .argument('<inputs...>', 'hasil talenta lama → baru: hasil-talenta.json, pegawai.csv, laporan-talenta.xlsx atau folder keluaran; - = stdin')
    .option('--label <label>', 'nama periode untuk masukan berikutnya, sesuai urutan (boleh diulang)', collect)
    .option('-o, --output <dir>', 'tulis laporan perbandingan (XLSX, CSV, JSON) ke folder ini')
    .option('--force', 'tulis ke folder keluaran walau sudah berisi berkas lain (hanya berkas talenta yang ditimpa)')
    .option('--json', 'cetak satu dokumen JSON di stdout (tanpa berkas kecuali -o diberikan)')
    .option('--no-xlsx', 'dengan -o: jangan tulis laporan XLSX')
    .option('--top <n>', 'jumlah baris per daftar di terminal', '10')
    .addOption(new Option('--lang <lang>', 'bahasa keluaran (bawaan: TALENTA_LANG atau id)').choices(['id', 'en']))
    .option('--no-color', 'tanpa warna (juga NO_COLOR)')
    .option('-q, --quiet', 'hanya cetak kesalahan')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: CompareCliOptions) => {
      setExit(await runCompare(inputs, opts, io));
    });
}

export async function runCompare(inputs: string[], o: CompareCliOptions, io: Io): Promise<number> {
  const [{ resolveLang, COMPARE_MSG, COMPARE_UI, fillText, tr }, { UsageError, EXIT }] = await Promise.all([
    import('../i18n.js'),
    import('../errors.js'),
  ]);
  const lang = resolveLang(o.lang, io.env);
  const msg = (k: keyof typeof COMPARE_MSG, p: Record<string, string | number> = {}) => fillText(COMPARE_MSG[k][lang], p);
  if (inputs.length < 2) throw new UsageError(msg('fewInputs', { n: inputs.length }));
  const labels = o.label ?? [];
  if (labels.length > inputs.length) throw new UsageError(msg('manyLabels', { labels: labels.length, n: inputs.length }));
  if (labels.some((l) => l.trim() === '')) throw new UsageError(msg('emptyLabel'));
  if (inputs.filter((p) => p === '-').length > 1) throw new UsageError(msg('oneStdin'));
  const top = o.top === undefined ? 10 : Number(o.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError(msg('top', { v: String(o.top) }));

  const [{ readRun, dateInPath }, { compare }] = await Promise.all([import('../io/read-run.js'), import('../core/compare.js')]);
  type Run = import('../core/compare.js').Run;
  const runs: Run[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const r = await readRun(inputs[i]!, { lang, stdin: io.stdin });
    const given = labels[i]?.trim();
    const fromPath = dateInPath(r.file);
    const [label, labelFrom]: [string, Run['labelFrom']] = given
      ? [given, 'option']
      : r.asOf
        ? [r.asOf, 'asOf']
        : fromPath
          ? [fromPath, 'path']
          : [r.file, 'file'];
    runs.push({ ...r, label, labelFrom });
  }
  const result = compare(runs);
  const ctx = { lang, human: true, result };
  const contract = { ...ctx, human: false };

  if (o.output !== undefined) {
    const [{ join, resolve }, csv, { compareJsonText }, { ReportSet }] = await Promise.all([
      import('node:path'),
      import('../output/compare-csv.js'),
      import('../output/compare-json.js'),
      import('../io/atomic.js'),
    ]);
    const { matrixCells, MATRIX_COLUMNS, moveRows, pathColumns } = await import('../output/compare-model.js');
    const dir = resolve(o.output);
    const { prepareOutputDir } = await import('../io/output-dir.js');
    await prepareOutputDir(dir, runs.map((r) => r.file), new Set<string>(Object.values(COMPARE_FILES)), Boolean(o.force), msg, lang);
    // the whole set under temporary names first, then renamed together (src/io/atomic.ts)
    const set = new ReportSet({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) });
    let truncatedCells = 0;
    try {
      await csv.writeCompareCsv(join(dir, COMPARE_FILES.matrix), MATRIX_COLUMNS, matrixCells(result.pairs), contract, set);
      await csv.writeCompareCsv(join(dir, COMPARE_FILES.moves), csv.CSV_MOVE_COLUMNS, moveRows(result.pairs, (p) => p.everyone), contract, set);
      if (result.paths) await csv.writeCompareCsv(join(dir, COMPARE_FILES.paths), pathColumns(result), result.paths, contract, set);
      await set.write(join(dir, COMPARE_FILES.json), async (write) => {
        await write(compareJsonText(result, { toolVersion: io.version, lang }));
      });
      if (o.xlsx !== false) {
        const { writeCompareXlsx } = await import('../output/compare-xlsx.js');
        truncatedCells = await writeCompareXlsx(join(dir, COMPARE_FILES.xlsx), ctx, { toolVersion: io.version }, set);
      }
      set.stale = [...(o.xlsx === false ? [COMPARE_FILES.xlsx] : []), ...(result.paths ? [] : [COMPARE_FILES.paths])].map((f) => join(dir, f));
      await holdForTests(io.env);
      set.commit();
    } catch (err) {
      await set.discard();
      throw err;
    }
    if (!o.quiet) io.stderr.write(`${tr(COMPARE_UI.wrote, lang)} ${dir}\n`);
    if (truncatedCells > 0) {
      io.stderr.write(truncatedWarning(truncatedCells, COMPARE_FILES.xlsx, lang));
    }
  }
  if (o.json) {
    const { compareJsonText } = await import('../output/compare-json.js');
    await writeOut(io.stdout, compareJsonText(result, { toolVersion: io.version, lang }));
  } else if (!o.quiet) {
    const [{ colorEnabled, makeChalk }, { renderCompareTerminal }] = await Promise.all([
      import('../output/terminal.js'),
      import('../output/compare-terminal.js'),
    ]);
    const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
    const { renderSafely } = await import('../output/terminal-safe.js');
    await writeOut(io.stdout, renderSafely((ch) => renderCompareTerminal(result, lang, ch, { top, filesWritten: o.output !== undefined, width: terminalWidth(io.stdout, io.env) }), chalk));
  }
  return EXIT.OK;
}


