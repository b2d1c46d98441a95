/** `talenta classify`: declared here; run by src/commands/classify.ts (imported when it runs). */
import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addFailOn, addInputOptions, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Hitung kinerja dan potensial, tetapkan kotak talenta, tulis laporan talent pool.',
    en: 'Compute performance and potential, place everyone in the 9-box grid, write the talent-pool reports.',
  },
  inputsArg: { id: '[masukan...]', en: '[inputs...]' },
  inputs: {
    id: 'berkas CSV/XLSX (roster SIASN, hasil CACT, SKP e-Kinerja, hukdis); - untuk stdin',
    en: 'CSV/XLSX files (SIASN roster, CACT results, e-Kinerja SKP, hukdis); - for stdin',
  },
  after: {
    id: `
Contoh:
  $ talenta classify fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta classify pegawai.csv cact.xlsx skp-2024.csv skp-2025.csv --as-of 2026-09-30 -o laporan/
  $ talenta classify pegawai.csv --cact cact.csv --skp skp.csv --json > hasil.json

Peran tiap berkas/sheet (roster, cact, skp, hukdis) dikenali dari header-nya;
--roster/--cact/--skp/--hukdis menyebutkannya secara eksplisit.
Setiap sheet dalam workbook adalah satu masukan.
Keluaran (folder -o, bawaan laporan-talenta-<as-of>): laporan-talenta.xlsx, hasil-talenta.json,
pegawai.csv, talent-pool.csv, masalah-data.csv, ringkasan.csv (dan rekonsiliasi.csv bila ada
kotak hulu). Dengan --json: satu dokumen JSON di stdout (berkas hanya ditulis bila -o diberikan).`,
    en: `
Examples:
  $ talenta classify fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta classify pegawai.csv cact.xlsx skp-2024.csv skp-2025.csv --as-of 2026-09-30 -o laporan/
  $ talenta classify pegawai.csv --cact cact.csv --skp skp.csv --json > hasil.json

The role of each file/sheet (roster, cact, skp, hukdis) is recognised from its header;
--roster/--cact/--skp/--hukdis name it explicitly.
Every sheet of a workbook is one input.
Outputs (folder -o, default laporan-talenta-<as-of>): laporan-talenta.xlsx, hasil-talenta.json,
pegawai.csv, talent-pool.csv, masalah-data.csv, ringkasan.csv (and rekonsiliasi.csv when there
are upstream boxes). With --json: one JSON document on stdout (files only when -o is given).`,
  },
} satisfies Record<string, Texts>;

const OPT = {
  output: {
    flags: { id: '-o, --output <folder>', en: '-o, --output <dir>' },
    description: {
      id: 'folder keluaran (bawaan: laporan-talenta-<as-of>); - = tabel pegawai ke stdout',
      en: 'output folder (default: laporan-talenta-<as-of>); - = the employee table to stdout',
    },
  },
  noXlsx: { flags: '--no-xlsx', description: { id: 'jangan tulis laporan XLSX (hanya CSV dan JSON)', en: 'do not write the XLSX report (CSV and JSON only)' } },
  format: { flags: '--format <format>', description: { id: 'dengan -o -: format tabel pegawai di stdout', en: 'with -o -: the format of the employee table on stdout' } },
  reconcile: {
    flags: { id: '--reconcile <berkas>', en: '--reconcile <file>' },
    description: {
      id: 'berkas berisi kotak dari sumber hulu (mis. SIMATA BKN: NIP + KOTAK) untuk direkonsiliasi; boleh diulang',
      en: 'a file of boxes from an upstream source (e.g. SIMATA BKN: NIP + KOTAK) to reconcile with; repeatable',
    },
  },
  html: {
    flags: { id: '--html <berkas>', en: '--html <file>' },
    description: {
      id: 'tulis juga laporan satu halaman (HTML mandiri, siap cetak A4) ke berkas ini',
      en: 'also write a one-page report (self-contained HTML, ready to print on A4) to this file',
    },
  },
  top: { flags: '--top <n>', description: { id: 'jumlah baris talent pool di terminal', en: 'talent-pool rows on the terminal' } },
} satisfies Record<string, OptionText>;

export const classifyCommand: CommandModule = {
  name: 'classify',
  register(program: Command, { lang }) {
    const cmd = program.command('classify').description(TEXT.description[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addInputOptions(cmd, lang);
    addOption(cmd, lang, OPT.output);
    addOption(cmd, lang, COMMON.json);
    addOption(cmd, lang, OPT.noXlsx);
    addOption(cmd, lang, OPT.format, { choices: ['csv', 'jsonl', 'json'] });
    addOption(cmd, lang, OPT.reconcile, { repeat: true });
    addOption(cmd, lang, OPT.html);
    addOption(cmd, lang, COMMON.pseudonymize);
    addOption(cmd, lang, COMMON.pseudonymKeyFile);
    addOption(cmd, lang, COMMON.force);
    addFailOn(cmd, lang);
    addOption(cmd, lang, OPT.top, { default: '10' });
    addOption(cmd, lang, COMMON.noColor);
    addOption(cmd, lang, COMMON.quiet);
    return cmd.addHelpText('after', TEXT.after[lang] + '\n' + exitHelp(lang, true));
  },
  async run([inputs], options, io) {
    const { runClassify } = await import('../../commands/classify.js');
    return runClassify(inputs as string[], options, io);
  },
};
