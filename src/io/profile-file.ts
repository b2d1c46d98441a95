/** Profiles at the edge: resolve `--profile ID|FILE`, read JSON with comments, hash the result. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkProfile, DEFAULT_PROFILE, type Profile } from '../core/profile.js';
import { BUILTIN_PROFILES, builtinProfile } from '../core/profiles.js';
import { UsageError } from '../errors.js';
import { fillText, type Lang } from '../i18n.js';

/** The messages of a profile that cannot be used (exit 2), in the run's language. */
const PROFILE_FILE_TEXT: Record<'tooDeep' | 'notJson' | 'invalid' | 'notFound', { id: string; en: string }> = {
  tooDeep: {
    id: '{source}: profil bersarang terlalu dalam (lebih dari {max} tingkat { } atau [ ]). Mulai lagi dari `talenta init`.',
    en: '{source}: the profile is nested too deeply (more than {max} levels of { } or [ ]). Start again from `talenta init`.',
  },
  notJson: { id: '{source}: bukan JSON yang sah ({detail}).', en: '{source}: not valid JSON ({detail}).' },
  invalid: {
    id: '{source}: profil tidak sah:\n{errors}\nLihat `talenta profile schema` dan README ("Profil").',
    en: '{source}: invalid profile:\n{errors}\nSee `talenta profile schema` and the README ("Profil").',
  },
  notFound: {
    id: 'Profil tidak ditemukan: "{spec}" ({code}). Profil bawaan: {builtins}; atau berkas JSON dari `talenta init`.',
    en: 'Profile not found: "{spec}" ({code}). Built-in profiles: {builtins}; or a JSON file from `talenta init`.',
  },
};

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
function parseProfileText(text: string, source: string, lang: Lang): Profile {
  const say = (key: keyof typeof PROFILE_FILE_TEXT, params: Record<string, string | number>) => fillText(PROFILE_FILE_TEXT[key][lang], params);
  let data: unknown;
  const json = stripJsonComments(text.replace(/^\uFEFF/, ''));
  // the checks below walk the document recursively: a hostile depth would overflow the stack
  if (jsonDepth(json, MAX_PROFILE_DEPTH) > MAX_PROFILE_DEPTH) {
    throw new UsageError(say('tooDeep', { source, max: MAX_PROFILE_DEPTH }));
  }
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new UsageError(say('notJson', { source, detail: (err as Error).message }));
  }
  const r = checkProfile(data);
  if (!r.ok) {
    throw new UsageError(say('invalid', { source, errors: r.errors.map((e) => `  - ${e}`).join('\n') }));
  }
  return r.profile;
}

/** `--profile` (or TALENTA_PROFILE): a built-in id or a file; default the built-in default. Errors speak `lang`. */
export async function resolveProfile(spec: string | undefined, lang: Lang): Promise<ResolvedProfile> {
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
    throw new UsageError(fillText(PROFILE_FILE_TEXT.notFound[lang], { spec, code: code ?? '', builtins: BUILTIN_PROFILES.map((p) => p.id).join(', ') }));
  }
  const profile = parseProfileText(text, spec, lang);
  return { profile, source: spec, hash: profileHash(profile) };
}
