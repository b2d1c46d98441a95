/** `talenta audit`: declared here; run by src/commands/audit.ts (imported when it runs). */
import type { CommandModule } from '../command.js';
import type { Texts } from '../lang.js';
import { addInputOptions, addOption, COMMON, exitHelp, type OptionText } from '../options.js';

const TEXT = {
  description: {
    id: 'Audit kalibrasi dan keadilan: sebaran predikat (pedoman PermenPANRB 6/2022) dan kotak, pegawai dekat batas, kelonggaran per unit (chi-square, plot corong), tingkat seleksi talent pool per kelompok (aturan empat-perlima).',
    en: 'Calibration and fairness audit: predikat (PermenPANRB 6/2022 guidance) and box distributions, employees near a cut-off, leniency per unit (chi-square, funnel plot), talent-pool selection rates per group (four-fifths rule).',
  },
  inputsArg: { id: '[masukan...]', en: '[inputs...]' },
  inputs: { id: 'berkas yang sama seperti untuk classify', en: 'the same files as for classify' },
  after: {
    id: `
Contoh:
  $ talenta audit fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta audit roster.xlsx --as-of 2026-09-30 --html audit.html --near 2
  $ TALENTA_PSEUDONYM_KEY_FILE=talenta.key talenta audit roster.xlsx --pseudonymize --html audit-anonim.html
  $ talenta audit roster.xlsx --json --org-predikat ISTIMEWA > audit.json

Isi:
  1. Sebaran predikat SKP tahun terakhir per unit terhadap pedoman PermenPANRB 6/2022 untuk
     organisasi berpredikat --org-predikat (bawaan BAIK: paling banyak 70% Baik, sedikitnya satu
     Butuh Perbaikan/Kurang); peringatan batas atas (> --ceiling); sebaran skor kedua sumbu.
  2. Pegawai yang kotaknya berubah bila satu skor bergeser <= --near poin; kotak 5 di puncak pita.
  3. Kotak 7–9 per unit (dan per penilai bila ada kolom atasan) dibanding instansi: chi-square,
     V Cramér, batas corong 95% dan 99,8%. Unit < --min-group orang tidak ditampilkan.
  4. Tingkat seleksi kotak 7–9 menurut jenis kelamin, usia, golongan; AIR dan aturan empat-perlima.
  Sinyal untuk ditelusuri, bukan putusan.

--pseudonymize: NIP diganti HMAC-SHA256 berkunci (kunci: --pseudonym-key-file, TALENTA_PSEUDONYM_KEY
atau TALENTA_PSEUDONYM_KEY_FILE; buat dengan: openssl rand -hex 32 > talenta.key), nama dihapus.
`,
    en: `
Examples:
  $ talenta audit fixtures/contoh/roster.xlsx --as-of 2026-09-30
  $ talenta audit roster.xlsx --as-of 2026-09-30 --html audit.html --near 2
  $ TALENTA_PSEUDONYM_KEY_FILE=talenta.key talenta audit roster.xlsx --pseudonymize --html audit-anonim.html
  $ talenta audit roster.xlsx --json --org-predikat ISTIMEWA > audit.json

Content:
  1. The SKP predikat distribution of the last year per unit against the PermenPANRB 6/2022
     guidance for an organisation rated --org-predikat (default BAIK: at most 70% Baik, at least
     one Butuh Perbaikan/Kurang); a ceiling warning (> --ceiling); the score spread of both axes.
  2. Employees whose box changes when one score moves by <= --near points; box 5 at the top of its band.
  3. Boxes 7–9 per unit (and per rater when there is a supervisor column) against the agency:
     chi-square, Cramér's V, 95% and 99.8% funnel limits. Units under --min-group people are not shown.
  4. Selection rates of boxes 7–9 by sex, age, grade; AIR and the four-fifths rule.
  Signals to look into, not verdicts.

--pseudonymize: NIP replaced by a keyed HMAC-SHA256 (key: --pseudonym-key-file, TALENTA_PSEUDONYM_KEY
or TALENTA_PSEUDONYM_KEY_FILE; make one with: openssl rand -hex 32 > talenta.key), names removed.
`,
  },
} satisfies Record<string, Texts>;

