/** `talenta compare`: declared here; run by src/commands/compare.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addLangOption, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Bandingkan hasil talenta antarperiode (kuartal ke kuartal): matriks transisi kotak, masuk/keluar talent pool, lompatan ≥ 2 kotak, anomali, roster dan pemetaan, pegawai yang tetap di kotak yang sama, jalur tiap pegawai.',
    en: "Compare talenta results between periods (quarter to quarter): box transition matrix, talent-pool entries and exits, jumps of ≥ 2 boxes, anomalies, roster and mapping, employees who stay in the same box, each employee's path.",
  },
  inputsArg: { id: '<masukan...>', en: '<inputs...>' },
  inputs: {
    id: 'hasil talenta lama → baru: hasil-talenta.json, pegawai.csv, laporan-talenta.xlsx atau folder keluaran; - = stdin',
    en: 'talenta results, earliest first: hasil-talenta.json, pegawai.csv, laporan-talenta.xlsx or an output folder; - = stdin',
  },
  after: {
    id: `
Contoh:
  $ talenta compare laporan-talenta-2026-06-30/hasil-talenta.json laporan-talenta-2026-09-30/hasil-talenta.json
  $ talenta compare laporan-talenta-2026-03-31 laporan-talenta-2026-06-30 laporan-talenta-2026-09-30 -o perbandingan/
  $ talenta compare q2/pegawai.csv q3/laporan-talenta.xlsx --label "Kuartal II" --label "Kuartal III"
  $ talenta classify roster.xlsx --as-of 2026-09-30 --json | talenta compare hasil-juni.json - --json

Masukan: keluaran talenta classify dari run sebelumnya, lama → baru: hasil-talenta.json (atau --json),
pegawai.csv, laporan-talenta.xlsx, atau folder keluarannya. Periode dari tanggal acuan di
metadata (CSV: tanggal di nama folder/berkas), atau --label (boleh diulang, sesuai urutan).

Keluaran: ringkasan di terminal; dengan -o <folder>: perbandingan-talenta.xlsx,
perbandingan-talenta.json, transisi.csv, perpindahan.csv, jalur.csv (tiga periode atau lebih).
--json: satu dokumen JSON di stdout (schemaVersion 1).
`,
    en: `
Examples:
  $ talenta compare laporan-talenta-2026-06-30/hasil-talenta.json laporan-talenta-2026-09-30/hasil-talenta.json
  $ talenta compare laporan-talenta-2026-03-31 laporan-talenta-2026-06-30 laporan-talenta-2026-09-30 -o perbandingan/
  $ talenta compare q2/pegawai.csv q3/laporan-talenta.xlsx --label "Kuartal II" --label "Kuartal III"
  $ talenta classify roster.xlsx --as-of 2026-09-30 --json | talenta compare hasil-juni.json - --json

Inputs: the outputs of earlier talenta classify runs, earliest first: hasil-talenta.json (or --json),
pegawai.csv, laporan-talenta.xlsx, or their output folder. The period comes from the reference
date in the metadata (CSV: the date in the folder/file name), or from --label (repeatable, in order).

Outputs: a summary on the terminal; with -o <dir>: perbandingan-talenta.xlsx,
perbandingan-talenta.json, transisi.csv, perpindahan.csv, jalur.csv (three periods or more).
--json: one JSON document on stdout (schemaVersion 1).
`,
  },
} satisfies Record<string, Texts>;

const OPT = {
  label: {
    flags: '--label <label>',
    description: { id: 'nama periode untuk masukan berikutnya, sesuai urutan (boleh diulang)', en: 'the period name of the next input, in order (repeatable)' },
  },
  output: {
    flags: { id: '-o, --output <folder>', en: '-o, --output <dir>' },
    description: { id: 'tulis laporan perbandingan (XLSX, CSV, JSON) ke folder ini', en: 'write the comparison report (XLSX, CSV, JSON) to this folder' },
  },
  noXlsx: { flags: '--no-xlsx', description: { id: 'dengan -o: jangan tulis laporan XLSX', en: 'with -o: do not write the XLSX report' } },
  top: { flags: '--top <n>', description: { id: 'jumlah baris per daftar di terminal', en: 'rows per list on the terminal' } },
} satisfies Record<string, OptionText>;

export const compareCommand: CommandModule = {
  name: 'compare',
  register(program, { lang }) {
    const cmd = program.command('compare').description(TEXT.description[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addOption(cmd, lang, OPT.label, { repeat: true });
    addOption(cmd, lang, OPT.output);
    addOption(cmd, lang, COMMON.force);
    addOption(cmd, lang, COMMON.json);
    addOption(cmd, lang, OPT.noXlsx);
    addOption(cmd, lang, OPT.top, { default: '10' });
    addLangOption(cmd, lang);
    addOption(cmd, lang, COMMON.noColor);
    addOption(cmd, lang, COMMON.quiet);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, false));
  },
  async run([inputs], options, io) {
    const { runCompare } = await import('../../commands/compare.js');
    return runCompare(inputs as string[], options, io);
  },
};
