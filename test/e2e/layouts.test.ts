/**
 * Layout fixtures (fixtures/tata-letak, written by fixtures/generate-layouts.ts): exports laid out
 * the way other tools write them. Each case's expected outcome was worked out by hand from
 * docs/rules.md (kasus.json, `why`); talenta (in-process) must give it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { talenta } from './in-process.js';

const DIR = join(ROOT, 'fixtures', 'tata-letak');
interface Case {
  name: string;
  layout: string;
  args: string[];
  expected: { nip: string; box: number | null; talentPool: boolean; reasons: string[]; notes?: string[]; performanceScore?: number | null; potentialScore?: number | null }[];
  findings: string[];
  absent?: string[];
}
const kasus = JSON.parse(readFileSync(join(DIR, 'kasus.json'), 'utf8')) as { asOf: string; cases: Case[] };
type Doc = {
  employees: {
    nip: string;
    box: number | null;
    talentPool: boolean;
    reasons: string[];
    notes?: string[];
    performance: { score: number | null };
    potential: { score: number | null };
  }[];
  issues: { code: string }[];
};

describe('layout fixtures (fixtures/tata-letak/kasus.json)', () => {
  it.each(kasus.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await talenta(['classify', ...c.args.map((a) => join(DIR, c.name, a)), '--as-of', kasus.asOf, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    for (const x of c.expected) {
      const e = doc.employees.find((y) => y.nip === x.nip);
      expect(e, x.nip).toBeDefined();
      expect({ box: e!.box, talentPool: e!.talentPool, reasons: e!.reasons }, x.nip).toEqual({ box: x.box, talentPool: x.talentPool, reasons: x.reasons });
      if (x.notes) expect(e!.notes ?? [], x.nip).toEqual(expect.arrayContaining(x.notes));
      if (x.performanceScore !== undefined) expect(e!.performance.score, x.nip).toBe(x.performanceScore);
      if (x.potentialScore !== undefined) expect(e!.potential.score, x.nip).toBe(x.potentialScore);
    }
    const codes = new Set(doc.issues.map((i) => i.code));
    for (const f of c.findings) expect(codes.has(f), f).toBe(true);
    for (const f of c.absent ?? []) expect(codes.has(f), f).toBe(false);
  });

  it("SIASN's literal null never reaches a report", async () => {
    const c = kasus.cases.find((x) => x.name === 'tanggal-tahun-null')!;
    const r = await talenta(['classify', ...c.args.map((a) => join(DIR, c.name, a)), '--as-of', kasus.asOf, '-o', '-', '--format', 'csv']);
    expect(r.code).toBe(0);
    const [head, row] = r.stdout.split('\n');
    const col = head!.split(',').indexOf('gelar_belakang');
    expect(col).toBeGreaterThan(0);
    expect(row!.split(',')[col]).toBe('');
  });
});
