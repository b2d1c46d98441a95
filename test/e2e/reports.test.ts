/**
 * Reports people act on: formula injection, LibreOffice round trip, Ctrl-C leaves no
 * half file, `explain` against hand-computed traces, `--lang en`, pipelines. Commands run
 * in-process (main() as bin/talenta.js runs it); Ctrl-C needs the built CLI in a process of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, scenario, tempDir } from './helpers.js';
import { talenta, type InProcessRun } from './in-process.js';

const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const AS_OF = '2026-09-30';
/** explain/validate wrap at the terminal width: read a wrapped line as one */
const unwrap = <R extends { stdout: string }>(r: R): R => ({ ...r, stdout: r.stdout.replace(/\n {4,}/g, ' ') });

const DANGEROUS = ['=HYPERLINK("http://contoh.invalid","klik")', '+6281234', '-2+3', '@SUM(A1:A9)', '\tTab Awal', '\rCR Awal'];

function injectionScenario(): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = DANGEROUS.map((d, i) => `19850726201001100${i + 1},${q(d)},Analis Ahli Muda,Jabatan Fungsional,${q(`Dinas ${d}`)},PNS,Aktif`);
  return scenario({
    'pegawai.csv': ['NIP BARU,NAMA,JABATAN NAMA,JENIS JABATAN NAMA,SATUAN KERJA INDUK NAMA,JENIS PEGAWAI NAMA,KEDUDUKAN HUKUM NAMA', ...rows].join('\n'),
    'cact.csv': ['NIP,JPM POTENSI,JPM KOMPETENSI', ...DANGEROUS.map((_, i) => `19850726201001100${i + 1},95,95`)].join('\n'),
    'skp.csv': ['NIP,TAHUN,PREDIKAT', ...DANGEROUS.map((_, i) => `19850726201001100${i + 1},2025,Sangat Baik`)].join('\n'),
  });
}

function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(c.value)));
  return out;
}

describe('no formula injection', () => {
  const dir = injectionScenario();
  let r: InProcessRun;
  beforeAll(async () => {
    r = await talenta(['classify', 'pegawai.csv', 'cact.csv', 'skp.csv', '--as-of', AS_OF, '-o', 'out'], { cwd: dir });
  });

  it('runs', async () => expect(r.code).toBe(0));

  // names are trimmed on input, so a leading tab or CR never reaches an output; the rest is kept
  const FORMULA_LIKE = DANGEROUS.filter((d) => !/^[\t\r]/.test(d));

  it('CSV: each dangerous prefix is neutralised with a leading apostrophe', async () => {
    const csv = readFileSync(join(dir, 'out', 'pegawai.csv'), 'utf8');
    expect(csv).toContain(',Tab Awal,');
    expect(csv).toContain(',CR Awal,');
    for (const d of FORMULA_LIKE) {
      const quoted = `'${d}`.replace(/"/g, '""');
      expect(csv.includes(quoted), JSON.stringify(d)).toBe(true);
    }
    // no field starts with a bare dangerous character
    const fields = csv.split(/,|\n/).map((f) => f.replace(/^"/, ''));
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
  });

  it('XLSX: the text arrives as plain strings, never as formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'laporan-talenta.xlsx'));
    const values = wb.worksheets.flatMap(cellsOf);
    expect(values.some((v) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))).toBe(false);
    for (const d of FORMULA_LIKE) expect(values).toContain(d);
    expect(values).toContain('Tab Awal');
    expect(values.filter((v) => typeof v === 'string' && /^[\t\r]/.test(v))).toEqual([]);
  });

  it('LibreOffice opens the workbook and reads back NIPs as text and no formulas', async () => {
    const out = tempDir('talenta-lo-');
    const profileDir = tempDir('talenta-lo-profile-');
    const lo = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, join(dir, 'out', 'laporan-talenta.xlsx')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(lo.error, 'soffice must be installed (libreoffice-calc-nogui; .ci/run installs it)').toBeUndefined();
    expect(lo.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'laporan-talenta.xlsx'));
    const values = wb.worksheets.flatMap(cellsOf);
    expect(values.some((v) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))).toBe(false);
    const all = wb.getWorksheet('Semua Pegawai')!;
    const header = (all.getRow(1).values as unknown[]).slice(1);
    const nipCol = header.indexOf('NIP') + 1;
    for (let i = 2; i <= all.rowCount; i++) {
      const v = all.getRow(i).getCell(nipCol).value;
      expect(typeof v).toBe('string');
      expect(v).toMatch(/^\d{18}$/);
    }
    for (const d of FORMULA_LIKE) expect(values).toContain(d);
  }, 180_000);
});

