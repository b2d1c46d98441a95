/**
 * The talent-pool rules one by one, as docs/rules.md §8 states them, on facts given
 * directly (no input tables): each boundary worked out by hand from the rule's words.
 */
import { describe, expect, it } from 'vitest';
import { poolRules, type PoolFacts, type PoolRule } from '../../src/core/pool-rules.js';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';

const AS_OF = '2026-09-30';

interface Person {
  kedudukanHukum?: string;
  jenisPegawai?: string;
  birthDate?: string | null;
  bupAge?: number | null;
  nip?: string;
  nipValid?: boolean;
  hukdis?: { level: 'RINGAN' | 'SEDANG' | 'BERAT'; tmt: string }[];
}

function check(id: PoolRule['id'], p: Person, opts: { hukdisRead?: boolean } = {}): { outcome: string; notes: string[] } {
  const facts: PoolFacts = {
    kedudukanHukum: () => p.kedudukanHukum ?? '',
    jenisPegawai: () => p.jenisPegawai ?? '',
    birthDate: () => p.birthDate ?? null,
    bupAge: () => p.bupAge ?? null,
    nip: () => p.nip ?? '',
    nipValid: () => p.nipValid ?? false,
    hukdis: (head) => (head === undefined ? [] : (p.hukdis ?? [])),
    hukdisRead: opts.hukdisRead ?? true,
  };
  const rule = poolRules(DEFAULT_PROFILE, AS_OF, facts).find((r) => r.id === id)!;
  const notes: string[] = [];
  return { outcome: rule.check(0, 0, notes), notes };
}

describe('§6 talent-pool rules, one at a time', () => {
  it('the default profile enables the four rules in the order of the reasons', () => {
    const none: PoolFacts = {
      kedudukanHukum: () => '',
      jenisPegawai: () => '',
      birthDate: () => null,
      bupAge: () => null,
      nip: () => '',
      nipValid: () => false,
      hukdis: () => [],
      hukdisRead: true,
    };
    expect(poolRules(DEFAULT_PROFILE, AS_OF, none).map((r) => r.id)).toEqual(['TIDAK_AKTIF', 'HUKDIS', 'MENDEKATI_BUP', 'BUKAN_PNS']);
  });

  it('TIDAK_AKTIF: kedudukan hukum present and not Aktif; written differently still Aktif; absent: unchecked', () => {
    expect(check('TIDAK_AKTIF', { kedudukanHukum: 'Aktif' }).outcome).toBe('met');
    expect(check('TIDAK_AKTIF', { kedudukanHukum: '  AKTIF ' }).outcome).toBe('met');
    expect(check('TIDAK_AKTIF', { kedudukanHukum: 'CLTN' }).outcome).toBe('excluded');
    expect(check('TIDAK_AKTIF', { kedudukanHukum: 'Pemberhentian Sementara' }).outcome).toBe('excluded');
    expect(check('TIDAK_AKTIF', {}).outcome).toBe('unchecked');
  });

  it('TIDAK_AKTIF with two active values in the profile: either one counts as active', () => {
    const profile = {
      ...DEFAULT_PROFILE,
      talentPool: { ...DEFAULT_PROFILE.talentPool, inactive: { ...DEFAULT_PROFILE.talentPool.inactive, activeValues: ['Aktif', 'Tugas Belajar'] } },
    };
    const facts = (k: string): PoolFacts => ({
      kedudukanHukum: () => k,
      jenisPegawai: () => '',
      birthDate: () => null,
      bupAge: () => null,
      nip: () => '',
      nipValid: () => false,
      hukdis: () => [],
      hukdisRead: true,
    });
    const outcome = (k: string) =>
      poolRules(profile, AS_OF, facts(k))
        .find((r) => r.id === 'TIDAK_AKTIF')!
        .check(0, 0, []);
    expect([outcome('Aktif'), outcome('tugas belajar'), outcome('CLTN')]).toEqual(['met', 'met', 'excluded']);
  });

  it('HUKDIS: sedang or berat with TMT within the 2 years before the reference date; ringan never', () => {
    // two years before 2026-09-30 is 2024-09-30: a TMT on that day is within, the day before is not
    expect(check('HUKDIS', { hukdis: [{ level: 'SEDANG', tmt: '2024-09-30' }] }).outcome).toBe('excluded');
    expect(check('HUKDIS', { hukdis: [{ level: 'BERAT', tmt: '2024-09-29' }] }).outcome).toBe('met');
    expect(check('HUKDIS', { hukdis: [{ level: 'BERAT', tmt: '2026-09-30' }] }).outcome).toBe('excluded');
    // a TMT after the reference date has not happened yet
    expect(check('HUKDIS', { hukdis: [{ level: 'BERAT', tmt: '2026-10-01' }] }).outcome).toBe('met');
    expect(check('HUKDIS', { hukdis: [{ level: 'RINGAN', tmt: '2026-01-01' }] }).outcome).toBe('met');
    expect(check('HUKDIS', { hukdis: [] }).outcome).toBe('met');
    // no hukdis table read at all: the rule cannot be checked for anyone
    expect(check('HUKDIS', { hukdis: [] }, { hukdisRead: false }).outcome).toBe('unchecked');
  });

  it('MENDEKATI_BUP: the reference date within 12 months of reaching BUP', () => {
    // born 1968-09-30, BUP 58: reaches BUP on 2026-09-30; 12 months before is 2025-09-30
    expect(check('MENDEKATI_BUP', { birthDate: '1968-09-30', bupAge: 58 }).outcome).toBe('excluded');
    // born 1969-09-30: BUP on 2027-09-30, 12 months before = 2026-09-30 = the reference date: within
    expect(check('MENDEKATI_BUP', { birthDate: '1969-09-30', bupAge: 58 }).outcome).toBe('excluded');
    // born 1969-10-01: 12 months before BUP is 2026-10-01, one day after the reference date
    expect(check('MENDEKATI_BUP', { birthDate: '1969-10-01', bupAge: 58 }).outcome).toBe('met');
    // the same birth date with BUP 60 is far away
    expect(check('MENDEKATI_BUP', { birthDate: '1968-09-30', bupAge: 60 }).outcome).toBe('met');
    expect(check('MENDEKATI_BUP', { birthDate: null, bupAge: 58 }).outcome).toBe('unchecked');
  });

  it('BUKAN_PNS: jenis pegawai present and not PNS (PNS and P count); absent: read from the NIP, noted', () => {
    expect(check('BUKAN_PNS', { jenisPegawai: 'PNS' }).outcome).toBe('met');
    expect(check('BUKAN_PNS', { jenisPegawai: 'P' }).outcome).toBe('met');
    expect(check('BUKAN_PNS', { jenisPegawai: 'PPPK' }).outcome).toBe('excluded');
    expect(check('BUKAN_PNS', { jenisPegawai: 'CPNS' }).outcome).toBe('excluded');
    // digits 13–14 of a PNS NIP are the TMT month (01); of an NI PPPK a code (21)
    expect(check('BUKAN_PNS', { nip: '198507262010011001', nipValid: true })).toEqual({ outcome: 'met', notes: ['STATUS_DARI_NIP'] });
    expect(check('BUKAN_PNS', { nip: '198507262023211001', nipValid: true })).toEqual({ outcome: 'excluded', notes: ['STATUS_DARI_NIP'] });
    expect(check('BUKAN_PNS', { nip: 'x', nipValid: false }).outcome).toBe('unchecked');
  });
});
