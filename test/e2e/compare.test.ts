/**
 * `talenta compare` end to end, on the generated quarters of the sample agency (fixtures/kuartal,
 * written by fixtures/generate-quarters.ts): the scripted events show up in the right lists,
 * JSON vs CSV vs XLSX inputs give the same transitions, the profile change is noted, files with
 * -o, stdout/stderr, exit codes and the messages for inputs that are not talenta results.
 */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { talenta } from './in-process.js';

const K = join(ROOT, 'fixtures', 'kuartal');
const Q1 = '2026-03-31';
const Q2 = '2026-06-30';
const Q3 = '2026-09-30';
const json = (q: string) => join('fixtures', 'kuartal', q, 'hasil-talenta.json');
const csv = (q: string) => join('fixtures', 'kuartal', q, 'pegawai.csv');
const xlsx = (q: string) => join('fixtures', 'kuartal', q, 'laporan-talenta.xlsx');

interface Ev {
  nip: string;
  quarter: string;
  expect: { lists: string[]; from?: string; to?: string; axes?: string[]; exclusionsAdded?: string[]; exclusionsRemoved?: string[]; reasonsTo?: string[] };
}
const EVENTS = (JSON.parse(readFileSync(join(K, 'peristiwa.json'), 'utf8')) as { events: Ev[] }).events;

