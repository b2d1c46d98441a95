/**
 * One language at a time: every --help of every command and subcommand, commander's own
 * messages, the usage errors and `profile list` speak Indonesian by default and English with
 * --lang en or TALENTA_LANG=en, never a word of the other language. In process (main()).
 */
import type { Command } from 'commander';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { langFromArgv } from '../../src/cli/lang.js';
import { talenta } from '../e2e/in-process.js';

/** Every command path of the program: [] (talenta itself), ['classify'], …, ['profile', 'diff']. */
function commandPaths(): string[][] {
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: Readable.from([]), env: {}, today: () => '2026-09-30', version: '0.0.0-test' };
  const out: string[][] = [];
  const walk = (c: Command, path: string[]) => {
    out.push(path);
    for (const sub of c.commands) walk(sub, [...path, sub.name()]);
  };
  walk(
    buildProgram(io, () => {}, 'id'),
    [],
  );
  return out;
}

/**
 * The words a help text says, without what is the same in both languages: example command
 * lines, flags, quoted values, file names and paths, upper-case codes.
 */
function prose(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*\$ /.test(l))
    .join('\n')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/(^|\s)--?[\w-]+/g, ' ')
    .replace(/\S*(?:\.[a-z]{2,5}\b|\/)\S*/gi, ' ')
    .replace(/\S+-\S+/g, ' ')
    .replace(/\bhelp \[perintah\]/g, ' ');
}

/** English that Indonesian help would never say (commander's headings and talenta's own words). */
const ENGLISH = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'display help', 'output the version', '(default:', '(choices:', 'error:', 'Examples', 'Exit codes'];
const ENGLISH_WORDS =
  /\b(the|and|with|of|for|to|file|files|output|write|writes|print|display|error|errors|warning|warnings|default|choices|usage|options|commands|arguments|examples?|exit|done|repeatable|report|language|inputs?|table|employee|employees|when|only|every|each|number)\b/i;
/** Indonesian that English help would never say. */
const INDONESIAN = ['Penggunaan:', 'Opsi:', 'Perintah:', 'Argumen:', 'bawaan:', 'pilihan:', 'Contoh', 'Kode keluar', 'bantuan'];
const INDONESIAN_WORDS =
  /\b(dan|atau|yang|berkas|keluaran|bawaan|tulis|tanpa|dengan|untuk|contoh|selesai|pilihan|perintah|opsi|bantuan|boleh|diulang|pegawai|tidak|ini|dari|masukan|bahasa|galat|peringatan|jumlah|setiap|cetak|tampilkan)\b/i;

const markers = (help: string, phrases: string[], words: RegExp) => {
  const found = phrases.filter((p) => help.includes(p));
  const m = words.exec(prose(help));
  return m ? [...found, m[0]] : found;
};

describe('the marker lists catch the other language (checked on known texts)', () => {
  it('commander’s English help is caught, and Indonesian prose is not mistaken for it', () => {
    expect(markers('Usage: talenta classify [options]\n  -h, --help  display help for command', ENGLISH, ENGLISH_WORDS)).toEqual(['Usage:', 'display help', 'Usage']);
    expect(markers('  --json   cetak satu dokumen JSON di stdout (tanpa berkas kecuali -o diberikan)', ENGLISH, ENGLISH_WORDS)).toEqual([]);
    expect(markers('  --json   print one JSON document on stdout', INDONESIAN, INDONESIAN_WORDS)).toEqual([]);
    expect(markers('Penggunaan: talenta\n  berkas masukan', INDONESIAN, INDONESIAN_WORDS)).toEqual(['Penggunaan:', 'berkas']);
  });
});

