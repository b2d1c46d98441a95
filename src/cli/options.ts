/**
 * Options as commands declare them, in the run's language: flags (whose value placeholder is a
 * word too: `<berkas>` / `<file>`) and descriptions from tables; the options every input-reading
 * command shares; the exit-code block of the help.
 */
import { Option, type Command } from 'commander';
import type { Lang, Texts } from './lang.js';

/** Commander parser for a repeatable option (`--skp a.csv --skp b.csv`). */
const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export interface OptionText {
  /** `--as-of <tanggal>`: one string when no placeholder word changes */
  flags: string | Texts;
  description: Texts;
}

export interface OptionExtra {
  repeat?: boolean;
  choices?: readonly string[];
  default?: string | boolean;
}

/** Add one option of a table to a command. */
export function addOption(cmd: Command, lang: Lang, o: OptionText, extra: OptionExtra = {}): Command {
  const flags = typeof o.flags === 'string' ? o.flags : o.flags[lang];
  const opt = new Option(flags, o.description[lang]);
  if (extra.repeat) opt.argParser(collect);
  if (extra.choices) opt.choices(extra.choices);
  if (extra.default !== undefined) opt.default(extra.default);
  return cmd.addOption(opt);
}

/** Texts of the options several commands share. */
export const COMMON = {
  roster: { flags: { id: '--roster <berkas>', en: '--roster <file>' }, description: { id: 'berkas roster (SIASN); boleh diulang', en: 'roster file (SIASN); repeatable' } },
  cact: { flags: { id: '--cact <berkas>', en: '--cact <file>' }, description: { id: 'berkas hasil CACT; boleh diulang', en: 'CACT results file; repeatable' } },
  skp: { flags: { id: '--skp <berkas>', en: '--skp <file>' }, description: { id: 'berkas SKP (e-Kinerja); boleh diulang', en: 'SKP file (e-Kinerja); repeatable' } },
  hukdis: {
    flags: { id: '--hukdis <berkas>', en: '--hukdis <file>' },
    description: { id: 'berkas hukuman disiplin; boleh diulang', en: 'disciplinary record (hukdis) file; repeatable' },
  },
  profile: {
    flags: { id: '--profile <id|berkas>', en: '--profile <id|file>' },
    description: {
      id: 'profil aturan: id bawaan (talenta profile list) atau berkas JSON (bawaan: TALENTA_PROFILE atau permenpanrb-3-2020)',
      en: 'rules profile: a built-in id (talenta profile list) or a JSON file (default: TALENTA_PROFILE or permenpanrb-3-2020)',
    },
  },
  asOf: {
    flags: { id: '--as-of <tanggal>', en: '--as-of <date>' },
    description: { id: 'tanggal acuan YYYY-MM-DD (bawaan: hari ini)', en: 'reference date YYYY-MM-DD (default: today)' },
  },
  year: {
    flags: { id: '--year <tahun>', en: '--year <year>' },
    description: {
      id: 'tahun SKP terakhir dalam jendela (bawaan: tahun terbaru di data, tidak melewati tahun acuan)',
      en: 'the last SKP year of the window (default: the latest year in the data, not past the reference year)',
    },
  },
  lang: { flags: { id: '--lang <bahasa>', en: '--lang <lang>' }, description: { id: 'bahasa (bawaan: TALENTA_LANG atau id)', en: 'language (default: TALENTA_LANG or id)' } },
  delimiter: {
    flags: { id: '--delimiter <karakter>', en: '--delimiter <char>' },
    description: { id: 'pemisah CSV: , ; tab atau | (bawaan: dideteksi dari header)', en: 'CSV delimiter: , ; tab or | (default: detected from the header)' },
  },
  encoding: {
    flags: { id: '--encoding <nama>', en: '--encoding <name>' },
    description: { id: 'encoding CSV tanpa BOM (bawaan: utf-8; mis. windows-1252)', en: 'encoding of a CSV without BOM (default: utf-8; e.g. windows-1252)' },
  },
  maxInputMb: {
    flags: '--max-input-mb <n>',
    description: {
      id: 'batas ukuran satu berkas masukan, dalam MB (bawaan: TALENTA_MAX_INPUT_MB atau 2048)',
      en: 'size limit of one input file, in MB (default: TALENTA_MAX_INPUT_MB or 2048)',
    },
  },
  json: {
    flags: '--json',
    description: { id: 'cetak satu dokumen JSON di stdout (tanpa berkas kecuali -o diberikan)', en: 'print one JSON document on stdout (no files unless -o is given)' },
  },
  noXlsx: { flags: '--no-xlsx', description: { id: 'jangan tulis laporan XLSX', en: 'do not write the XLSX report' } },
  force: {
    flags: '--force',
    description: {
      id: 'tulis ke folder keluaran walau sudah berisi berkas lain (hanya berkas talenta yang ditimpa)',
      en: "write into the output folder even when it holds other files (only talenta's files are replaced)",
    },
  },
  forceFile: { flags: '--force', description: { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' } },
  failOn: {
    flags: { id: '--fail-on <tingkat>', en: '--fail-on <level>' },
    description: {
      id: 'keluar dengan kode 1 bila ada masalah data pada tingkat ini: "error" (galat) atau "warning" (galat atau peringatan)',
      en: 'exit with code 1 when there are data problems at this level: "error" (errors) or "warning" (errors or warnings)',
    },
  },
  pseudonymize: {
    flags: '--pseudonymize',
    description: {
      id: 'NIP diganti hash berkunci, nama dihapus, di semua keluaran (untuk laporan yang keluar dari BKPSDM)',
      en: 'NIP replaced by a keyed hash, names removed, in every output (for reports that leave the BKPSDM)',
    },
  },
  pseudonymKeyFile: {
    flags: { id: '--pseudonym-key-file <berkas>', en: '--pseudonym-key-file <file>' },
    description: {
      id: 'berkas kunci rahasia untuk --pseudonymize (bawaan: TALENTA_PSEUDONYM_KEY atau TALENTA_PSEUDONYM_KEY_FILE)',
      en: 'secret key file for --pseudonymize (default: TALENTA_PSEUDONYM_KEY or TALENTA_PSEUDONYM_KEY_FILE)',
    },
  },
  noColor: { flags: '--no-color', description: { id: 'tanpa warna (juga NO_COLOR)', en: 'no colours (also NO_COLOR)' } },
  quiet: { flags: '-q, --quiet', description: { id: 'hanya cetak kesalahan', en: 'print problems only' } },
} satisfies Record<string, OptionText>;

/** --lang (every command has it). */
export function addLangOption(cmd: Command, lang: Lang): Command {
  return addOption(cmd, lang, COMMON.lang, { choices: ['id', 'en'] });
}

/** Options shared by every command that reads inputs (classify, explain, validate, audit, suksesi, profile diff). */
export function addInputOptions(cmd: Command, lang: Lang): Command {
  for (const k of ['roster', 'cact', 'skp', 'hukdis'] as const) addOption(cmd, lang, COMMON[k], { repeat: true });
  for (const k of ['profile', 'asOf', 'year'] as const) addOption(cmd, lang, COMMON[k]);
  addLangOption(cmd, lang);
  for (const k of ['delimiter', 'encoding', 'maxInputMb'] as const) addOption(cmd, lang, COMMON[k]);
  return cmd;
}

/** --fail-on none|error|warning (default none). */
export function addFailOn(cmd: Command, lang: Lang): Command {
  return addOption(cmd, lang, COMMON.failOn, { choices: ['none', 'error', 'warning'], default: 'none' });
}

const EXIT_TEXT = {
  title: { id: 'Kode keluar:', en: 'Exit codes:' },
  ok: { id: '  0    selesai', en: '  0    done' },
  data: { id: '  1    selesai, tetapi ada masalah data pada tingkat --fail-on', en: '  1    done, but there are data problems at or above --fail-on' },
  usage: { id: '  2    kesalahan pemakaian, konfigurasi atau berkas', en: '  2    usage, configuration or file problem' },
  internal: { id: '  70   galat internal talenta (laporkan, dengan perintah yang dijalankan)', en: '  70   internal talenta error (report it, with the command that was run)' },
  signal: {
    id: '  128+n dihentikan oleh sinyal n: 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP; tanpa berkas setengah jadi',
    en: '  128+n interrupted by signal n: 130 Ctrl-C (SIGINT), 143 SIGTERM, 129 SIGHUP; no half-written file left',
  },
} satisfies Record<string, Texts>;

/** The exit codes in --help; `failOn`: the command has --fail-on (exit 1). */
export function exitHelp(lang: Lang, failOn: boolean): string {
  const lines = [EXIT_TEXT.title, EXIT_TEXT.ok, ...(failOn ? [EXIT_TEXT.data] : []), EXIT_TEXT.usage, EXIT_TEXT.internal, EXIT_TEXT.signal];
  return '\n' + lines.map((l) => l[lang]).join('\n');
}