const LISTS = ['enteredPool', 'leftPool', 'bigMoves', 'againstDirection', 'newInRoster', 'goneFromRoster', 'newlyMapped', 'newlyNotMapped'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

async function compareJson(args: string[]): Promise<Doc> {
  const r = await talenta(['compare', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** What must not depend on the input format: the matrix, the totals, who is in which list. */
function transitions(doc: Doc) {
  return doc.pairs.map((p: Doc) => ({
    matrix: p.matrix,
    totals: p.totals,
    lists: Object.fromEntries(LISTS.map((l) => [l, p[l].map((m: Doc) => `${m.nip} ${m.from}>${m.to} ${m.axes.join('+')}`)])),
  }));
}

describe('compare the first two quarters (JSON)', () => {
  let doc: Doc;
  let pair: Doc;
  beforeAll(async () => {
    doc = await compareJson([json(Q1), json(Q2)]);
    pair = doc.pairs[0];
  });

  it('one document with a schemaVersion, the runs with their metadata', async () => {
    expect(doc.schemaVersion).toBe(1);
    expect(doc.kind).toBe('compare');
    expect(doc.runs.map((r: Doc) => [r.label, r.asOf, r.format, r.profile.id])).toEqual([
      [Q1, Q1, 'json', 'permenpanrb-3-2020'],
      [Q2, Q2, 'json', 'permenpanrb-3-2020'],
    ]);
    expect(doc.runs[0].profile.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pair.profileChange).toBe('same');
    expect(doc.notes.some((n: Doc) => n.code === 'PROFIL_BERBEDA')).toBe(false);
  });

  it('the matrix adds up: row sums = the first run by state, column sums = the second', async () => {
    const states: string[] = doc.states;
    const rowSum = (s: string) => pair.matrix[states.indexOf(s)].reduce((a: number, b: number) => a + b, 0);
    const colSum = (s: string) => pair.matrix.reduce((a: number, row: number[]) => a + row[states.indexOf(s)]!, 0);
    for (const s of states.slice(0, 10)) {
      expect(rowSum(s), `from ${s}`).toBe(doc.runs[0].grid[s]);
      expect(colSum(s), `to ${s}`).toBe(doc.runs[1].grid[s]);
    }
    expect(rowSum('TIDAK_DI_ROSTER')).toBe(pair.totals.newInRoster);
    expect(colSum('TIDAK_DI_ROSTER')).toBe(pair.totals.goneFromRoster);
  });

  it('every scripted event of the quarter is in its lists, with the designed from/to, axes and exclusions', async () => {
    const events = EVENTS.filter((e) => e.quarter === Q2);
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      for (const l of e.expect.lists) {
        const m = pair[l].find((x: Doc) => x.nip === e.nip);
        expect(m, `${e.nip} in ${l}`).toBeDefined();
        if (e.expect.from) expect(m.from, `${e.nip} from`).toBe(e.expect.from);
        if (e.expect.to) expect(m.to, `${e.nip} to`).toBe(e.expect.to);
        if (e.expect.axes) expect(m.axes, `${e.nip} axes`).toEqual(e.expect.axes);
        if (e.expect.exclusionsAdded) expect(m.exclusionsAdded).toEqual(e.expect.exclusionsAdded);
        if (e.expect.exclusionsRemoved) expect(m.exclusionsRemoved).toEqual(e.expect.exclusionsRemoved);
        if (e.expect.reasonsTo) expect(m.reasonsTo).toEqual(e.expect.reasonsTo);
      }
    }
  });

  it('roster changes are exactly the scripted joiners and leavers', async () => {
    const q = EVENTS.filter((e) => e.quarter === Q2);
    const ids = (l: string) => pair[l].map((m: Doc) => m.nip).sort();
    expect(ids('newInRoster')).toEqual(
      q
        .filter((e) => e.expect.lists.includes('newInRoster'))
        .map((e) => e.nip)
        .sort(),
    );
    expect(ids('goneFromRoster')).toEqual(
      q
        .filter((e) => e.expect.lists.includes('goneFromRoster'))
        .map((e) => e.nip)
        .sort(),
    );
  });

  it('the pool moves carry the score difference of the axis that moved them', async () => {
    const wahyu = pair.leftPool.find((m: Doc) => m.nip === '198804052011031001');
    expect(wahyu.performance).toMatchObject({ from: 'Di Atas Ekspektasi', to: 'Sesuai Ekspektasi', scoreFrom: 100, scoreTo: 88, delta: -12, steps: -1 });
    expect(wahyu.cause).toBe('kinerja Di Atas → Sesuai (-12.00)');
    const zulkifli = pair.enteredPool.find((m: Doc) => m.nip === '198211022008121001');
    expect(zulkifli.potential).toMatchObject({ from: 'Menengah', to: 'Tinggi', scoreFrom: 83, scoreTo: 91.5, delta: 8.5 });
  });
});

describe('the input format does not change the transitions', () => {
  let fromJson: Doc;
  beforeAll(async () => {
    fromJson = await compareJson([json(Q1), json(Q2), json(Q3)]);
  });

  it('CSV → XLSX → XLSX (English workbook) gives the same matrix, totals and lists as JSON', async () => {
    const mixed = await compareJson([csv(Q1), xlsx(Q2), xlsx(Q3)]);
    expect(transitions(mixed)).toEqual(transitions(fromJson));
    expect(mixed.stuck).toEqual(fromJson.stuck);
    expect(mixed.paths).toEqual(fromJson.paths);
    expect(mixed.runs.map((r: Doc) => r.format)).toEqual(['csv', 'xlsx', 'xlsx']);
  });

  it('the workbook carries the reference date and the profile (Metodologi / Methodology sheet)', async () => {
    const d = await compareJson([xlsx(Q2), xlsx(Q3)]);
    expect(d.runs.map((r: Doc) => [r.label, r.labelFrom, r.profile.id])).toEqual([
      [Q2, 'asOf', 'permenpanrb-3-2020'],
      [Q3, 'asOf', 'bkn-ms-mms-kms'],
    ]);
    expect(d.runs.map((r: Doc) => r.profile.hash)).toEqual(fromJson.runs.slice(1).map((r: Doc) => r.profile.hash));
    expect(d.pairs[0].profileChange).toBe('changed');
  });

  it('a CSV has no profile: the change is unknown and the note says so; its label is the date in the path', async () => {
    const d = await compareJson([csv(Q1), json(Q2)]);
    expect(d.runs[0]).toMatchObject({ label: Q1, labelFrom: 'path', asOf: null, profile: null, format: 'csv' });
    expect(d.pairs[0].profileChange).toBe('unknown');
    const note = d.notes.find((n: Doc) => n.code === 'PROFIL_TIDAK_DIKETAHUI');
    expect(note.message).toContain('CSV');
  });
});

describe('the profile change in the third quarter', () => {
  let doc: Doc;
  let pair: Doc;
  beforeAll(async () => {
    doc = await compareJson([json(Q2), json(Q3)]);
    pair = doc.pairs[0];
  });

  it('is noted: the hashes differ, and most box moves came with unchanged scores', async () => {
    expect(pair.profileChange).toBe('changed');
    const note = doc.notes.find((n: Doc) => n.code === 'PROFIL_BERBEDA');
    expect(note.pair).toBe(0);
    expect(note.message).toContain('bkn-ms-mms-kms');
    expect(pair.totals.scoresUnchanged).toBeGreaterThan(pair.totals.boxChanged / 2);
  });

  it('every scripted event of the quarter is in its lists', async () => {
    for (const e of EVENTS.filter((x) => x.quarter === Q3)) {
      for (const l of e.expect.lists) {
        const m = pair[l].find((x: Doc) => x.nip === e.nip);
        expect(m, `${e.nip} in ${l}`).toBeDefined();
        if (e.expect.from) expect(m.from, `${e.nip} from`).toBe(e.expect.from);
        if (e.expect.to) expect(m.to, `${e.nip} to`).toBe(e.expect.to);
        if (e.expect.axes) expect(m.axes, `${e.nip} axes`).toEqual(e.expect.axes);
      }
    }
  });

  it('against the scores: box up while the potential score went down', async () => {
    const dadang = pair.againstDirection.find((m: Doc) => m.nip === '197908142006031001');
    expect(dadang.direction).toBe(1);
    expect(dadang.potential.delta).toBeLessThan(0);
    expect(dadang.performance.delta).toBe(0);
    for (const m of pair.againstDirection) {
      expect(m.potential.delta * m.direction <= 0 && m.performance.delta * m.direction <= 0).toBe(true);
    }
  });
});

describe('three quarters: stuck and paths', () => {
  let doc: Doc;
  beforeAll(async () => {
    doc = await compareJson([json(Q1), json(Q2), json(Q3)]);
  });

  it('stuck = mapped in every quarter in the same box; paths for everyone', async () => {
    expect(doc.stuck.length).toBeGreaterThan(10);
    const byNip = new Map(doc.paths.map((p: Doc) => [p.nip, p]));
    for (const s of doc.stuck) {
      const p: Doc = byNip.get(s.nip);
      expect(p.states).toEqual([String(s.box), String(s.box), String(s.box)]);
    }
    // the 2026-06-30 joiners are out of the roster in the first quarter
    for (const e of EVENTS.filter((x) => x.quarter === Q2 && x.expect.lists.includes('newInRoster'))) {
      expect((byNip.get(e.nip) as Doc).states[0]).toBe('TIDAK_DI_ROSTER');
    }
    // Cecep (box 9 every quarter, excluded by a hukdis from Q2) is stuck in box 9
    expect(doc.stuck.find((s: Doc) => s.nip === '198506232009041001')?.box).toBe(9);
    expect(doc.commonPaths[0].count).toBeGreaterThan(1);
  });
});

describe('terminal output', () => {
  it('reads as sections: inputs, per pair the numbers, the matrix and the lists; stuck with three runs', async () => {
    const r = await talenta(['compare', json(Q1), json(Q2), xlsx(Q3), '--top', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain(`Perbandingan talenta: ${Q1} → ${Q2} → ${Q3}`);
    expect(out).toContain(`── ${Q1} → ${Q2} ──`);
    expect(out).toContain('Matriks transisi');
    expect(out).toContain('Masuk talent pool (');
    expect(out).toContain('Keluar dari talent pool (');
    expect(out).toContain('Tetap di kotak yang sama di setiap periode');
    expect(out).toMatch(/! Profil aturan berbeda antara 2026-06-30/);
    expect(out).toContain('… dan ');
    expect(out).not.toMatch(/\u001b\[/); // NO_COLOR
    // the profile note comes before the numbers of its pair
    expect(out.indexOf('! Profil aturan berbeda')).toBeGreaterThan(out.indexOf(`── ${Q2} → ${Q3} ──`));
  });

  it('--lang en, --label', async () => {
    const r = await talenta(['compare', json(Q1), json(Q2), '--lang', 'en', '--label', 'Q1', '--label', 'Q2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Talent comparison: Q1 → Q2');
    expect(r.stdout).toContain('Transition matrix');
    expect(r.stdout).toContain('Entered the talent pool');
  });

  it('FORCE_COLOR colours the matrix and the boxes', async () => {
    const r = await talenta(['compare', json(Q1), json(Q2)], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[/);
  });
});

describe('inputs: folders and stdin', () => {
  it('a classify output folder is read (its JSON first); - reads stdin', async () => {
    const a = await compareJson([join('fixtures', 'kuartal', Q1), join('fixtures', 'kuartal', Q2)]);
    expect(a.runs.map((r: Doc) => r.file)).toEqual([json(Q1), json(Q2)]);
    const r = await talenta(['compare', json(Q1), '-', '--json'], { stdin: readFileSync(join(ROOT, json(Q2))) });
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.runs[1].file).toBe('(stdin)');
    expect(transitions(b)).toEqual(transitions(a));
  });
});

describe('files with -o', () => {
  it('writes the workbook, the JSON and the CSV files atomically; refuses a folder with other files', async () => {
    const dir = tempDir();
    const out = join(dir, 'banding');
    const r = await talenta(['compare', json(Q1), json(Q2), json(Q3), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Laporan perbandingan ditulis ke');
    expect(r.stdout).toContain('lengkap di berkas -o');
    expect(readdirSync(out).sort()).toEqual(['jalur.csv', 'perbandingan-talenta.json', 'perbandingan-talenta.xlsx', 'perpindahan.csv', 'transisi.csv']);
    const transisi = readFileSync(join(out, 'transisi.csv'), 'utf8');
    expect(transisi.startsWith('\uFEFFperiode_dari,periode_ke,dari,ke,jumlah\n')).toBe(true);
    expect(transisi.trim().split('\n')).toHaveLength(1 + 2 * 120); // 11 × 11 − (out → out), per pair
    const moves = readFileSync(join(out, 'perpindahan.csv'), 'utf8').split('\n');
    expect(moves[0]).toContain('nip,nama,jabatan,unor_induk,dari,ke,jarak,perubahan');
    expect(moves.some((l) => l.includes('198804052011031001') && l.includes('KELUAR_POOL|TURUN'))).toBe(true);
    const doc = JSON.parse(readFileSync(join(out, 'perbandingan-talenta.json'), 'utf8'));
    expect(doc.schemaVersion).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'perbandingan-talenta.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Matriks Transisi',
      'Masuk-Keluar Talent Pool',
      'Lompatan & Anomali',
      'Roster & Pemetaan',
      'Semua Perpindahan',
      'Jalur',
      'Tetap di Kotak',
      'Metodologi',
    ]);
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);

    writeFileSync(join(out, 'catatan.txt'), 'milik pengguna');
    const again = await talenta(['compare', json(Q1), json(Q2), '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('sudah berisi berkas lain');
    expect((await talenta(['compare', json(Q1), json(Q2), '-o', out, '--force', '-q'])).code).toBe(0);
    expect(readFileSync(join(out, 'catatan.txt'), 'utf8')).toBe('milik pengguna');
  });

  it('--json with -o: the document on stdout and the files; --no-xlsx', async () => {
    const out = join(tempDir(), 'x');
    const r = await talenta(['compare', json(Q1), json(Q2), '-o', out, '--json', '--no-xlsx']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kind).toBe('compare');
    expect(existsSync(join(out, 'perbandingan-talenta.xlsx'))).toBe(false);
    expect(existsSync(join(out, 'jalur.csv'))).toBe(false); // two runs: no paths
    expect(existsSync(join(out, 'transisi.csv'))).toBe(true);
  });
});

describe('exit code 2 with a clear message', () => {
  const fail = async (args: string[], pattern: RegExp, opts: { cwd?: string } = {}) => {
    const r = await talenta(['compare', ...args], opts);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  };

  it('fewer than two inputs', async () => fail([json(Q1)], /sedikitnya dua hasil talenta/));
  it('a missing file', async () => fail([json(Q1), 'tidak-ada.json'], /Berkas tidak ditemukan: tidak-ada\.json/));
  it('more labels than inputs', async () => fail([json(Q1), json(Q2), '--label', 'a', '--label', 'b', '--label', 'c'], /--label diberikan 3 kali untuk 2 masukan/));
  it('an input table instead of a result', async () => fail([json(Q1), 'fixtures/contoh/csv/pegawai.csv'], /tabel masukan \(SIASN\/CACT\/SKP\)/));
  it('an input workbook instead of a report', async () => fail([json(Q1), 'fixtures/contoh/roster.xlsx'], /tabel masukan/));
  it('the talent-pool table', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'talent-pool.csv'), '\uFEFFperingkat,peringkat_jenjang_target,peringkat_unit,kotak,krs,nip,nama\n1,1,1,9,INSTANSI_NASIONAL,198506232009041001,X\n');
    await fail([join(ROOT, json(Q1)), 'talent-pool.csv'], /hanya memuat anggota pool/, { cwd: dir });
  });
  it('some other JSON, a compare output, bad JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lain.json'), '{"name": "bukan talenta"}');
    writeFileSync(join(dir, 'rusak.json'), '{"schemaVersion": 1,');
    writeFileSync(join(dir, 'banding.json'), JSON.stringify({ schemaVersion: 1, kind: 'compare', runs: [], pairs: [] }));
    await fail([join(ROOT, json(Q1)), 'lain.json'], /bukan keluaran talenta classify/, { cwd: dir });
    await fail([join(ROOT, json(Q1)), 'rusak.json'], /JSON tidak valid/, { cwd: dir });
    await fail([join(ROOT, json(Q1)), 'banding.json'], /keluaran talenta compare, bukan classify/, { cwd: dir });
  });
  it('a value that talenta never writes, with the row', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pegawai.csv'), 'nip,nama,kotak,talent_pool\n198506232009041001,X,12,1\n');
    await fail([join(ROOT, json(Q1)), 'pegawai.csv', '--lang', 'en'], /pegawai\.csv row 2: kotak "12" is not valid \(1–9\)/, { cwd: dir });
  });
  it('a folder without a result; a folder of inputs', async () => {
    await fail([json(Q1), tempDir()], /folder tanpa hasil talenta/);
    await fail([json(Q1), 'fixtures/contoh/csv'], /pegawai\.csv: tampaknya tabel masukan/);
  });
});
