/**
 * What the commands say to the user when an option is wrong, and their short status lines, in
 * both languages. One table: `MSG[key]` holds every language (a missing one fails to compile).
 */
import { UsageError } from '../../errors.js';
import { fill, type Lang, type Texts } from '../../cli/lang.js';

const MSG = {
  asOf: { id: '--as-of harus tanggal ISO YYYY-MM-DD, misalnya 2026-09-30 (diberikan: "{v}").', en: '--as-of must be an ISO date YYYY-MM-DD, e.g. 2026-09-30 (given: "{v}").' },
  noInputs: {
    id: 'Tidak ada berkas masukan. Contoh: talenta {cmd} pegawai.csv cact.csv skp-2025.csv',
    en: 'No input files. Example: talenta {cmd} pegawai.csv cact.csv skp-2025.csv',
  },
  oneStdin: { id: 'Hanya satu masukan boleh dibaca dari stdin (-).', en: 'Only one input can be read from stdin (-).' },
  year: { id: '--year harus tahun 4 digit, misalnya 2025 (diberikan: "{v}").', en: '--year must be a 4-digit year, e.g. 2025 (given: "{v}").' },
  delimiter: { id: '--delimiter menerima , ; tab atau | (diberikan: "{v}").', en: '--delimiter accepts , ; tab or | (given: "{v}").' },
  encoding: { id: '--encoding tidak dikenal: "{v}" (contoh: utf-8, windows-1252, utf-16le).', en: 'Unknown --encoding: "{v}" (e.g. utf-8, windows-1252, utf-16le).' },
  maxInput: { id: '{name} harus bilangan bulat 1–{max} (MB) (diberikan: "{v}").', en: '{name} must be a whole number 1–{max} (MB) (given: "{v}").' },
  failOn: { id: '--fail-on menerima error, warning atau none (diberikan: "{v}").', en: '--fail-on accepts error, warning or none (given: "{v}").' },
  intAtLeast: { id: '{name} harus bilangan bulat ≥ {min} (diberikan: "{v}").', en: '{name} must be a whole number ≥ {min} (given: "{v}").' },
  keyFileAlone: { id: '--pseudonym-key-file hanya berlaku bersama --pseudonymize.', en: '--pseudonym-key-file only applies together with --pseudonymize.' },
  formatWithoutStdout: {
    id: '--format hanya berlaku bersama -o - (keluaran ke stdout). Untuk berkas, gunakan -o <folder>.',
    en: '--format only applies together with -o - (output to stdout). For files, use -o <folder>.',
  },
  jsonWithStdout: {
    id: '--json tidak dapat digabung dengan -o - (yang menulis tabel pegawai ke stdout): gunakan --json saja untuk dokumen JSON di stdout, atau -o - --format json|jsonl|csv.',
    en: '--json cannot be combined with -o - (which writes the employee table to stdout): use --json alone for the JSON document on stdout, or -o - --format json|jsonl|csv.',
  },
  sheetOverflow: {
    id: '{employees} pegawai dan {issues} masalah data: lebih dari 1.048.576 baris satu sheet Excel. Jalankan lagi dengan --no-xlsx (berkas CSV dan JSON memuat semuanya), atau bagi roster per unit.',
    en: '{employees} employees and {issues} data problems: more than the 1,048,576 rows of one Excel sheet. Run again with --no-xlsx (the CSV and JSON files hold everything), or split the roster by unit.',
  },
  nipInvalid: {
    id: 'NIP harus 18 digit (diberikan: "{v}"). Contoh: talenta explain 198503122010011001 roster.xlsx',
    en: 'The NIP must have 18 digits (given: "{v}"). Example: talenta explain 198503122010011001 roster.xlsx',
  },
  nipNotInRoster: { id: 'NIP {nip} tidak ada di roster.', en: 'NIP {nip} is not in the roster.' },
  htmlName: { id: '--html membutuhkan nama berkas, mis. --html audit.html', en: '--html needs a file name, e.g. --html audit.html' },
  near: { id: '--near harus angka 0–100 (poin skor) (diberikan: "{v}").', en: '--near must be a number 0–100 (score points) (given: "{v}").' },
  share: { id: '{name} harus bagian antara 0 dan 1, mis. 0.7 atau 70% (diberikan: "{v}").', en: '{name} must be a share between 0 and 1, e.g. 0.7 or 70% (given: "{v}").' },
  orgPredikat: { id: '--org-predikat menerima {choices} (diberikan: "{v}").', en: '--org-predikat accepts {choices} (given: "{v}").' },
  suksesiFormat: { id: '--format untuk suksesi: csv atau json.', en: '--format for suksesi: csv or json.' },
  unknownProfile: { id: 'Profil bawaan tidak dikenal: "{v}". Pilihan: {choices}.', en: 'Unknown built-in profile: "{v}". Choices: {choices}.' },
  profileExists: {
    id: '{file} sudah ada; pakai --force untuk menimpanya, atau -o nama-lain.json.',
    en: '{file} already exists; use --force to overwrite it, or -o another-name.json.',
  },
  profileWritten: {
    id: 'Profil ditulis ke {file} (dari {base}); skema JSON untuk editor: {schema}.\nUbah id dan version bila Anda mengubah aturan, lalu: talenta classify <berkas…> --profile {file}\n',
    en: 'Profile written to {file} (from {base}); JSON schema for editors: {schema}.\nChange id and version when you change the rules, then: talenta classify <file…> --profile {file}\n',
  },
  outputDefault: { id: 'Folder keluaran (bawaan)', en: 'Output folder (default)' },
  reportWritten: { id: 'Laporan ditulis ke', en: 'Report written to' },
  htmlWritten: { id: 'Laporan HTML ditulis ke', en: 'HTML report written to' },
  successionWritten: { id: 'Laporan suksesi ditulis ke', en: 'Succession report written to' },
  readingInputs: { id: 'membaca {n} berkas masukan', en: 'reading {n} input(s)' },
  writingWorkbook: { id: 'menulis workbook', en: 'writing the workbook' },
  overwriteInput: {
    id: 'Berkas masukan {file} tidak akan ditimpa. Pilih nama lain untuk {option}.',
    en: 'Refusing to overwrite the input file {file}. Choose another name for {option}.',
  },
} satisfies Record<string, Texts>;

export type MessageKey = keyof typeof MSG;

/** A message of the table in a language. */
export function msg(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(MSG[key][lang], params);
}

/** A usage error (exit 2) with a message of the table. */
export function usage(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): UsageError {
  return new UsageError(msg(key, lang, params));
}