describe('--help of every command and subcommand', () => {
  const paths = commandPaths();

  it('covers every command of the registry, the profile subcommands included', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining([
        '',
        'classify',
        'explain',
        'suksesi',
        'validate',
        'init',
        'template',
        'profile',
        'profile list',
        'profile show',
        'profile diff',
        'profile schema',
        'compare',
        'audit',
      ]),
    );
  });

  it.each(paths.map((p) => [p.join(' ') || '(talenta)', p]))('%s: Indonesian by default, without English', async (_name, path) => {
    const r = await talenta([...path, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Penggunaan: talenta');
    expect(r.stdout).toContain('Kode keluar:');
    expect(markers(r.stdout, ENGLISH, ENGLISH_WORDS)).toEqual([]);
  });

  it.each(paths.map((p) => [p.join(' ') || '(talenta)', p]))('%s: English with --lang en, without Indonesian', async (_name, path) => {
    const r = await talenta([...path, '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: talenta');
    expect(r.stdout).toContain('Exit codes:');
    expect(markers(r.stdout, INDONESIAN, INDONESIAN_WORDS)).toEqual([]);
  });

  it('TALENTA_LANG=en is English too, and --lang id wins over it', async () => {
    const en = await talenta(['validate', '--help'], { env: { TALENTA_LANG: 'en' } });
    expect(en.stdout).toContain('Usage: talenta validate [options] [inputs...]');
    const id = await talenta(['validate', '--help', '--lang', 'id'], { env: { TALENTA_LANG: 'en' } });
    expect(id.stdout).toContain('Penggunaan: talenta validate [opsi] [masukan...]');
  });

  it('`talenta --lang en <command>` (before the command) is English too', async () => {
    const r = await talenta(['--lang', 'en', 'classify', '--help']);
    expect(r.stdout).toContain('Usage: talenta classify');
  });
});

describe('the language from argv and the environment, before parsing', () => {
  it.each([
    [['classify', 'x.csv', '--lang', 'en'], {}, 'en'],
    [['classify', '--lang=en', 'x.csv'], {}, 'en'],
    [['--lang', 'en', 'classify'], {}, 'en'],
    [['classify', 'x.csv'], { TALENTA_LANG: 'en' }, 'en'],
    [['classify', 'x.csv', '--lang', 'id'], { TALENTA_LANG: 'en' }, 'id'],
    [['classify', 'x.csv'], {}, 'id'],
    [['classify', '--', '--lang', 'en'], {}, 'id'],
    [['classify', '--lang', 'en', '--lang', 'id'], {}, 'id'],
  ] as const)('%j with %j → %s', (argv, env, lang) => {
    expect(langFromArgv(argv, env)).toBe(lang);
  });
});

describe('usage errors, in the language of the run', () => {
  // [argv, Indonesian, English]: every case exits 2 and prints nothing on stdout
  const cases: [string[], string, string][] = [
    [['classify', 'x.csv', '--as-of', '30-09-2026'], '--as-of harus tanggal ISO YYYY-MM-DD', '--as-of must be an ISO date YYYY-MM-DD'],
    [['classify'], 'Tidak ada berkas masukan. Contoh: talenta classify', 'No input files. Example: talenta classify'],
    [['validate', 'x.csv', '--year', '25'], '--year harus tahun 4 digit', '--year must be a 4-digit year'],
    [['classify', 'x.csv', '--delimiter', 'x'], '--delimiter menerima , ; tab atau |', '--delimiter accepts , ; tab or |'],
    [['classify', 'x.csv', '--top', '-1'], '--top harus bilangan bulat ≥ 0', '--top must be a whole number ≥ 0'],
    [['suksesi', 'x.csv', '--top', 'x'], '--top harus bilangan bulat ≥ 0', '--top must be a whole number ≥ 0'],
    [['audit', 'x.csv', '--near', 'x'], '--near harus angka 0–100', '--near must be a number 0–100'],
    [['audit', 'x.csv', '--ceiling', '2%x'], '--ceiling harus bagian antara 0 dan 1', '--ceiling must be a share between 0 and 1'],
    [['explain', '123', 'x.csv'], 'NIP harus 18 digit', 'The NIP must have 18 digits'],
    [
      ['classify', 'x.csv', '--pseudonym-key-file', 'k'],
      '--pseudonym-key-file hanya berlaku bersama --pseudonymize',
      '--pseudonym-key-file only applies together with --pseudonymize',
    ],
    [['classify', 'x.csv', '-o', '-', '--json'], '--json tidak dapat digabung dengan -o -', '--json cannot be combined with -o -'],
    [['init', '--from', 'xyz'], 'Profil bawaan tidak dikenal: "xyz"', 'Unknown built-in profile: "xyz"'],
    [['template', 'gaji'], 'Tabel tidak dikenal: "gaji"', 'Unknown table "gaji"'],
    // commander's own messages
    [['classify', 'x.csv', '--bogus'], "talenta: opsi tidak dikenal '--bogus'", "talenta: unknown option '--bogus'"],
    [['classify', 'x.csv', '--jsn'], '(Maksud Anda --json?)', '(Did you mean --json?)'],
    [['clasify'], "talenta: perintah tidak dikenal 'clasify'\n(Maksud Anda classify?)", "talenta: unknown command 'clasify'\n(Did you mean classify?)"],
    [['explain'], "talenta: argumen wajib 'nip' tidak diberikan", "talenta: missing required argument 'nip'"],
    [['classify', 'x.csv', '--as-of'], "talenta: opsi '--as-of <tanggal>' memerlukan nilai", "talenta: option '--as-of <date>' argument missing"],
    [
      ['classify', 'x.csv', '--fail-on', 'sering'],
      "talenta: nilai 'sering' untuk opsi '--fail-on <tingkat>' tidak valid. Pilihan: none, error, warning.",
      "talenta: option '--fail-on <level>' argument 'sering' is invalid. Allowed choices are none, error, warning.",
    ],
    [
      ['template', 'roster', 'cact'],
      "talenta: terlalu banyak argumen untuk 'template': diharapkan 1, diberikan 2.",
      "talenta: too many arguments for 'template': expected 1, got 2.",
    ],
  ];

  it.each(cases)('%j', async (argv, id, en) => {
    const a = await talenta(argv, { env: { TALENTA_MAX_INPUT_MB: '1' } });
    expect({ code: a.code, stdout: a.stdout }).toEqual({ code: 2, stdout: '' });
    expect(a.stderr).toContain(id);
    expect(a.stderr).not.toContain(en);
    expect(a.stderr).not.toMatch(/\berror:|\bUsage:|for help\)/);
    const b = await talenta([argv[0]!, '--lang', 'en', ...argv.slice(1)]);
    expect({ code: b.code, stdout: b.stdout }).toEqual({ code: 2, stdout: '' });
    expect(b.stderr).toContain(en);
    expect(b.stderr).not.toContain(id);
    expect(b.stderr).not.toMatch(/untuk bantuan|\bharus\b|\btidak\b/);
  });

  it('commander’s errors point to the help in the same language', async () => {
    expect((await talenta(['classify', 'x.csv', '--bogus'])).stderr).toContain('(talenta --help untuk bantuan)');
    expect((await talenta(['classify', 'x.csv', '--bogus', '--lang', 'en'])).stderr).toContain('(talenta --help for help)');
  });
});

