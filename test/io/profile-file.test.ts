/**
 * A profile that cannot be used stops the run (exit 2) with a message in the run's language
 * only: Indonesian by default, English with --lang en; never both in one message.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveProfile } from '../../src/io/profile-file.js';
import { UsageError } from '../../src/errors.js';
import { tempDir } from '../e2e/helpers.js';
import { talenta } from '../e2e/in-process.js';

const dir = tempDir('talenta-profile-file-');
const notJson = join(dir, 'rusak.json');
writeFileSync(notJson, '{ "id": ');
const deep = join(dir, 'dalam.json');
writeFileSync(deep, `{"a":${'['.repeat(100)}${']'.repeat(100)}}`);
const invalid = join(dir, 'salah.json');
writeFileSync(invalid, '{ "id": "x" }');
const missing = join(dir, 'tidak-ada.json');

async function message(spec: string, lang: 'id' | 'en'): Promise<string> {
  try {
    await resolveProfile(spec, lang);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`${spec} was accepted`);
}

/** words only the other language's messages have */
const FOREIGN = { id: /\b(profile|not valid|nested|levels|Start again|See |Built-in|or a JSON)\b/, en: /\b(profil|bukan|sah|bersarang|tingkat|Mulai|Lihat|bawaan|atau|tidak)\b/ };

describe.each(['id', 'en'] as const)('profile errors in %s', (lang) => {
  it('a file that does not exist', async () => {
    const m = await message(missing, lang);
    expect(m).toBe(
      lang === 'id'
        ? `Profil tidak ditemukan: "${missing}" (ENOENT). Profil bawaan: permenpanrb-3-2020, bkn-ms-mms-kms, skema-50-40-10, skema-65-20-15; atau berkas JSON dari \`talenta init\`.`
        : `Profile not found: "${missing}" (ENOENT). Built-in profiles: permenpanrb-3-2020, bkn-ms-mms-kms, skema-50-40-10, skema-65-20-15; or a JSON file from \`talenta init\`.`,
    );
  });

  it('text that is not JSON', async () => {
    const m = await message(notJson, lang);
    expect(m.startsWith(lang === 'id' ? `${notJson}: bukan JSON yang sah (` : `${notJson}: not valid JSON (`)).toBe(true);
    // the parser's own detail (V8's, English) is quoted in brackets; the sentence around it is one language
    expect(m.replace(notJson, '').replace(/\(.*\)/, '')).not.toMatch(FOREIGN[lang]);
  });

  it('nested more than 64 levels', async () => {
    const m = await message(deep, lang);
    expect(m).toBe(
      lang === 'id'
        ? `${deep}: profil bersarang terlalu dalam (lebih dari 64 tingkat { } atau [ ]). Mulai lagi dari \`talenta init\`.`
        : `${deep}: the profile is nested too deeply (more than 64 levels of { } or [ ]). Start again from \`talenta init\`.`,
    );
  });

  it('a profile the schema refuses: the path-specific list, framed in the language', async () => {
    const m = await message(invalid, lang);
    const [first, ...rest] = m.split('\n');
    expect(first).toBe(lang === 'id' ? `${invalid}: profil tidak sah:` : `${invalid}: invalid profile:`);
    expect(rest.at(-1)).toBe(lang === 'id' ? 'Lihat `talenta profile schema` dan README ("Profil").' : 'See `talenta profile schema` and the README ("Profil").');
    expect(rest.slice(0, -1).every((l) => l.startsWith('  - '))).toBe(true);
    expect(rest.length).toBeGreaterThan(1);
  });

  it('the command line passes the language on (profile show --lang, TALENTA_LANG)', async () => {
    const flag = await talenta(['profile', 'show', missing, ...(lang === 'en' ? ['--lang', 'en'] : [])]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain(lang === 'id' ? 'Profil tidak ditemukan' : 'Profile not found');
    const env = await talenta(['validate', '--profile', notJson, 'x.csv'], { env: { TALENTA_LANG: lang } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain(lang === 'id' ? 'bukan JSON yang sah' : 'not valid JSON');
  });
});
