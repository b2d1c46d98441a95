/** Profiles at the edge: resolve `--profile ID|FILE`, read JSON with comments, hash the result. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkProfile, DEFAULT_PROFILE, type Profile } from '../core/profile.js';
import { BUILTIN_PROFILES, builtinProfile } from '../core/profiles.js';
import { UsageError } from '../errors.js';

export interface ResolvedProfile {
  profile: Profile;
  /** `builtin:<id>` or the file path */
  source: string;
  /** SHA-256 of the effective profile in canonical JSON (sorted keys) */
  hash: string;
}

/** Remove `//` and `/* … *\/` comments outside strings (JSON with comments). */
function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Canonical JSON: object keys sorted, so the hash does not depend on key order. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function profileHash(p: Profile): string {
  const { $schema: _s, ...rest } = p;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** A profile is a few levels deep; past this many nested objects or arrays the file is refused. */
const MAX_PROFILE_DEPTH = 64;

/** The deepest nesting of `{` and `[` outside strings in JSON text (stops counting past `limit`). */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Parse and validate profile text; every problem is named by its path. */
function parseProfileText(text: string, source: string): Profile {
  let data: unknown;
  const json = stripJsonComments(text.replace(/^\uFEFF/, ''));
  // the checks below walk the document recursively: a hostile depth would overflow the stack
  if (jsonDepth(json, MAX_PROFILE_DEPTH) > MAX_PROFILE_DEPTH) {
    throw new UsageError(
      `${source}: profil bersarang terlalu dalam / profile is nested too deeply (lebih dari / more than ${MAX_PROFILE_DEPTH} tingkat / levels of { } or [ ]). ` +
        'Mulai lagi dari `talenta init`. / Start again from `talenta init`.',
    );
  }
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new UsageError(`${source}: bukan JSON yang sah / not valid JSON (${(err as Error).message}).`);
  }
  const r = checkProfile(data);
  if (!r.ok) {
    throw new UsageError(
      `${source}: profil tidak sah / invalid profile:\n${r.errors.map((e) => `  - ${e}`).join('\n')}\n` +
        'Lihat `talenta profile schema` dan README ("Profil"). / See `talenta profile schema` and the README.',
    );
  }
  return r.profile;
}

/** `--profile` (or TALENTA_PROFILE): a built-in id or a file; default the built-in default. */
export async function resolveProfile(spec: string | undefined): Promise<ResolvedProfile> {
  if (spec === undefined || spec === '') {
    return { profile: DEFAULT_PROFILE, source: `builtin:${DEFAULT_PROFILE.id}`, hash: profileHash(DEFAULT_PROFILE) };
  }
  const builtin = builtinProfile(spec);
  if (builtin) return { profile: builtin, source: `builtin:${builtin.id}`, hash: profileHash(builtin) };
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`Profil tidak ditemukan: "${spec}" (${code}). Profil bawaan: ${BUILTIN_PROFILES.map((p) => p.id).join(', ')}; atau berkas JSON dari \`talenta init\`.`);
  }
  const profile = parseProfileText(text, spec);
  return { profile, source: spec, hash: profileHash(profile) };
}
