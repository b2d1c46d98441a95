/**
 * `profile diff`, computed by a pure core function (src/core/profile-diff.ts): the expected
 * differences are read off src/core/profiles.ts and profile.ts by hand, not from the output.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';
import { diffParameters, diffPlacements, profileDiff, profileLeaves } from '../../src/core/profile-diff.js';
import { builtinProfile } from '../../src/core/profiles.js';
import type { ClassifyResult } from '../../src/core/types.js';
import { talenta } from '../e2e/in-process.js';

describe('diffParameters', () => {
  it('the default against bkn-ms-mms-kms: id, name, description and the two potential cut-offs (90/78 → 80/68)', () => {
    // bknMsMmsKms() clones the default and sets id, version (1, as the default), name, description
    // and potential.thresholds; the default has no description
    const d = diffParameters(DEFAULT_PROFILE, builtinProfile('bkn-ms-mms-kms')!);
    expect(d.map((x) => x.path)).toEqual(['description', 'id', 'name.en', 'name.id', 'potential.thresholds.high', 'potential.thresholds.middle']);
    expect(d.find((x) => x.path === 'potential.thresholds.high')).toEqual({ path: 'potential.thresholds.high', a: '90', b: '80' });
    expect(d.find((x) => x.path === 'potential.thresholds.middle')).toEqual({ path: 'potential.thresholds.middle', a: '78', b: '68' });
    expect(d.find((x) => x.path === 'id')).toEqual({ path: 'id', a: '"permenpanrb-3-2020"', b: '"bkn-ms-mms-kms"' });
    expect(d.find((x) => x.path === 'description')?.a).toBeNull();
  });

  it('a profile against itself: nothing', () => {
    expect(diffParameters(DEFAULT_PROFILE, structuredClone(DEFAULT_PROFILE))).toEqual([]);
  });

  it('one changed weight of the SKP window, and $schema (the editor link) is no parameter', () => {
    const b = structuredClone(DEFAULT_PROFILE);
    b.performance.yearWeights = [0.7, 0.3];
    expect(diffParameters({ ...DEFAULT_PROFILE, $schema: './a.json' }, { ...b, $schema: './b.json' })).toEqual([{ path: 'performance.yearWeights', a: '0.6, 0.4', b: '0.7, 0.3' }]);
  });

  it('leaves: plain values as JSON text, arrays of plain values joined, nested objects by dotted path', () => {
    expect(profileLeaves({ a: 1, b: 'x', c: [1, 2], d: { e: true }, f: [{ g: null }] })).toEqual([
      ['a', '1'],
      ['b', '"x"'],
      ['c', '1, 2'],
      ['d.e', 'true'],
      ['f.0.g', 'null'],
    ]);
  });
});

describe('diffPlacements', () => {
  const result = (es: [string, number | null, boolean][]) =>
    ({ employees: es.map(([nip, box, talentPool]) => ({ nip, nama: `P ${nip}`, box, talentPool })) }) as unknown as ClassifyResult;

  it('who changes box or pool membership (same rows in the same order)', () => {
    const a = result([
      ['1', 9, true],
      ['2', 5, false],
      ['3', 8, true],
      ['4', null, false],
    ]);
    const b = result([
      ['1', 9, true],
      ['2', 7, true],
      ['3', 8, false],
      ['4', 1, false],
    ]);
    // 1: same; 2: box 5 → 7 and into the pool; 3: same box, out of the pool; 4: not mapped → box 1
    expect(diffPlacements(a, b)).toEqual([
      { nip: '2', nama: 'P 2', from: 5, to: 7, poolFrom: false, poolTo: true },
      { nip: '3', nama: 'P 3', from: 8, to: 8, poolFrom: true, poolTo: false },
      { nip: '4', nama: 'P 4', from: null, to: 1, poolFrom: false, poolTo: false },
    ]);
    expect(profileDiff(DEFAULT_PROFILE, DEFAULT_PROFILE, { a, b }).placements).toEqual({ employees: 4, changes: diffPlacements(a, b) });
    expect(profileDiff(DEFAULT_PROFILE, DEFAULT_PROFILE).placements).toBeNull();
  });
});

describe('talenta profile diff renders the computed diff', () => {
  it('text and JSON (schemaVersion 1), in the run language', async () => {
    const id = await talenta(['profile', 'diff', 'permenpanrb-3-2020', 'bkn-ms-mms-kms']);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Parameter yang berbeda: builtin:permenpanrb-3-2020 → builtin:bkn-ms-mms-kms');
    expect(id.stdout).toContain('  potential.thresholds.high: 90 → 80');
    const en = await talenta(['profile', 'diff', 'permenpanrb-3-2020', 'bkn-ms-mms-kms', '--lang', 'en']);
    expect(en.stdout).toContain('Parameters that differ: builtin:permenpanrb-3-2020 → builtin:bkn-ms-mms-kms');
    const json = JSON.parse((await talenta(['profile', 'diff', 'permenpanrb-3-2020', 'bkn-ms-mms-kms', '--json'])).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.parameters).toHaveLength(6);
    expect(json.changes).toEqual([]);
  });
});
