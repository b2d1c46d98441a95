/** `talenta suksesi`: declared here; run by src/commands/suksesi.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addFailOn, addInputOptions, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Rencana suksesi: jabatan target yang (akan) kosong, kandidat per jabatan, kesiapan, bench dan risiko, proyeksi pensiun.',
    en: 'Succession plan: target posts that are (or will be) vacant, candidates per post, readiness, bench and risk, retirement projection.',
  },
  inputsArg: { id: '[masukan...]', en: '[inputs...]' },
  inputs: {
    id: 'berkas yang sama seperti untuk classify, plus tabel jabatan (opsional; dikenali dari header)',
    en: 'the same files as for classify, plus a positions table (optional; recognised from its header)',
  },
  after: {
    id: `
Contoh:
  $ talenta suksesi fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta suksesi fixtures/suksesi/*.csv --as-of 2026-09-30 -o laporan-suksesi/
  $ talenta suksesi roster.xlsx cact.xlsx skp.csv --jabatan jabatan.xlsx --json > suksesi.json

Tanpa tabel jabatan, setiap pejabat eselon I–IV di roster menjadi satu jabatan target.
Keluaran: laporan-suksesi.xlsx, jabatan-target.csv, kandidat-jabatan.csv, kelayakan.csv
(setiap pasangan jabatan–kandidat), proyeksi-pensiun.csv, ringkasan-suksesi.csv, hasil-suksesi.json.
`,
    en: `
Examples:
  $ talenta suksesi fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta suksesi fixtures/suksesi/*.csv --as-of 2026-09-30 -o laporan-suksesi/
  $ talenta suksesi roster.xlsx cact.xlsx skp.csv --jabatan jabatan.xlsx --json > suksesi.json

Without a positions table, every eselon I–IV holder in the roster becomes one target post.
Outputs: laporan-suksesi.xlsx, jabatan-target.csv, kandidat-jabatan.csv, kelayakan.csv
(every post–candidate pair), proyeksi-pensiun.csv, ringkasan-suksesi.csv, hasil-suksesi.json.
`,
  },
} satisfies Record<string, Texts>;

const OPT = {
  jabatan: {
    flags: { id: '--jabatan <berkas>', en: '--jabatan <file>' },
    description: {
      id: 'tabel jabatan target (KODE/NAMA JABATAN, JENJANG/ESELON, …); boleh diulang',
      en: 'target positions table (KODE/NAMA JABATAN, JENJANG/ESELON, …); repeatable',
    },
  },
  horizon: {
    flags: { id: '--horizon <bulan>', en: '--horizon <months>' },
    description: { id: 'jendela perkiraan "akan kosong" dalam bulan (bawaan: profil, 24)', en: 'the "will be vacant" window in months (default: the profile, 24)' },
  },
  perPost: {
    flags: '--kandidat-per-jabatan <n>',
    description: {
      id: 'nomine per jabatan: calon utama + n−1 cadangan (bawaan: profil, 5)',
      en: 'nominees per post: the first candidate + n−1 reserves (default: the profile, 5)',
    },
  },
  jenjang: {
    flags: { id: '--jenjang <kode,…>', en: '--jenjang <code,…>' },
    description: { id: 'hanya jabatan target pada jenjang ini (mis. JPT_PRATAMA,ADMINISTRATOR)', en: 'only target posts at these levels (e.g. JPT_PRATAMA,ADMINISTRATOR)' },
  },
  opd: {
    flags: { id: '--opd <nama>', en: '--opd <name>' },
    description: { id: 'hanya jabatan target di perangkat daerah ini', en: 'only target posts in this agency unit (OPD)' },
  },
  noImplicit: {
    flags: '--tanpa-jabatan-implisit',
    description: {
      id: 'dengan tabel jabatan: jangan tambahkan jabatan dari pejabat eselon di roster yang tidak ada di tabel',
      en: 'with a positions table: do not add posts for roster eselon holders missing from the table',
    },
  },
  output: {
    flags: { id: '-o, --output <folder>', en: '-o, --output <dir>' },
    description: {
      id: 'folder keluaran (bawaan: laporan-suksesi-<as-of>); - = tabel jabatan target ke stdout',
      en: 'output folder (default: laporan-suksesi-<as-of>); - = the target posts table to stdout',
    },
  },
  noXlsx: { flags: '--no-xlsx', description: { id: 'jangan tulis laporan-suksesi.xlsx', en: 'do not write laporan-suksesi.xlsx' } },
  format: { flags: '--format <format>', description: { id: 'dengan -o -: format di stdout', en: 'with -o -: the format on stdout' } },
  pseudonymKeyFile: { flags: COMMON.pseudonymKeyFile.flags, description: { id: 'berkas kunci rahasia untuk --pseudonymize', en: 'secret key file for --pseudonymize' } },
  force: { flags: '--force', description: { id: 'tulis ke folder keluaran walau sudah berisi berkas lain', en: 'write into the output folder even when it holds other files' } },
  top: { flags: '--top <n>', description: { id: 'jumlah jabatan di terminal', en: 'posts on the terminal' } },
} satisfies Record<string, OptionText>;

export const suksesiCommand: CommandModule = {
  name: 'suksesi',
  register(program, { lang }) {
    const cmd = program.command('suksesi').description(TEXT.description[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addInputOptions(cmd, lang);
    addOption(cmd, lang, OPT.jabatan, { repeat: true });
    for (const k of ['horizon', 'perPost', 'jenjang', 'opd', 'noImplicit', 'output'] as const) addOption(cmd, lang, OPT[k]);
    addOption(cmd, lang, COMMON.json);
    addOption(cmd, lang, OPT.noXlsx);
    addOption(cmd, lang, OPT.format, { choices: ['csv', 'json'] });
    addOption(cmd, lang, COMMON.pseudonymize);
    addOption(cmd, lang, OPT.pseudonymKeyFile);
    addOption(cmd, lang, OPT.force);
    addFailOn(cmd, lang);
    addOption(cmd, lang, OPT.top, { default: '10' });
    addOption(cmd, lang, COMMON.noColor);
    addOption(cmd, lang, COMMON.quiet);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, true));
  },
  async run([inputs], options, io) {
    const { runSuksesi } = await import('../../commands/suksesi.js');
    return runSuksesi(inputs as string[], options, io);
  },
};
