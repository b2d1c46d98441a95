/**
 * `talenta suksesi` on the generated fixture (fixtures/generate-succession.ts → fixtures/suksesi/),
 * --as-of 2026-09-30, default profile. The expected values are worked out by hand from the
 * fixture's people and posts (see the comments there) and docs/rules.md §12; all in-process.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { files as fixtureFiles, MISSING_INCUMBENT, nipOf, PEOPLE } from '../../fixtures/generate-succession.js';
import { loadSuccession, runSuksesi, type SuksesiCliOptions } from '../../src/commands/suksesi.js';
import type { Io } from '../../src/commands/classify.js';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';
import { SUCCESSION_DEFAULTS } from '../../src/core/succession/params.js';
import { READINESS } from '../../src/core/succession/params.js';
import { ROOT, tempDir } from './helpers.js';
import { talenta } from './in-process.js';

const AS_OF = '2026-09-30';
const nip = (key: string) => nipOf(PEOPLE.find((p) => p.key === key)!);

let dir: string;
let inputs: string[];
beforeAll(async () => {
  dir = tempDir('talenta-suksesi-');
  for (const [name, text] of Object.entries(fixtureFiles())) writeFileSync(join(dir, name), text);
  inputs = Object.keys(fixtureFiles()).map((n) => join(dir, n));
});

function io(env: Record<string, string> = {}): Io & { out: () => string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  return { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env, today: () => AS_OF, version: 'test', out: () => Buffer.concat(chunks).toString('utf8') };
}
const opts = (o: Partial<SuksesiCliOptions> = {}): SuksesiCliOptions => ({ asOf: AS_OF, quiet: true, ...o });
async function load(o: Partial<SuksesiCliOptions> = {}) {
  return loadSuccession(inputs, opts(o), io());
}
function profileFile(patch: (s: typeof SUCCESSION_DEFAULTS) => void): string {
  const s = structuredClone(SUCCESSION_DEFAULTS);
  patch(s);
  const f = join(tempDir('talenta-profile-'), 'p.json');
  writeFileSync(f, JSON.stringify({ ...DEFAULT_PROFILE, id: 'uji-suksesi', succession: s }));
  return f;
}
const csv = (text: string) => {
  const [head, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  const keys = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v])));
};

describe('talenta suksesi on the fixture agency', () => {
  it('vacancy forecast: already vacant, 2, 5, 11, 18 and 30 months, guru BUP 60, incumbent not in the roster', async () => {
    const { succ } = await load();
    const post = (code: string) => succ.posts.find((r) => r.post.code === code)!;
    // Kepala Dinas born 1966-11-20, JPT BUP 60 → birthday 2026-11-20 → TMT pensiun 2026-12-01 (first of the next month)
    expect(post('DINKES-KADIS')).toMatchObject({ vacancyDate: '2026-12-01', monthsToVacancy: 2, band: 'BULAN_6' });
    expect(post('DINKES-SEKDIN')).toMatchObject({ vacancyDate: '2027-03-01', monthsToVacancy: 5, band: 'BULAN_6' });
    expect(post('DINKES-KABID-YANKES')).toMatchObject({ vacancyDate: '2027-09-01', monthsToVacancy: 11, band: 'BULAN_12' });
    expect(post('DINKES-KABID-P2P')).toMatchObject({ vacancyDate: '2028-04-01', monthsToVacancy: 18, band: 'BULAN_24' });
    expect(post('DINKES-KABID-SDK')).toMatchObject({ vacancyDate: '2029-04-01', monthsToVacancy: 30, band: 'DI_LUAR_HORIZON' });
    expect(post('DISDIK-SEKDIN')).toMatchObject({ state: 'SUDAH_KOSONG', vacancyDate: AS_OF, band: 'SUDAH_KOSONG' });
    // Plt counts as vacant
    expect(post('DISDIK-KABID-SMA').band).toBe('SUDAH_KOSONG');
    // Guru Ahli Muda: 58 by level, 60 as guru (UU 14/2005): born 1967-05-10 → 2027-06-01
    expect(post('DISDIK-GURU-SMPN1').incumbents[0]).toMatchObject({ bup: 60, bupSource: 'KHUSUS', pensionDate: '2027-06-01' });
    expect(post('DISDIK-GURU-SMPN1')).toMatchObject({ matched: false, risk: null });
    expect(post('BKPSDM-KABID-MUTASI')).toMatchObject({ state: 'PEJABAT_TIDAK_DITEMUKAN', vacancyDate: null, band: 'TANPA_TANGGAL' });
    expect(succ.issues.some((i) => i.code === 'JABATAN_PEJABAT_TIDAK_DI_ROSTER' && i.value === MISSING_INCUMBENT)).toBe(true);
  });

  it('eligibility and readiness of the crafted candidates', async () => {
    const { succ } = await load();
    const nominee = (code: string, key: string) => succ.nominees.find((c) => c.post === code && c.nip === nip(key));
    // JF Ahli Madya → JPT Pratama; A56 is 56 years 0 days on the vacancy date 2026-12-01 (met), A56X one day older (fails)
    expect(
      succ.posts
        .find((r) => r.post.code === 'DINKES-KADIS')!
        .nominees.map((i) => succ.nominees[i]!.nip)
        .sort(),
    ).toEqual([nip('A56'), nip('JFM')].sort());
    // exactly 3.00 years as pengawas on 2027-03-01 is met; 2.99 years needs verification
    expect(nominee('DINKES-SEKDIN', 'Z3')!.checks.find((c) => c.code === 'S5_LAMA_JENJANG_ASAL')).toMatchObject({ status: 'TERPENUHI', value: '3.00' });
    expect(nominee('DINKES-SEKDIN', 'Z299')!.checks.find((c) => c.code === 'S5_LAMA_JENJANG_ASAL')).toMatchObject({
      status: 'PERLU_VERIFIKASI',
      metDate: '2027-03-02',
      value: '2.99',
    });
    // the D-III pengawas is never a nominee for an administrator post (S7)
    expect(succ.nominees.some((c) => c.nip === nip('D3'))).toBe(false);
    // the box-7 candidate who meets everything is SIAP_1_2_TAHUN: rank 6 of 6 for Sekretaris Dinas Kesehatan (outside the 5 nominees)
    const sekdin = succ.posts.find((r) => r.post.code === 'DINKES-SEKDIN')!;
    expect(sekdin.bench).toMatchObject({ readyNow: 5, ready12: 1, ready3: 0 });
    const three = await load({ kandidatPerJabatan: '6' });
    expect(three.succ.nominees.find((c) => c.post === 'DINKES-SEKDIN' && c.nip === nip('B7'))).toMatchObject({ rank: 6, readiness: 'SIAP_1_2_TAHUN', eligibility: 'MEMENUHI' });
  });

  it('overload, Nakisa share, chain vacancy, and the risk of a critical post without candidates', async () => {
    const { succ } = await load();
    // X is ready now for the 8 administrator posts (3 + 2 + 3 implicit …): more than 3 → OVERLOAD
    const x = succ.nominees.find((c) => c.nip === nip('X'))!;
    expect(x.postsReadyNow).toBe(8);
    expect(x.overload).toBe(true);
    // Σ shares over posts = the number of distinct ready-now candidates (each person's shares add to 1)
    const readyNow = new Set<number>();
    for (let i = 0; i < succ.pairs.length; i++) if (READINESS[succ.pairs.readiness[i]!] === 'SIAP_SEKARANG') readyNow.add(succ.pairs.employee[i]!);
    // (each post's share is rounded to 6 decimals)
    expect(succ.posts.reduce((a, r) => a + r.bench.shared, 0)).toBeCloseTo(readyNow.size, 4);
    // X holds DINKES-KASI-KESGA: it may open when X is promoted
    expect(succ.posts.find((r) => r.post.code === 'DINKES-KASI-KESGA')!.chainFrom).toContain('DINKES-SEKDIN');
    // Plt post, candidates only from its own unit, nobody there: BERISIKO × SUDAH_KOSONG = KRITIS; S17 removed the most
    expect(succ.posts.find((r) => r.post.code === 'DISDIK-KABID-SMA')).toMatchObject({
      health: 'BERISIKO',
      risk: 'KRITIS',
      mostFiltered: 'S17_LINGKUP',
      benchStatus: 'TANPA_SUKSESOR',
    });
    expect(succ.posts[0]!.risk).toBe('KRITIS');
  });

  it('counts add up: readiness over pairs = evaluated pairs; every post once; the funnel never increases', async () => {
    const { succ } = await load();
    const m = succ.summary;
    expect(Object.values(m.byReadiness).reduce((a, b) => a + b, 0)).toBe(m.evaluatedPairs);
    expect(m.evaluatedPairs).toBe(succ.posts.reduce((a, r) => a + r.evaluated, 0));
    expect(new Set(succ.posts.map((r) => r.post.code)).size).toBe(succ.posts.length);
    for (const r of succ.posts) {
      for (let i = 1; i < r.funnel.length; i++) expect(r.funnel[i]!.left).toBeLessThanOrEqual(r.funnel[i - 1]!.left);
      if (r.matched) expect(r.funnel[r.funnel.length - 1]!.left).toBe(r.eligible);
    }
    // 10 table posts + 8 eselon holders not in the table (each reported)
    expect(succ.posts.length).toBe(18);
    expect(succ.issues.filter((i) => i.code === 'JABATAN_TIDAK_ADA_DI_TABEL')).toHaveLength(8);
  });

  it('the profile drives it: golongan keras moves exactly the one-step-below candidate; box 8 at 1–2 years moves exactly the box-8 candidate', async () => {
    const base = await load({ kandidatPerJabatan: '10' });
    const keras = await load({ kandidatPerJabatan: '10', profile: profileFile((s) => (s.golongan.mode = 'keras')) });
    const changed = (a: typeof base, b: typeof base) => {
      const out = new Set<string>();
      for (let i = 0; i < a.succ.pairs.length; i++) {
        if (a.succ.pairs.readiness[i] !== b.succ.pairs.readiness[i] || a.succ.pairs.eligibility[i] !== b.succ.pairs.eligibility[i])
          out.add(a.result.employees[a.succ.pairs.employee[i]!]!.nip);
      }
      return [...out];
    };
    expect(changed(base, keras)).toEqual([nip('GOL')]);
    // III.b posts (minimum III/c): one step below, next KP 2027-07-01 → in time, 1–2 years
    const g = keras.succ.nominees.find((c) => c.post === 'DINKES-KABID-YANKES' && c.nip === nip('GOL'));
    expect(g).toMatchObject({ eligibility: 'MEMENUHI_DENGAN_WAKTU', readiness: 'SIAP_1_2_TAHUN', readyDate: '2027-07-01' });
    const ketat = await load({ kandidatPerJabatan: '10', profile: profileFile((s) => (s.readiness.byBox['8'] = 'SIAP_1_2_TAHUN')) });
    expect(changed(base, ketat)).toEqual([nip('Y')]);
  });

  it('kelayakan.csv: the fast writer gives the same bytes as the column model', async () => {
    const { succ, result, profile, resolved, lang } = await load();
    const { csvText } = await import('../../src/output/csv.js');
    const { PAIR_COLUMNS, pairRows, pairCsvBlocks } = await import('../../src/output/succession-model.js');
    const ctx = { lang, human: false, profile, result, profileHash: resolved.hash, succ };
    expect(Buffer.concat([...pairCsvBlocks(succ, ctx)]).toString('utf8')).toBe(csvText(PAIR_COLUMNS, pairRows(succ), ctx));
  });

  it('an invalid succession value is refused with its path', async () => {
    await expect(load({ profile: profileFile((s) => (s.readiness.monthBuckets = [24, 0])) })).rejects.toThrow(/succession\.readiness\.monthBuckets/);
  });

  it('writes the files atomically, byte-identical twice, and --pseudonymize leaves no NIP or name of the roster', async () => {
    const a = tempDir('talenta-sk-a-');
    const b = tempDir('talenta-sk-b-');
    expect(await runSuksesi(inputs, opts({ output: a, force: true }), io())).toBe(0);
    expect(await runSuksesi(inputs, opts({ output: b, force: true }), io())).toBe(0);
    // §5.13: the CSV and JSON files are byte-identical run to run
    const names = ['jabatan-target.csv', 'kandidat-jabatan.csv', 'kelayakan.csv', 'proyeksi-pensiun.csv', 'ringkasan-suksesi.csv', 'hasil-suksesi.json'];
    for (const n of names) expect(readFileSync(join(a, n)).equals(readFileSync(join(b, n))), n).toBe(true);
    expect(readdirSync(a).sort()).toEqual([...names, 'laporan-suksesi.xlsx'].sort());
    const posts = csv(readFileSync(join(a, 'jabatan-target.csv'), 'utf8'));
    expect(posts.find((r) => r.kode_jabatan === 'DISDIK-KABID-SMA')).toMatchObject({ risiko: 'KRITIS', pita_waktu: 'SUDAH_KOSONG' });
    const pairs = csv(readFileSync(join(a, 'kelayakan.csv'), 'utf8'));
    expect(pairs.find((r) => r.kode_jabatan === 'DINKES-SEKDIN' && r.nip === nip('D3'))).toMatchObject({
      kelayakan: 'TIDAK_MEMENUHI',
      kesiapan: 'BUKAN_KANDIDAT',
      belum_terpenuhi: 'S7_PENDIDIKAN_MIN',
    });

    const c = tempDir('talenta-sk-p-');
    expect(await runSuksesi(inputs, opts({ output: c, force: true, pseudonymize: true, xlsx: false }), io({ TALENTA_PSEUDONYM_KEY: 'a3f1c9e07b2d4e6f8a1b3c5d7e9f0a2b' }))).toBe(0);
    const all = readdirSync(c)
      .map((n) => readFileSync(join(c, n), 'utf8'))
      .join('\n');
    for (const p of PEOPLE) {
      expect(all.includes(nipOf(p)), p.key).toBe(false);
      expect(all.includes(p.nama), p.nama).toBe(false);
    }
  });

  it('--json prints one document with the succession block; --lang en has no Indonesian labels', async () => {
    const j = io();
    await runSuksesi(inputs, opts({ json: true }), j);
    const doc = JSON.parse(j.out());
    expect(doc.schemaVersion).toBe(1);
    expect(doc.succession.summary.positions).toBe(18);
    expect(doc.succession.positions[0].code).toBe('DISDIK-KABID-SMA');
    const en = io();
    await runSuksesi(inputs, opts({ lang: 'en', quiet: false, output: tempDir('talenta-sk-en-'), force: true, xlsx: false }), en);
    const text = en.out();
    expect(text).toMatch(/Succession plan/);
    expect(text).toMatch(/Riskiest posts/);
    expect(text).not.toMatch(/Jabatan target|Siap sekarang|Kritis|bulan/);
  });

  it('explain --kode lists the same checks, values and dates as the nominee (and kelayakan.csv)', async () => {
    const { succ } = await load();
    const n = succ.nominees.find((c) => c.post === 'DINKES-SEKDIN' && c.nip === nip('Z299'))!;
    const { runExplainSuccession } = await import('../../src/commands/suksesi.js');
    const j = io();
    await runExplainSuccession(nip('Z299'), inputs, { ...opts(), json: true, kode: 'DINKES-SEKDIN' }, j);
    const doc = JSON.parse(j.out());
    expect(doc.checks).toEqual(n.checks);
    expect(doc).toMatchObject({ eligibility: n.eligibility, readiness: n.readiness, readyDate: n.readyDate, referenceDate: '2027-03-01' });
  });

  it('the committed fixtures/suksesi/ is what the generator writes', async () => {
    for (const [name, text] of Object.entries(fixtureFiles())) expect(readFileSync(join(ROOT, 'fixtures', 'suksesi', name), 'utf8'), name).toBe(text);
  });

  it('the command: exit 0, the summary on stdout, the report folder', async () => {
    const out = tempDir('talenta-sk-cli-');
    const r = await talenta(['suksesi', ...inputs, '--as-of', AS_OF, '-o', out, '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rencana Suksesi/);
    expect(r.stdout).toMatch(/DISDIK-KABID-SMA/);
    expect(existsSync(join(out, 'laporan-suksesi.xlsx'))).toBe(true);
  });
});
