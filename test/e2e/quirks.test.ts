/**
 * End-to-end on the reader quirk fixtures (fixtures/quirks/, made by fixtures/generate-quirks.ts
 * from the sample agency): talenta (in-process, main() as bin/talenta.js runs it) on real exports
 * as they come. Each fixture's expected exit code, boxes and findings are listed in
 * fixtures/quirks/kasus.json; the boxes are the hand-worked kotak-1 … kotak-9 cases of
 * fixtures/contoh/kasus.json. The messy sample
 * (berantakan/) must give the same boxes, pool flags and ranks as fixtures/contoh/roster.xlsx.
 * No input makes talenta print a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { talenta } from './in-process.js';

const QUIRKS = join(ROOT, 'fixtures', 'quirks');
const CONTOH = join(ROOT, 'fixtures', 'contoh');
const AS_OF = '2026-09-30';
const STACK = /\n\s+at .*:\d+:\d+/;

interface ExpectedIssue {
  code: string;
  file?: string;
  sheet?: string | null;
  row?: number;
  value?: string;
  severity?: string;
}
interface Fixture {
  name: string;
  quirk: string;
  args: string[];
  exit: number;
  boxes?: Record<string, number>;
  summary?: { employees?: number; mapped?: number; notMapped?: number; notMappedByReason?: Record<string, number> };
  issues?: ExpectedIssue[];
  absent?: string[];
  stderr?: string;
  libreoffice?: boolean;
}
const manifest = JSON.parse(readFileSync(join(QUIRKS, 'kasus.json'), 'utf8')) as { asOf: string; fixtures: Fixture[] };

interface Employee {
  nip: string;
  nama: string;
  jabatan: string;
  unorInduk: string;
  box: number | null;
  talentPool: boolean;
  krs: string | null;
  rank: number | null;
  rankInTargetLevel: number | null;
  rankInUnit: number | null;
  reasons: string[];
  talentScore: number | null;
  performance: { score: number | null };
  potential: { score: number | null; jpmPotensi: number | null; tanggalTes: string | null };
}
interface Doc {
  summary: {
    employees: number;
    mapped: number;
    notMapped: number;
    talentPool: number;
    notMappedByReason: Record<string, number>;
    grid: Record<string, number>;
  };
  inputs: { file: string; sheet: string | null; roles: string[]; headerRow: number | null; rows: number }[];
  employees: Employee[];
  talentPool: string[];
  issues: { code: string; file: string | null; sheet: string | null; row: number | null; value: string | null; severity: string; message: string }[];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * talenta in this process, run from `cwd` (the fixture's folder: its args are relative). One run
 * at a time, so the tests run one after the other (concurrent, each would wait for the others).
 */
function cli(args: string[], cwd: string, input?: Buffer): Promise<Run> {
  return talenta(args, { cwd, ...(input ? { stdin: input } : {}) });
}

const dirOf = (f: Fixture) => join(QUIRKS, f.name);
const classify = (f: Fixture, extra: string[] = []) => cli(['classify', ...f.args, '--as-of', AS_OF, '--json', ...extra], dirOf(f));
/** The employee table (`-o - --format csv`): every roster column, which the JSON document leaves out. */
const employeeTable = async (f: Fixture, extra: string[] = []) =>
  parse<Record<string, string>>((await cli(['classify', ...f.args, '--as-of', AS_OF, '-o', '-', '--format', 'csv', ...extra], dirOf(f))).stdout, { columns: true });

