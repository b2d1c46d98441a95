import { describe, expect, it } from 'vitest';
import { EXCLUSION_ORDER, NOT_MAPPED_ORDER } from '../../src/core/classify.js';
import { ISSUE_TEXT, NOTE_TEXT, noteText, REASON_TEXT, reasonText, issueMessage, isReasonCode } from '../../src/i18n.js';

type T = { id: string; en: string };
const tables: [string, Record<string, T>][] = [
  ['REASON_TEXT', REASON_TEXT],
  ['NOTE_TEXT', NOTE_TEXT],
  ['ISSUE_TEXT', ISSUE_TEXT],
];

describe('every code has its Indonesian and English text', () => {
  for (const [name, table] of tables) {
    it(`${name}: non-empty id and en, and not the same words`, () => {
      const codes = Object.keys(table);
      expect(codes.length).toBeGreaterThan(4);
      for (const code of codes) {
        const t = table[code]!;
        expect(t.id.trim(), `${name}.${code}.id`).not.toBe('');
        expect(t.en.trim(), `${name}.${code}.en`).not.toBe('');
        // these are sentences: an English text equal to the Indonesian one is an untranslated copy
        expect(t.en, `${name}.${code}: en equals id`).not.toBe(t.id);
      }
    });
  }

  it('the reason texts cover exactly the not-mapped reasons and the talent-pool exclusions classify uses', () => {
    expect(Object.keys(REASON_TEXT).sort()).toEqual([...NOT_MAPPED_ORDER, ...EXCLUSION_ORDER].sort());
  });

  it('a note per exclusion that could not be checked (but TIDAK_DIPERIKSA itself)', () => {
    for (const r of EXCLUSION_ORDER.filter((r) => r !== 'TIDAK_DIPERIKSA')) {
      expect(noteText(`TIDAK_DIPERIKSA:${r}`, 'id')).toContain(r);
      expect(noteText(`TIDAK_DIPERIKSA:${r}`, 'id')).not.toBe(`TIDAK_DIPERIKSA:${r}`);
    }
  });

  it('KOMPONEN_DEFAULT:<id> (a profile-named code) reads as a sentence naming its component, in each language', () => {
    expect(noteText('KOMPONEN_DEFAULT:masaKerja', 'id')).toBe('komponen potensial masaKerja tanpa nilai terbaca; dipakai skor bawaan (missing) profil');
    expect(noteText('KOMPONEN_DEFAULT:masaKerja', 'en')).toBe("potential component masaKerja had no readable value; the profile's default (missing) score is used");
  });

  it('a code the tables do not hold (a result from an older version) shows as itself, never as undefined', () => {
    expect(reasonText('KODE_BARU', 'en')).toBe('KODE_BARU');
    expect(noteText('KODE_BARU', 'id')).toBe('KODE_BARU');
    expect(issueMessage({ code: 'KODE_BARU' }, 'id')).toBe('KODE_BARU');
    // an inherited property is not a code
    expect(reasonText('toString', 'en')).toBe('toString');
    expect(isReasonCode('constructor')).toBe(false);
    expect(isReasonCode('HUKDIS')).toBe(true);
  });

  it('a reason reads in the language asked', () => {
    expect(reasonText('SKP_TIDAK_ADA', 'id')).toBe('tidak ada SKP pada jendela tahun');
    expect(reasonText('SKP_TIDAK_ADA', 'en')).toBe('no SKP in the year window');
  });
});