describe('Ctrl-C never leaves half a report', () => {
  it('exits 130 and leaves no temporary or partial file', async () => {
    const data = tempDir('talenta-big-');
    const gen = spawnSync(process.execPath, [join(ROOT, 'dist', 'fixtures', 'generate.js'), '--employees', '20000', '--out', data], {
      encoding: 'utf8',
    });
    expect(gen.status).toBe(0);
    const out = join(data, 'out');
    mkdirSync(out);
    const files = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'].map((f) => join(data, f));
    const child = spawn(process.execPath, [BIN, 'classify', ...files, '--as-of', AS_OF, '-o', out, '-q'], {
      env: { PATH: process.env.PATH ?? '', TZ: 'Asia/Jakarta' },
    });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    // wait until a file is being written (a temporary name exists), then interrupt
    let sawTemp = false;
    for (let i = 0; i < 3000 && child.exitCode === null; i++) {
      if (readdirSync(out).some((f) => f.endsWith('.tmp'))) {
        sawTemp = true;
        child.kill('SIGINT');
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const code = await exited;
    expect(sawTemp).toBe(true);
    expect(code).toBe(130);
    const left = readdirSync(out);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // whatever is there under a final name is complete: pegawai.csv has all rows or is absent
    if (left.includes('pegawai.csv')) {
      const lines = readFileSync(join(out, 'pegawai.csv'), 'utf8').trim().split('\n');
      expect(lines.length).toBe(20001);
    }
  }, 120_000);
});

describe('talenta explain', () => {
  it('traces kompetensi from its parts and the potential score (case kompetensi-dari-sub)', async () => {
    const r = unwrap(await talenta(['explain', '199202112017032001', SAMPLE, '--as-of', AS_OF]));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // kompetensi = (90 + 86 + 82) / 3 = 86; potential = 0.5 × 92 + 0.5 × 86 = 89 → Menengah
    expect(r.stdout).toContain('JPM kompetensi = rata-rata (90 + 86 + 82) / 3 = 86');
    expect(r.stdout).toContain('skor potensial = 0,5 × 92 + 0,5 × 86 = 89');
    expect(r.stdout).toContain('→ Menengah');
    // performance: 0.6 × 100 + 0.4 × 100 = 100 → box 7, rank given
    expect(r.stdout).toContain('2025: Sangat Baik (dari predikat, ');
    expect(r.stdout).toContain('skor kinerja = 100 → Di Atas Ekspektasi');
    expect(r.stdout).toContain('Kotak 7:');
    expect(r.stdout).toMatch(/MASUK talent pool \(KRS Instansi\)/);
    expect(r.stdout).toMatch(/peringkat \d+; dalam jenjang target/);
  });

  it('shows a legacy value out of scale as an absent year (case nilai-skp-di-luar-skala)', async () => {
    const r = unwrap(await talenta(['explain', '198405052009032001', SAMPLE, '--as-of', AS_OF, '--lang', 'en']));
    expect(r.code).toBe(0);
    // 2025 NILAI 125 > 120 is absent; 2024 112 ≥ 110 → Sangat Baik alone with weight 1
    expect(r.stdout).toContain('2024: Sangat Baik (from legacy value, ');
    expect(r.stdout).toContain('→ 100 × 1 = 100');
    expect(r.stdout).not.toContain('2025: ');
    expect(r.stdout).toMatch(/skp\s+.*nilai=125/);
  });

  it('--json lists each talent-pool rule with its outcome (case bup-pelaksana-58)', async () => {
    const r = await talenta(['explain', '196906151991031001', SAMPLE, '--as-of', AS_OF, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const t = doc.traces[0];
    expect(t.employee.box).toBe(7);
    expect(t.employee.talentPool).toBe(false);
    const bup = t.rules.find((x: { code: string }) => x.code === 'MENDEKATI_BUP');
    // born 1969-06-15, BUP 58 → 2027-06-15; excluded from 2026-06-15 ≤ 2026-09-30
    expect(bup).toMatchObject({ applies: true, detail: { birthDate: '1969-06-15', bupAge: 58, bupDate: '2027-06-15', excludedFrom: '2026-06-15' } });
    expect(t.rules.find((x: { code: string }) => x.code === 'HUKDIS').applies).toBe(false);
    expect(t.parameters['potential.thresholds']).toEqual({ high: 90, middle: 78 });
  });

  it('exit 2 for a NIP that is not in the roster or not 18 digits', async () => {
    expect((await talenta(['explain', '199901012020011999', SAMPLE, '--as-of', AS_OF])).code).toBe(2);
    const bad = await talenta(['explain', '12345', SAMPLE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('18 digit');
  });
});

describe('--lang en and pipelines', () => {
  it('English sheet names and terminal', async () => {
    const dir = tempDir();
    const r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '-o', join(dir, 'o'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Top of the talent pool');
    expect(r.stdout).toContain('Not mapped:');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'o', 'laporan-talenta.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Talent pool',
      'Per unit',
      'Audit',
      'Audit units',
      'Near the line',
      'Fairness',
      'All employees',
      'Not mapped',
      'Data problems',
      'Summary table',
      'Methodology',
    ]);
  });

  it('TALENTA_LANG=en works like --lang en', async () => {
    const r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '-o', '-', '--format', 'json'], { env: { TALENTA_LANG: 'en' } });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.employees.some((e: { box: number }) => e.box === 9)).toBe(true);
    expect(doc.boxes['9'].label).toBe('Performance above expectations, high potential');
  });

  it('-o - --format csv|jsonl streams the employee table on stdout only', async () => {
    // in a folder of its own: what the checkout holds (e.g. README's first command's report) must not matter
    const cwd = tempDir();
    const csv = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '-o', '-', '--format', 'csv'], { cwd });
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('');
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]!.startsWith('nip,nama,')).toBe(true);
    const jsonl = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '-o', '-', '--format', 'jsonl'], { cwd });
    const objs = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objs.length).toBe(lines.length - 1);
    expect(typeof objs[0].nip).toBe('string');
    expect(readdirSync(cwd)).toEqual([]); // no default report folder, no file at all
  });

  it('refuses a folder with other files unless --force, and never overwrites an input', async () => {
    const dir = scenario({ 'catatan.txt': 'punya analis' });
    const r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect((await talenta(['classify', SAMPLE, '--as-of', AS_OF, '-o', dir, '--force', '-q'])).code).toBe(0);
    expect(readFileSync(join(dir, 'catatan.txt'), 'utf8')).toBe('punya analis');
    const csvDir = join(ROOT, 'fixtures', 'contoh', 'csv');
    const clash = await talenta(['classify', ...['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv'].map((f) => join(csvDir, f)), '-o', csvDir, '--force']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('tidak akan ditimpa');
  });
});