describe('quirk fixtures (fixtures/quirks/kasus.json)', () => {
  it('the manifest covers every quirk family', () => {
    expect(manifest.fixtures.length).toBeGreaterThanOrEqual(30);
    expect(manifest.fixtures.some((f) => f.libreoffice && f.exit === 0)).toBe(true);
  });

  for (const f of manifest.fixtures) {
    const title = `${f.name}: ${f.quirk.slice(0, 110)}${f.args.some((a) => a.startsWith('--')) ? ` (${f.args.filter((a) => a.startsWith('--')).join(' ')})` : ''}`;
    it(title, async () => {
      const r = await classify(f);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.code, r.stderr).toBe(f.exit);
      if (f.exit === 2) {
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(new RegExp(f.stderr!));
        // one message, on one line, naming the file
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        return;
      }
      const doc = JSON.parse(r.stdout) as Doc;
      const byNip = new Map(doc.employees.map((e) => [e.nip, e]));
      for (const [nip, box] of Object.entries(f.boxes ?? {})) {
        expect(byNip.get(nip)?.box, `box of ${nip}`).toBe(box);
      }
      const summary = f.summary ?? (f.boxes ? { employees: 9, mapped: 9, notMapped: 0 } : {});
      for (const [k, v] of Object.entries(summary)) expect(doc.summary[k as keyof Doc['summary']], k).toEqual(v);
      for (const want of f.issues ?? []) {
        expect(doc.issues, JSON.stringify(want)).toContainEqual(expect.objectContaining(want));
      }
      for (const code of f.absent ?? []) {
        expect(doc.issues.filter((i) => i.code === code)).toEqual([]);
      }
      // every reader finding has a message (not just its code) and a place
      for (const i of doc.issues) {
        expect(i.message).not.toBe(i.code);
        expect(i.file).not.toBeNull();
      }
    });
  }

  it('validate reads every fixture the same way and never prints a stack trace', async () => {
    const seen = new Set<string>();
    for (const f of manifest.fixtures) {
      const key = `${f.name} ${f.args.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = await cli(['validate', ...f.args, '--as-of', AS_OF, '--json'], dirOf(f));
      expect(r.stderr, f.name).not.toMatch(STACK);
      expect(r.code, `${f.name}: ${r.stderr}`).toBe(f.exit === 2 ? 2 : 0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The messy sample agency gives the same map as the clean one
// ---------------------------------------------------------------------------------------------

describe('berantakan/: the sample agency exported the messy way', () => {
  let clean: Doc;
  let messy: Doc;
  beforeAll(async () => {
    const [a, b] = await Promise.all([
      cli(['classify', join(CONTOH, 'roster.xlsx'), '--as-of', AS_OF, '--json'], ROOT),
      classify(manifest.fixtures.find((f) => f.name === 'berantakan')!),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).not.toMatch(STACK);
    clean = JSON.parse(a.stdout) as Doc;
    messy = JSON.parse(b.stdout) as Doc;
  });

  it('recognises every file: roster, CACT, SKP (header on row 8), hukdis', () => {
    const role = (file: string) => messy.inputs.find((i) => i.file === file);
    expect(role('nominatif-pegawai.csv')).toMatchObject({ roles: ['roster'], headerRow: 5 });
    expect(role('hasil-cact.csv')).toMatchObject({ roles: ['cact'], headerRow: 3 });
    expect(role('ekinerja-skp-2024.xlsx')).toMatchObject({ roles: ['skp'], headerRow: 8, sheet: 'Laporan' });
    expect(role('ekinerja-skp-2025.xlsx')).toMatchObject({ roles: ['skp'], headerRow: 8 });
    expect(role('hukdis.txt')).toMatchObject({ roles: ['hukdis'], headerRow: 1 });
  });

  it('same employees, boxes, pool flags, KRS, ranks and reasons per NIP as fixtures/contoh/roster.xlsx', () => {
    const key = (d: Doc) =>
      d.employees.map((e) => ({
        nip: e.nip,
        box: e.box,
        talentPool: e.talentPool,
        krs: e.krs,
        rank: e.rank,
        rankInTargetLevel: e.rankInTargetLevel,
        rankInUnit: e.rankInUnit,
        reasons: [...e.reasons].sort(),
        talentScore: e.talentScore,
        performance: e.performance.score,
        potential: e.potential.score,
        tanggalTes: e.potential.tanggalTes,
      }));
    expect(key(messy)).toEqual(key(clean));
    expect(messy.talentPool).toEqual(clean.talentPool);
    expect(messy.summary).toEqual(clean.summary);
  });

  it('the same findings (by code and count): the mess itself adds none', () => {
    const counts = (d: Doc) => {
      const m: Record<string, number> = {};
      for (const i of d.issues) m[i.code] = (m[i.code] ?? 0) + 1;
      return m;
    };
    expect(counts(messy)).toEqual(counts(clean));
  });

  it('names and positions are read intact (UTF-8 BOM, `;`, quotes)', async () => {
    const fields = (d: Doc) => d.employees.map((e) => [e.nip, e.nama, e.jabatan, e.unorInduk]);
    expect(fields(messy)).toEqual(fields(clean));
    // every roster column, from the employee tables
    const table = (args: string[], cwd: string) =>
      cli(['classify', ...args, '--as-of', AS_OF, '-o', '-', '--format', 'csv'], cwd).then((r) => parse<Record<string, string>>(r.stdout, { columns: true }));
    const berantakan = manifest.fixtures.find((f) => f.name === 'berantakan')!;
    const [a, b] = await Promise.all([table([join(CONTOH, 'roster.xlsx')], ROOT), table(berantakan.args, dirOf(berantakan))]);
    const cols = ['nip', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan', 'jabatan', 'eselon', 'unor', 'unor_induk'];
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((r) => cols.map((c) => r[c]))).toEqual(a.map((r) => cols.map((c) => r[c])));
  });
});

// ---------------------------------------------------------------------------------------------
// Checks specific to one fixture
// ---------------------------------------------------------------------------------------------

const fixture = (name: string, pick: (f: Fixture) => boolean = () => true) => manifest.fixtures.find((f) => f.name === name && pick(f))!;

/** CACT TANGGAL TES and JPM POTENSI of the sample agency, by NIP */
const contohCact = (() => {
  const rows = parse<Record<string, string>>(readFileSync(join(CONTOH, 'csv', 'cact.csv'), 'utf8'), { columns: true });
  return new Map(rows.map((r) => [r['NIP BARU']!, { tanggal: r['TANGGAL TES']!, potensi: Number(r['JPM POTENSI']) }]));
})();

describe('reader details, end to end', () => {
  for (const name of ['xlsx-tanggal', 'xlsx-1904', 'xlsx-libreoffice']) {
    it(`${name}: every date form gives the same calendar date; percent cells give the JPM as shown`, async () => {
      const r = await classify(fixture(name));
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as Doc;
      expect(doc.employees).toHaveLength(9);
      for (const e of doc.employees) expect(e.potential.tanggalTes, e.nip).toBe(contohCact.get(e.nip)!.tanggal);
      // the JPM values are in the employee table (the JSON document of schemaVersion 2 leaves them out)
      const rows = await employeeTable(fixture(name));
      expect(rows).toHaveLength(9);
      for (const row of rows) expect(Number(row['jpm_potensi']), row['nip']).toBe(contohCact.get(row['nip']!)!.potensi);
    });
  }

  it('csv-windows-1252: letters outside ASCII are decoded (’ – é), with or without --encoding', async () => {
    for (const extra of [[], ['--encoding', 'windows-1252'], ['--encoding', 'cp1252']]) {
      const r = await classify(fixture('csv-windows-1252'), extra);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as Doc;
      expect(doc.employees.map((e) => e.nama)).toContain('Andi Tenri Ajéng');
      expect((await employeeTable(fixture('csv-windows-1252'), extra)).every((e) => e['unor']!.includes(' – '))).toBe(true);
      expect(doc.issues.filter((i) => i.code === 'ENCODING_BUKAN_UTF8')).toHaveLength(extra.length === 0 ? 1 : 0);
    }
  });

  it('csv-kutip: quoted delimiters, quotes and line breaks survive', async () => {
    const r = await classify(fixture('csv-kutip'));
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.employees.map((e) => e.jabatan)).toContain('Pengadministrasi Umum, "Pelayanan Terpadu"');
    expect((await employeeTable(fixture('csv-kutip'))).some((e) => e['unor']!.endsWith('\nSubbagian Umum'))).toBe(true);
  });

  it('csv-baris-ragam: the messages say what, where and how to fix', async () => {
    const r = await classify(fixture('csv-baris-ragam'));
    const doc = JSON.parse(r.stdout) as Doc;
    const short = doc.issues.find((i) => i.code === 'BARIS_KOLOM_KURANG')!;
    expect(short.message).toMatch(/berisi 12 kolom, padahal tabel 14 kolom/);
    const long = doc.issues.find((i) => i.code === 'BARIS_KOLOM_LEBIH')!;
    expect(long.message).toMatch(/berisi 15 kolom.*tanda kutip ganda/);
    expect(long.value).toContain('S.H., M.H.');
    const en = JSON.parse((await classify(fixture('csv-baris-ragam'), ['--lang', 'en'])).stdout) as Doc;
    expect(en.issues.find((i) => i.code === 'BARIS_KOLOM_KURANG')!.message).toMatch(/has 12 fields but the table has 14/);
  });

  it('xlsx-banyak-sheet: sheets in tab order with their names; the empty sheet is skipped', async () => {
    const doc = JSON.parse((await classify(fixture('xlsx-banyak-sheet'))).stdout) as Doc;
    expect(doc.inputs.map((i) => i.sheet)).toEqual(['Petunjuk', 'Pegawai', 'CACT', 'SKP 2024', 'SKP 2025']);
  });

  it('xlsx-nip-angka: NIPs stored as numbers are reported with how to fix, never repaired', async () => {
    const f = fixture('xlsx-nip-angka');
    const doc = JSON.parse((await classify(f)).stdout) as Doc;
    const nipAngka = doc.issues.filter((i) => i.code === 'NIP_ANGKA' && i.file === 'pegawai.xlsx');
    expect(nipAngka).toHaveLength(9);
    for (const i of nipAngka) {
      expect(i.message).toMatch(/teks/);
      // the digits are gone: the value is not any real NIP of the sample
      expect(contohCact.has(i.value!)).toBe(false);
    }
    const v = await cli(['validate', ...f.args, '--as-of', AS_OF], dirOf(f));
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/NIP_ANGKA/);
  });

  it('--delimiter overrides the sniffed delimiter', async () => {
    const f = fixture('csv-titik-koma');
    const ok = await classify(f, ['--delimiter', ';']);
    expect(ok.code, ok.stderr).toBe(0);
    const wrong = await classify(f, ['--delimiter', 'tab']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/tidak lengkap/);
    expect(wrong.stderr).not.toMatch(STACK);
  });

  it('stdin (-) takes a `;` CSV with BOM, or a workbook', async () => {
    const f = fixture('csv-titik-koma');
    const others = ['cact.csv', 'skp-2024.csv', 'skp-2025.csv'];
    const a = await cli(['classify', '-', ...others, '--as-of', AS_OF, '--json'], dirOf(f), readFileSync(join(dirOf(f), 'pegawai.csv')));
    expect(a.code, a.stderr).toBe(0);
    expect((JSON.parse(a.stdout) as Doc).summary.mapped).toBe(9);
    const wb = fixture('xlsx-libreoffice');
    const b = await cli(['classify', '-', '--as-of', AS_OF, '--json'], dirOf(wb), readFileSync(join(dirOf(wb), 'roster.xlsx')));
    expect(b.code, b.stderr).toBe(0);
    expect((JSON.parse(b.stdout) as Doc).summary.mapped).toBe(9);
  });

  it('hanya-header: a hukdis file with a header only is fine (no penalties this period)', async () => {
    const doc = JSON.parse((await classify(fixture('hanya-header'))).stdout) as Doc;
    expect(doc.inputs.find((i) => i.file === 'hukdis.csv')).toMatchObject({ roles: ['hukdis'], rows: 0 });
  });

  // A roster (or all CACT / all SKP tables) with a header and no data rows is an error with
  // exit 2, like a missing table.
  it('hanya-header: a roster with a header only is one clear error, exit 2', async () => {
    const f = fixture('hanya-header');
    const r = await cli(['classify', 'pegawai-kosong.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', '--as-of', AS_OF], dirOf(f));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pegawai-kosong\.csv/);
    expect(r.stderr).toContain('hanya baris header, tanpa baris data');
  });
});
