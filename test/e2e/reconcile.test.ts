/**
 * Reconciliation with an upstream box: every disagreement is listed with the axis that
 * differs and the nearest cut-off. Expected values from kasus.json's hand-derived cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scenario } from './helpers.js';
import { talenta, type InProcessRun } from './in-process.js';

const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const AS_OF = '2026-09-30';

// kasus.json: kotak-5 (box 5), potensial-89.99 (box 7, potential 89.99), kinerja-88 (box 8,
// performance 88), tanpa-cact (not mapped, CACT_TIDAK_ADA)
const SIMATA = [
  'NIP,NAMA,KOTAK TALENTA',
  '198211022008121001,Zulkifli Chaniago,5', // agrees
  '197908142006031001,Potensial 89.99,9', // upstream Tinggi: 89.99 is 0.01 below the 90 cut-off
  '199402022020011001,Kinerja 88,9', // upstream Di Atas: 88 is 2 below the 90 cut-off
  '197801302001011001,Tanpa CACT,5', // talenta cannot map: CACT_TIDAK_ADA
  '199901012020011999,Bukan pegawai,9', // not in the roster
  '198403122009031001,Kotak tidak sah,X', // invalid upstream value
].join('\n');

describe('classify --reconcile', () => {
  const dir = scenario({ 'simata.csv': SIMATA });
  let r: InProcessRun;
  beforeAll(async () => {
    r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--reconcile', join(dir, 'simata.csv'), '-o', join(dir, 'out')]);
  });

  it('lists every disagreement with the likely cause', async () => {
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'out', 'hasil-talenta.json'), 'utf8'));
    const rc = doc.reconciliation;
    expect(rc).toMatchObject({ compared: 4, agree: 1, disagree: 3, notInRoster: 1 });
    const byNip = Object.fromEntries(rc.items.map((i: { nip: string }) => [i.nip, i]));
    expect(byNip['197908142006031001']).toMatchObject({
      computedBox: 7,
      upstreamBox: 9,
      causes: [{ axis: 'potential', computedLevel: 'MENENGAH', upstreamLevel: 'TINGGI', score: 89.99, cutoff: 90, distance: -0.01 }],
    });
    expect(byNip['199402022020011001']).toMatchObject({
      computedBox: 8,
      upstreamBox: 9,
      causes: [{ axis: 'performance', computedLevel: 'SESUAI', upstreamLevel: 'DI_ATAS', score: 88, cutoff: 90, distance: -2 }],
    });
    expect(byNip['197801302001011001']).toMatchObject({ computedBox: null, upstreamBox: 5, notMapped: ['CACT_TIDAK_ADA'] });
    expect(doc.issues).toContainEqual(expect.objectContaining({ code: 'KOTAK_HULU_TIDAK_VALID', value: 'X', row: 7 }));
  });

  it('writes rekonsiliasi.csv and says it on the terminal', async () => {
    const csv = readFileSync(join(dir, 'out', 'rekonsiliasi.csv'), 'utf8')
      .slice(1)
      .trim()
      .split('\n');
    expect(csv[0]).toBe('nip,nama,kotak_talenta,kotak_hulu,penyebab,sumber_hulu');
    expect(csv).toHaveLength(4);
    expect(csv.find((l) => l.startsWith('197908142006031001'))).toContain('potensial Menengah → Tinggi (skor 89.99, 0.01 di bawah batas 90)');
    expect(r.stdout).toContain('Rekonsiliasi dengan kotak hulu: 4 dibandingkan, 1 sama, 3 berbeda');
  });

  it('a file with only NIP and KOTAK is enough', async () => {
    const d = scenario({ 'simata.csv': 'NIP;KOTAK\n197908142006031001;9\n198211022008121001;5\n' });
    const j = JSON.parse((await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--reconcile', join(d, 'simata.csv'), '--json'])).stdout);
    expect(j.reconciliation).toMatchObject({ compared: 2, agree: 1, disagree: 1 });
  });

  it('no upstream column and no --reconcile: no reconciliation at all', async () => {
    const plain = JSON.parse((await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--json'])).stdout);
    expect(plain.reconciliation).toBeUndefined();
  });
});
