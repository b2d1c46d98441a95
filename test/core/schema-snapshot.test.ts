/**
 * The JSON Schema of the profile (what `talenta profile schema` prints and `talenta init` writes
 * beside a profile) is a contract with every editor and script that validates a profile file: it
 * changes only on purpose. This test compares it with the committed snapshot
 * test/snapshots/profile.schema.json and fails on any difference, naming the JSON paths that
 * differ.
 *
 * To accept a deliberate change to the profile schema (src/core/profile.ts), rebuild and write
 * the snapshot anew, then review and commit the diff with the change:
 *   npx tsc -p tsconfig.json && node bin/talenta.js profile schema > test/snapshots/profile.schema.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../src/commands/profile.js';
import { talenta } from '../e2e/in-process.js';

const SNAPSHOT = join(import.meta.dirname, '..', 'snapshots', 'profile.schema.json');
const UPDATE = 'npx tsc -p tsconfig.json && node bin/talenta.js profile schema > test/snapshots/profile.schema.json';

/** JSON paths where two JSON values differ (at most `limit`), `$` the root. */
function jsonDiff(a: unknown, b: unknown, path = '$', out: string[] = [], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    out.push(`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items → ${b.length} items`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) jsonDiff(a[i], b[i], `${path}[${i}]`, out, limit);
  } else if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      if (!(k in rb)) out.push(`${path}.${k}: removed`);
      else if (!(k in ra)) out.push(`${path}.${k}: added ${JSON.stringify(rb[k]).slice(0, 80)}`);
      else jsonDiff(ra[k], rb[k], `${path}.${k}`, out, limit);
    }
  } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  return out;
}

describe('the profile JSON Schema is the committed snapshot', () => {
  const committed = readFileSync(SNAPSHOT, 'utf8');

  it('profileJsonSchema() equals test/snapshots/profile.schema.json', () => {
    const now = JSON.stringify(profileJsonSchema(), null, 2) + '\n';
    if (now !== committed) {
      const paths = jsonDiff(JSON.parse(committed), JSON.parse(now));
      const what = paths.length ? paths.join('\n  ') : 'same JSON, different text (key order or formatting)';
      expect.fail(
        `The profile JSON Schema differs from the committed snapshot (snapshot → now):\n  ${what}\nIf the change is deliberate, update the snapshot and commit it with the change:\n  ${UPDATE}`,
      );
    }
  });

  it('`talenta profile schema` prints exactly that snapshot (in-process)', async () => {
    const r = await talenta(['profile', 'schema']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout === committed, `talenta profile schema differs from the snapshot; update it deliberately: ${UPDATE}`).toBe(true);
  });

  it('the snapshot is a JSON Schema of the profile: draft 2020-12, an object with the profile id, version, boxes and talentPool', () => {
    const s = JSON.parse(committed) as { $schema: string; type: string; properties: Record<string, unknown>; required?: string[] };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.type).toBe('object');
    for (const k of ['id', 'version', 'boxes', 'talentPool', 'performance', 'potential']) expect(Object.keys(s.properties)).toContain(k);
  });
});

describe('jsonDiff names the path of a difference', () => {
  it('changed, added and removed keys, array lengths, type changes', () => {
    expect(jsonDiff({ a: 1, b: [1, 2], c: { d: 'x' }, e: 1 }, { a: 2, b: [1], c: { d: 'x', f: true }, e: null })).toEqual([
      '$.a: 1 → 2',
      '$.b: 2 items → 1 items',
      '$.c.f: added true',
      '$.e: 1 → null',
    ]);
    expect(jsonDiff({ a: 1 }, {})).toEqual(['$.a: removed']);
    expect(jsonDiff({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