const OPT = {
  json: { flags: '--json', description: { id: 'cetak audit sebagai satu dokumen JSON di stdout', en: 'print the audit as one JSON document on stdout' } },
  html: {
    flags: { id: '--html <berkas>', en: '--html <file>' },
    description: {
      id: 'tulis laporan satu halaman (HTML mandiri, siap cetak A4) ke berkas ini',
      en: 'write a one-page report (self-contained HTML, ready to print on A4) to this file',
    },
  },
  near: {
    flags: '--near <n>',
    description: { id: 'jarak dari batas kotak, dalam poin skor, yang dihitung "dekat batas"', en: 'the distance from a box cut-off, in score points, that counts as "near"' },
  },
  ceiling: {
    flags: { id: '--ceiling <bagian>', en: '--ceiling <share>' },
    description: {
      id: 'peringatan bila satu predikat atau kotak memuat lebih dari bagian ini (0.7 atau 70%)',
      en: 'warn when one predikat or box holds more than this share (0.7 or 70%)',
    },
  },
  minGroup: { flags: '--min-group <n>', description: { id: 'kelompok yang lebih kecil disembunyikan', en: 'smaller groups are hidden' } },
  orgPredikat: {
    flags: '--org-predikat <predikat>',
    description: { id: 'predikat kinerja organisasi yang diasumsikan untuk pedoman 6/2022', en: "the organisation's performance rating assumed for the 6/2022 guidance" },
  },
  topBand: {
    flags: { id: '--top-band <bagian>', en: '--top-band <share>' },
    description: { id: 'kotak 5: kedua skor di bagian teratas pita sebesar ini (0.25 = seperempat)', en: 'box 5: both scores in this top share of their band (0.25 = a quarter)' },
  },
  top: { flags: '--top <n>', description: { id: 'jumlah baris per daftar di terminal', en: 'rows per list on the terminal' } },
  pseudonymize: {
    flags: '--pseudonymize',
    description: {
      id: 'NIP diganti hash berkunci, nama dihapus (untuk laporan yang keluar dari BKPSDM)',
      en: 'NIP replaced by a keyed hash, names removed (for reports that leave the BKPSDM)',
    },
  },
} satisfies Record<string, OptionText>;

export const auditCommand: CommandModule = {
  name: 'audit',
  register(program, { lang }) {
    const cmd = program.command('audit').description(TEXT.description[lang]).argument(TEXT.inputsArg[lang], TEXT.inputs[lang]);
    addInputOptions(cmd, lang);
    addOption(cmd, lang, OPT.json);
    addOption(cmd, lang, OPT.html);
    addOption(cmd, lang, OPT.near, { default: '1' });
    addOption(cmd, lang, OPT.ceiling, { default: '0.7' });
    addOption(cmd, lang, OPT.minGroup, { default: '5' });
    addOption(cmd, lang, OPT.orgPredikat, { choices: ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'], default: 'BAIK' });
    addOption(cmd, lang, OPT.topBand, { default: '0.25' });
    addOption(cmd, lang, OPT.top, { default: '10' });
    addOption(cmd, lang, OPT.pseudonymize);
    addOption(cmd, lang, COMMON.pseudonymKeyFile);
    addOption(cmd, lang, COMMON.noColor);
    addOption(cmd, lang, COMMON.quiet);
    return cmd.addHelpText('after', TEXT.after[lang] + exitHelp(lang, false));
  },
  async run([inputs], options, io) {
    const { runAudit } = await import('../../commands/audit.js');
    return runAudit(inputs as string[], options, io);
  },
};
