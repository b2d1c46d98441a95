/** Profiles end to end: init, --profile, profile list|show|diff|schema, invalid files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAt } from '../core/helpers.js';
import { ROOT, tempDir } from './helpers.js';
import { talenta } from './in-process.js';

const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'roster.xlsx');
const AS_OF = '2026-09-30';

describe('talenta init + classify --profile', () => {
  it('the written profile gives exactly the default result, with the same profile hash', async () => {
    const dir = tempDir();
    const init = await talenta(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('talenta.profile.json');
    const written = JSON.parse(readFileSync(join(dir, 'talenta.profile.json'), 'utf8'));
    expect(written.$schema).toBe('./talenta.profile.schema.json');
    expect(written.potential.thresholds).toEqual({ high: 90, middle: 78 });
    const a = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--json'], { cwd: dir });
    const b = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--json', '--profile', 'talenta.profile.json'], { cwd: dir });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const da = JSON.parse(a.stdout);
    const db = JSON.parse(b.stdout);
    expect(db.employees).toEqual(da.employees);
    expect(db.summary).toEqual(da.summary);
    expect(db.profile.hash).toBe(da.profile.hash);
    expect(db.profile.source).toBe('talenta.profile.json');
    expect(da.profile.source).toBe('builtin:permenpanrb-3-2020');
    // refuses to overwrite without --force
    expect((await talenta(['init'], { cwd: dir })).code).toBe(2);
    expect((await talenta(['init', '--force', '--from', 'bkn-ms-mms-kms'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'talenta.profile.json'), 'utf8')).potential.thresholds).toEqual({ high: 80, middle: 68 });
  });

  it('a profile file with comments and an agency change: cut-offs 85/72 move exactly the employees between them', async () => {
    const dir = tempDir();
    await talenta(['init'], { cwd: dir });
    const p = JSON.parse(readFileSync(join(dir, 'talenta.profile.json'), 'utf8'));
    p.id = 'pemkab-sukamaju';
    p.potential.thresholds = { high: 85, middle: 72 };
    writeFileSync(join(dir, 'agency.json'), `// aturan Pemkab Sukamaju 2026\n${JSON.stringify(p, null, 2).replace('"version": 1,', '"version": 1, /* disahkan */')}`);
    const a = JSON.parse((await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--json'])).stdout);
    const r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--json', '--profile', join(dir, 'agency.json')]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.profile.id).toBe('pemkab-sukamaju');
    const level = (s: number) => (s >= 85 ? 'Tinggi' : s >= 72 ? 'Menengah' : 'Rendah');
    a.employees.forEach((e: { potential: { score: number | null; level: string | null } }, i: number) => {
      const f = b.employees[i];
      if (e.potential.score === null) {
        expect(f.potential.level).toBe(e.potential.level);
      } else {
        expect(f.potential.level).toBe(level(e.potential.score));
      }
    });
    const moved = a.employees.filter((e: { potential: { level: string } }, i: number) => e.potential.level !== b.employees[i].potential.level);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of moved) expect(e.potential.score >= 72 && e.potential.score < 90).toBe(true);
  });
});

describe('invalid profiles exit 2 with path-specific messages', () => {
  const dir = tempDir();
  const write = async (name: string, edit: (p: unknown) => void) => {
    const p: unknown = JSON.parse((await talenta(['profile', 'show'])).stdout);
    edit(p);
    writeFileSync(join(dir, name), JSON.stringify(p));
    return join(dir, name);
  };
  const cases: [string, (p: unknown) => void, string][] = [
    ['type.json', setAt('potential.thresholds.high', 'high'), 'potential.thresholds.high: expected a number between 0 and 200, got "high"'],
    ['key.json', setAt('talentPool.bup.umur', 58), 'talentPool.bup: unknown key(s) "umur"'],
    ['weights.json', setAt('talentScore.performanceWeight', 0.6), 'talentScore.potentialWeight: performanceWeight + potentialWeight must sum to 1'],
    ['order.json', setAt('performance.thresholds', { high: 60, middle: 70 }), 'performance.thresholds: thresholds out of order'],
  ];
  for (const [name, edit, msg] of cases) {
    it(name, async () => {
      const f = await write(name, edit);
      const r = await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--profile', f]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(msg);
    });
  }
  it('not JSON, and an unknown id', async () => {
    writeFileSync(join(dir, 'rusak.json'), '{ "id": ');
    const r = await talenta(['profile', 'show', join(dir, 'rusak.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bukan JSON yang sah');
    const u = await talenta(['classify', SAMPLE, '--profile', 'tidak-ada']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('permenpanrb-3-2020, bkn-ms-mms-kms');
  });
});

describe('talenta profile list|show|schema|diff', () => {
  it('list names the built-ins, one line each', async () => {
    const r = await talenta(['profile', 'list']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['permenpanrb-3-2020', 'bkn-ms-mms-kms', 'skema-50-40-10', 'skema-65-20-15']);
  });

  it('show prints the effective profile; TALENTA_PROFILE selects one', async () => {
    const r = await talenta(['profile', 'show'], { env: { TALENTA_PROFILE: 'skema-65-20-15' } });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.potential.components.map((c: { id: string; weight: number }) => [c.id, c.weight])).toEqual([
      ['cact', 0.65],
      ['pendidikan', 0.2],
      ['integritas', 0.15],
    ]);
    expect(r.stderr).toMatch(/SHA-256 [0-9a-f]{64}/);
  });

  it('schema is a JSON Schema that forbids unknown keys', async () => {
    const s = JSON.parse((await talenta(['profile', 'schema'])).stdout);
    expect(s.$schema).toContain('json-schema.org');
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toContain('potential');
  });

  it('diff lists parameters and, with inputs, who changes box', async () => {
    const r = await talenta(['profile', 'diff', 'permenpanrb-3-2020', 'bkn-ms-mms-kms', SAMPLE, '--as-of', AS_OF, '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.parameters.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['potential.thresholds.high', 'potential.thresholds.middle']));
    expect(d.parameters.find((p: { path: string }) => p.path === 'potential.thresholds.high')).toMatchObject({ a: '90', b: '80' });
    // every change is an employee whose potential score lies between the two sets of cut-offs
    const base = JSON.parse((await talenta(['classify', SAMPLE, '--as-of', AS_OF, '--json'])).stdout);
    const byNip = new Map(base.employees.map((e: { nip: string }) => [e.nip, e]));
    expect(d.changes.length).toBeGreaterThan(0);
    for (const c of d.changes) {
      const e = byNip.get(c.nip) as { potential: { score: number | null } };
      const s = e.potential.score!;
      expect((s >= 80 && s < 90) || (s >= 68 && s < 78)).toBe(true);
    }
  });
});
