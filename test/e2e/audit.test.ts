/**
 * `talenta audit` end to end (docs/rules.md §11): the sample agency on the terminal and as JSON, the
 * options, small-group suppression, the rater scan, pseudonymised reports, refusals.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, scenario, tempDir, type CliRun } from './helpers.js';

const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const AS_OF = '2026-09-30';
const KEY = 'a3f1c9e07b2d4e6f8a1b3c5d7e9f0a2b';

/**
 * `talenta audit …` through the built CLI. Until cli.ts registers the command, a small harness
 * builds the same program (buildProgram + registerAudit) and maps errors as `main` does.
 */
const wired = runCli(['audit', '--help']).stdout.includes('--org-predikat');
const HARNESS = `
const root = ${JSON.stringify(ROOT)};
const { buildProgram, toolVersion } = await import(root + '/dist/src/cli.js');
const { registerAudit } = await import(root + '/dist/src/commands/audit.js');
const { ExitError } = await import(root + '/dist/src/errors.js');
let code = 0;
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env,
  today: () => new Date().toISOString().slice(0, 10), version: toolVersion() };
const program = buildProgram(io, (c) => { code = c; });
if (!program.commands.some((c) => c.name() === 'audit')) registerAudit(program, io, (c) => { code = c; });
try {
  await program.parseAsync(['audit', ...process.argv.slice(1)], { from: 'user' });
} catch (err) {
  if (typeof err?.code === 'string' && err.code.startsWith('commander.')) code = err.exitCode === 0 ? 0 : 2;
  else if (err instanceof ExitError) { process.stderr.write('talenta: ' + err.message + '\\n'); code = err.exitCode; }
  else { process.stderr.write(String(err?.stack ?? err) + '\\n'); code = 70; }
}
process.exitCode = code;
`;
export function runAudit(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  if (wired) return runCli(['audit', ...args], opts);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', HARNESS, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'Asia/Jakarta', NO_COLOR: '1', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A small agency as CSV: per unit `n` people, the first `pool` in box 9, the others in box 5. */
export function agency(units: { name: string; n: number; pool: number; atasan?: string }[], opts: { sexes?: (1 | 2)[] } = {}): string {
  const roster = ['NIP BARU,NAMA,JENIS KELAMIN,JENIS PEGAWAI NAMA,KEDUDUKAN HUKUM NAMA,GOL AKHIR NAMA,SATUAN KERJA INDUK NAMA'];
  const skp = ['NIP BARU,TAHUN,PREDIKAT KINERJA,NIP ATASAN'];
  const cact = ['NIP BARU,JPM POTENSI,JPM KOMPETENSI,TANGGAL TES'];
  let k = 0;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  for (const u of units) {
    for (let i = 0; i < u.n; i++) {
      k++;
      const sex = opts.sexes?.[k % opts.sexes.length] ?? (k % 2 === 0 ? 2 : 1);
      const nip = `19850726201001${sex}${String(k).padStart(3, '0')}`;
      const inPool = i < u.pool;
      roster.push(`${nip},${q(`Pegawai Nomor ${k}`)},${sex === 1 ? 'Laki-laki' : 'Perempuan'},PNS,Aktif,III/b,${q(u.name)}`);
      const p = inPool ? 'Sangat Baik' : 'Baik';
      skp.push(`${nip},2024,${p},${u.atasan ?? ''}`, `${nip},2025,${p},${u.atasan ?? ''}`);
      cact.push(`${nip},${inPool ? 95 : 85},${inPool ? 95 : 85},2025-03-01`);
    }
  }
  return scenario({ 'pegawai.csv': roster.join('\n'), 'skp.csv': skp.join('\n'), 'cact.csv': cact.join('\n') });
}

interface AuditDoc {
  schemaVersion: number;
  pseudonymized: boolean;
  profile: { id: string; hash: string };
  audit: {
    year: number;
    employees: number;
    mapped: number;
    options: { near: number; ceiling: number; minGroup: number; orgPredikat: string; topBand: number };
    distribution: {
      agency: { n: number; ok: boolean; checks: { id: string; ok: boolean }[] };
      units: { unit: string; n: number; ok: boolean }[];
      suppressed: number;
      ceilings: { unit: string | null; kind: string; key: string }[];
      rules: { id: string }[];
    };
    near: { employees: { nip: string; nama: string }[]; poolBoundary: number; box5Top: { nip: string; nama: string }[] };
    leniency: {
      units: {
        agencyN: number;
        agencyPool: number;
        agencyShare: number;
        rows: { key: string; n: number; pool: number; flag: string }[];
        suppressed: number;
        test: { p: number; df: number } | null;
      };
      raters: { rows: { key: string; n: number }[]; suppressed: number } | null;
      raterColumn: string | null;
    };
    fairness: {
      dimensions: { id: string; reference: string | null; groups: { key: string; rate: number | null; air: number | null; belowFourFifths: boolean; suppressed: boolean }[] }[];
    };
  };
}

describe('talenta audit on the sample agency', () => {
  const text = runAudit([SAMPLE, '--as-of', AS_OF]);
  const json = runAudit([SAMPLE, '--as-of', AS_OF, '--json']);
  const doc = JSON.parse(json.stdout) as AuditDoc;
  const classify = JSON.parse(runCli(['classify', SAMPLE, '--as-of', AS_OF, '--json']).stdout) as {
    summary: { grid: Record<string, number>; mapped: number; employees: number };
    employees: { nip: string; nama: string }[];
  };

  it('prints the four parts on the terminal, exit 0, nothing on stderr', () => {
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    for (const s of [
      'Audit kalibrasi dan keadilan',
      'Sinyal utama:',
      '1. Sebaran predikat SKP 2025',
      'Pedoman PermenPANRB 6/2022 untuk organisasi berpredikat "Baik"',
      'diasumsikan "Baik" (ubah dengan --org-predikat)',
      'Sebaran skor (pegawai terpetakan)',
      '2. Dekat batas (selisih ≤ 1 poin)',
      'Kotak 5 di puncak pita',
      '3. Pemindaian kelonggaran',
      'Uji chi-square independensi (unit × kotak 7–9)',
      'Per penilai (atasan): tidak tersedia',
      '4. Audit keadilan',
      'AIR < 0,8: telusuri',
      'sinyal untuk ditelusuri, bukan putusan',
    ]) {
      // the terminal wraps its paragraphs at the width (80 here, no terminal): read them as one line
      expect(text.stdout.replace(/\n\s*/g, ' '), s).toContain(s);
    }
  });

  it('JSON agrees with the classification: pool boxes, mapped, employees', () => {
    expect(json.code).toBe(0);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.pseudonymized).toBe(false);
    const a = doc.audit;
    expect(a.employees).toBe(classify.summary.employees);
    expect(a.mapped).toBe(classify.summary.mapped);
    const g = classify.summary.grid;
    const pool = (g['7'] ?? 0) + (g['8'] ?? 0) + (g['9'] ?? 0);
    expect(a.leniency.units.agencyPool).toBe(pool);
    expect(a.leniency.units.agencyShare).toBeCloseTo(pool / classify.summary.mapped, 6);
    // every shown unit plus the suppressed ones make up the agency
    expect(a.leniency.units.rows.reduce((n, r) => n + r.n, 0)).toBeLessThanOrEqual(a.leniency.units.agencyN);
    expect(a.leniency.units.rows.every((r) => r.n >= 5)).toBe(true);
    expect(a.leniency.units.test!.df).toBe(a.leniency.units.rows.length - 1);
    expect(a.year).toBe(2025);
    expect(a.options).toEqual({ asOf: AS_OF, near: 1, ceiling: 0.7, minGroup: 5, orgPredikat: 'BAIK', topBand: 0.25 });
    expect(a.distribution.rules.map((r) => r.id)).toEqual(['BAIK_MAX_70', 'BUTUH_PERBAIKAN_ATAU_KURANG_MIN_1']);
    expect(a.leniency.raters).toBeNull();
    expect(a.fairness.dimensions.map((d) => d.id)).toEqual(['sex', 'ageBand', 'golongan']);
    // the names in the near-the-line list are the roster's
    const names = new Map(classify.employees.map((e) => [e.nip, e.nama]));
    for (const x of a.near.employees) expect(x.nama).toBe(names.get(x.nip));
  });

  it('--lang en', () => {
    const r = runAudit([SAMPLE, '--as-of', AS_OF, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Calibration and fairness audit');
    expect(r.stdout.replace(/\n\s*/g, ' ')).toContain('PermenPANRB 6/2022 guidance for an organisation rated "Baik (good)"');
    expect(r.stdout.replace(/\n\s*/g, ' ')).toContain('Per rater (atasan): not available');
    expect(r.stdout.replace(/\n\s*/g, ' ')).toContain('signals to look into, not verdicts');
  });

  it('--near, --ceiling, --org-predikat, --top-band change what is reported', () => {
    const wide = JSON.parse(
      runAudit([SAMPLE, '--as-of', AS_OF, '--json', '--near', '3', '--ceiling', '60%', '--org-predikat', 'ISTIMEWA', '--top-band', '0.5']).stdout,
    ) as AuditDoc;
    expect(wide.audit.options).toMatchObject({ near: 3, ceiling: 0.6, orgPredikat: 'ISTIMEWA', topBand: 0.5 });
    expect(wide.audit.near.employees.length).toBeGreaterThan(doc.audit.near.employees.length);
    expect(wide.audit.near.box5Top.length).toBeGreaterThan(doc.audit.near.box5Top.length);
    expect(wide.audit.distribution.ceilings.length).toBeGreaterThan(doc.audit.distribution.ceilings.length);
    expect(wide.audit.distribution.rules.map((r) => r.id)).toEqual(['SANGAT_BAIK_MAX_70']);
  });

  it('bad options are refused with exit 2 and the option named', () => {
    for (const [args, re] of [
      [['--near', 'abc'], /--near/],
      [['--ceiling', '0'], /--ceiling/],
      [['--ceiling', '150%'], /--ceiling/],
      [['--min-group', '2.5'], /--min-group/],
      [['--org-predikat', 'BAGUS'], /org-predikat/],
      [['--pseudonym-key-file', 'x.key'], /--pseudonymize/],
    ] as const) {
      const r = runAudit([SAMPLE, '--as-of', AS_OF, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stdout).toBe('');
    }
  });
});

describe('small groups are suppressed, never shown', () => {
  const dir = agency([
    { name: 'Dinas Besar', n: 12, pool: 3 },
    { name: 'Dinas Sedang', n: 8, pool: 2 },
    { name: 'Kantor Kecil', n: 4, pool: 4 },
  ]);
  const args = ['pegawai.csv', 'skp.csv', 'cact.csv', '--as-of', AS_OF];

  it('a unit of 4 has no aggregate anywhere: terminal, JSON, HTML', () => {
    const t = runAudit([...args, '--html', 'audit.html'], { cwd: dir });
    expect(t.code).toBe(0);
    const j = runAudit([...args, '--json'], { cwd: dir });
    const html = readFileSync(join(dir, 'audit.html'), 'utf8');
    const doc0 = JSON.parse(j.stdout) as AuditDoc;
    // the unit's own people may appear in the individual lists (the top of the talent pool, near
    // the line) with their unit, as in every talenta report; no aggregate row names the unit
    const aggregates = [
      t.stdout.slice(t.stdout.indexOf('1. '), t.stdout.indexOf('2. ')),
      t.stdout.slice(t.stdout.indexOf('3. '), t.stdout.indexOf('4. ')),
      JSON.stringify(doc0.audit.distribution),
      JSON.stringify(doc0.audit.leniency),
      html.slice(html.indexOf('<table class="heat">'), html.indexOf('</table>', html.indexOf('<table class="heat">'))),
      html.slice(html.indexOf('<svg class="funnel"'), html.indexOf('</svg>', html.indexOf('<svg class="funnel"'))),
    ];
    for (const out of aggregates) {
      expect(out).toContain('Dinas Besar');
      expect(out).not.toContain('Kantor Kecil');
    }
    expect(t.stdout.replace(/\n\s*/g, ' ')).toContain('1 unit dengan kurang dari 5 orang tidak ditampilkan');
    const doc = JSON.parse(j.stdout) as AuditDoc;
    expect(doc.audit.leniency.units.suppressed).toBe(1);
    expect(doc.audit.distribution.suppressed).toBe(1);
    // the agency figures still count the small unit: 9 of 24 in box 9
    expect([doc.audit.leniency.units.agencyN, doc.audit.leniency.units.agencyPool]).toEqual([24, 9]);
    expect(doc.audit.leniency.units.rows.map((r) => [r.key, r.n, r.pool])).toEqual([
      ['Dinas Besar', 12, 3],
      ['Dinas Sedang', 8, 2],
    ]);
  });

  it('--min-group 10 suppresses the unit of 8 too', () => {
    const doc = JSON.parse(runAudit([...args, '--json', '--min-group', '10'], { cwd: dir }).stdout) as AuditDoc;
    expect(doc.audit.leniency.units.rows.map((r) => r.key)).toEqual(['Dinas Besar']);
    expect(doc.audit.leniency.units.suppressed).toBe(2);
    expect(doc.audit.leniency.units.test).toBeNull();
  });
});

describe('per rater, when the SKP carries NIP ATASAN', () => {
  it('scans raters like units, suppressing raters of fewer than 5', () => {
    const dir = agency([
      { name: 'Dinas A', n: 10, pool: 8, atasan: '197001012000011001' },
      { name: 'Dinas B', n: 10, pool: 1, atasan: '197202022000011002' },
      { name: 'Dinas C', n: 3, pool: 0, atasan: '197303032000011003' },
    ]);
    const args = ['pegawai.csv', 'skp.csv', 'cact.csv', '--as-of', AS_OF];
    const t = runAudit(args, { cwd: dir });
    expect(t.code).toBe(0);
    expect(t.stdout.replace(/\n\s*/g, ' ')).toContain('Per penilai (kolom NIP ATASAN)');
    expect(t.stdout).not.toContain('197303032000011003');
    const doc = JSON.parse(runAudit([...args, '--json'], { cwd: dir }).stdout) as AuditDoc;
    expect(doc.audit.leniency.raterColumn).toBe('NIP ATASAN');
    expect(doc.audit.leniency.raters!.rows.map((r) => [r.key, r.n])).toEqual([
      ['197001012000011001', 10],
      ['197202022000011002', 10],
    ]);
    expect(doc.audit.leniency.raters!.suppressed).toBe(1);
    // 9 of 23 in the pool: p0 = 0.391; 8/10 lies above the 95% limit (0.391 + 1.96·0.154 = 0.693)
    expect(doc.audit.leniency.units.rows.find((r) => r.key === 'Dinas A')!.flag).toBe('ABOVE_95');
    // CSV files streamed through the classifier give the same audit (JENIS KELAMIN, NIP ATASAN read from every batch)
    const streamed = runAudit([...args, '--json'], { cwd: dir, env: { TALENTA_STREAM_MIN_BYTES: '1' } });
    expect(streamed.stdout).toBe(JSON.stringify(doc, null, 2) + '\n');
  });
});

describe('--pseudonymize', () => {
  const sampleNips = (JSON.parse(runCli(['classify', SAMPLE, '--as-of', AS_OF, '--json']).stdout) as { employees: { nip: string; nama: string }[] }).employees;

  it('refuses without a key, or with a short one (exit 2, nothing on stdout)', () => {
    const none = runAudit([SAMPLE, '--as-of', AS_OF, '--pseudonymize']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('TALENTA_PSEUDONYM_KEY');
    expect(none.stderr).toContain('openssl rand -hex 32');
    expect(none.stdout).toBe('');
    const short = runAudit([SAMPLE, '--as-of', AS_OF, '--pseudonymize'], { env: { TALENTA_PSEUDONYM_KEY: 'pendek' } });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/terlalu pendek/);
  });

  it('no NIP and no name leaves; the same key gives the same pseudonyms, another key others', () => {
    const dir = tempDir();
    const run = (env: Record<string, string>, extra: string[] = []) =>
      runAudit([SAMPLE, '--as-of', AS_OF, '--pseudonymize', '--json', '--html', join(dir, 'p.html'), '--near', '3', ...extra], { env });
    const a = run({ TALENTA_PSEUDONYM_KEY: KEY });
    expect(a.code).toBe(0);
    const html = readFileSync(join(dir, 'p.html'), 'utf8');
    for (const out of [a.stdout, html]) {
      for (const e of sampleNips) {
        expect(out.includes(e.nip), e.nip).toBe(false);
        if (e.nama.length > 6) expect(out.includes(e.nama), e.nama).toBe(false);
      }
    }
    expect(html).toContain('Dipseudonimkan');
    const docA = JSON.parse(a.stdout) as AuditDoc;
    expect(docA.pseudonymized).toBe(true);
    expect(docA.audit.near.employees.length).toBeGreaterThan(0);
    expect(docA.audit.near.employees.every((x) => /^P[0-9A-F]{17}$/.test(x.nip) && x.nama === '')).toBe(true);
    // the same key from a file: identical document
    writeFileSync(join(dir, 'talenta.key'), `${KEY}\n`);
    const b = run({}, ['--pseudonym-key-file', join(dir, 'talenta.key')]);
    expect(b.stdout).toBe(a.stdout);
    const c = run({ TALENTA_PSEUDONYM_KEY_FILE: join(dir, 'talenta.key') });
    expect(c.stdout).toBe(a.stdout);
    // another key: other pseudonyms, the same statistics
    const d = JSON.parse(run({ TALENTA_PSEUDONYM_KEY: `${KEY}-lain` }).stdout) as AuditDoc;
    expect(d.audit.near.employees[0]!.nip).not.toBe(docA.audit.near.employees[0]!.nip);
    expect(d.audit.fairness).toEqual(docA.audit.fairness);
    expect(d.audit.leniency).toEqual(docA.audit.leniency);
  });
});

describe('refusals', () => {
  it('--html never overwrites an input file', () => {
    const dir = agency([{ name: 'Dinas A', n: 6, pool: 2 }]);
    const before = readFileSync(join(dir, 'pegawai.csv'), 'utf8');
    const r = runAudit(['pegawai.csv', 'skp.csv', 'cact.csv', '--as-of', AS_OF, '--html', 'pegawai.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak akan ditimpa');
    expect(readFileSync(join(dir, 'pegawai.csv'), 'utf8')).toBe(before);
  });

  it('a missing table is a usage error, as for classify', () => {
    const dir = agency([{ name: 'Dinas A', n: 6, pool: 2 }]);
    const r = runAudit(['pegawai.csv', 'skp.csv', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CACT');
  });
});

/**
 * The hooks in classify (`--html`, `--pseudonymize`, the audit in the JSON document and the
 * workbook); these run once cli.ts and classify.ts wire them.
 */
const classifyWired = runCli(['classify', '--help']).stdout.includes('--pseudonymize');
describe.runIf(classifyWired)('classify --pseudonymize, --html, the audit in the JSON and the workbook', () => {
  const sample = (JSON.parse(runCli(['classify', SAMPLE, '--as-of', AS_OF, '--json']).stdout) as { employees: { nip: string; nama: string; gelarDepan: string }[] }).employees;

  it('the JSON document carries the audit; the workbook its four sheets', async () => {
    const dir = tempDir();
    const r = runCli(['classify', SAMPLE, '--as-of', AS_OF, '-o', join(dir, 'out'), '--html', join(dir, 'laporan.html'), '-q']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'out', 'hasil-talenta.json'), 'utf8')) as { audit: AuditDoc['audit'] };
    const audit = JSON.parse(runAudit([SAMPLE, '--as-of', AS_OF, '--json']).stdout) as AuditDoc;
    expect(doc.audit).toEqual(audit.audit);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'laporan-talenta.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Audit', 'Audit Unit', 'Dekat Batas', 'Keadilan']));
    expect(readFileSync(join(dir, 'laporan.html'), 'utf8')).toContain('<svg class="funnel"');
  });

  it('no NIP, name or title in any output file; compare still matches the runs', () => {
    const dir = tempDir();
    const env = { TALENTA_PSEUDONYM_KEY: KEY };
    for (const o of ['q2', 'q3']) {
      const r = runCli(['classify', SAMPLE, '--as-of', AS_OF, '-o', join(dir, o), '--pseudonymize', '--html', join(dir, `${o}.html`), '-q'], { env });
      expect(r.code, r.stderr).toBe(0);
    }
    const files = ['hasil-talenta.json', 'pegawai.csv', 'talent-pool.csv', 'masalah-data.csv', 'ringkasan.csv'].map((f) => readFileSync(join(dir, 'q2', f), 'utf8'));
    files.push(readFileSync(join(dir, 'q2.html'), 'utf8'));
    const all = files.join('\n');
    for (const e of sample) {
      expect(all.includes(e.nip), e.nip).toBe(false);
      if (e.nama.length > 6) expect(all.includes(e.nama), e.nama).toBe(false);
    }
    const cmp = runCli(['compare', join(dir, 'q2', 'pegawai.csv'), join(dir, 'q3', 'hasil-talenta.json'), '--label', 'q2', '--label', 'q3', '--json']);
    expect(cmp.code, cmp.stderr).toBe(0);
    // every pseudonym of one run is found in the other: 492 in both, none new or gone
    const totals = (JSON.parse(cmp.stdout) as { pairs: { totals: { inBoth: number; same: number; newInRoster: number; goneFromRoster: number } }[] }).pairs[0]!.totals;
    expect(totals).toMatchObject({ inBoth: 492, same: 492, newInRoster: 0, goneFromRoster: 0 });
  });

  it('a missing key stops classify before anything is written', () => {
    const dir = tempDir();
    const r = runCli(['classify', SAMPLE, '--as-of', AS_OF, '-o', join(dir, 'out'), '--pseudonymize']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TALENTA_PSEUDONYM_KEY');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