describe('profile list', () => {
  it('accepts --lang en: English names and descriptions, one line per built-in', async () => {
    const r = await talenta(['profile', 'list', '--lang', 'en']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['permenpanrb-3-2020', 'bkn-ms-mms-kms', 'skema-50-40-10', 'skema-65-20-15']);
    expect(lines[0]).toContain('Default PermenPANRB 3/2020 profile — The default rules of PermenPANRB 3/2020');
    expect(lines[1]).toContain('≥ 80 high (MS), ≥ 68 middle (MMS), else low (KMS)');
    for (const l of lines) expect(l).not.toMatch(/\b(Aturan|Titik awal|dengan|dari|bawaan)\b/);
  });

  it('in Indonesian by default, without the English descriptions', async () => {
    const r = await talenta(['profile', 'list']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('Profil bawaan PermenPANRB 3/2020 — Aturan bawaan PermenPANRB 3/2020');
    expect(lines[1]).toContain('≥ 80 Tinggi (MS), ≥ 68 Menengah (MMS), selain itu Rendah (KMS)');
    for (const l of lines) expect(l).not.toMatch(/\b(Default rules|Starting point|the|with|from)\b/);
  });

  it.each([['show'], ['schema']])('profile %s accepts --lang too', async (sub) => {
    const r = await talenta(['profile', sub, '--lang', 'en']);
    expect(r.code).toBe(0);
  });
});
