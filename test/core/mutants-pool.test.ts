/**
 * Tests written to kill mutants that survived StrykerJS in the talent-pool rules of
 * src/core/classify.ts (docs/rules.md §8; §4.1–4.2 for the NIP).
 */
import { describe, expect, it } from 'vitest';
import { pnsFromNip } from '../../src/core/classify.js';
import { nip } from './helpers.js';

describe('§6 BUKAN_PNS without a jenis pegawai: PNS or PPPK read from the NIP (digits 13–14)', () => {
  // a PNS NIP carries the TMT CPNS month 01–12 there; a NI PPPK a code that is not a month
  it.each([
    ['2010-01', true],
    ['2010-12', true],
    ['2010-06', true],
    ['2021-21', false],
    ['2010-13', false],
    ['2010-00', false],
  ])('TMT %s → PNS %s', (tmt, pns) => {
    expect(pnsFromNip(nip('1985-07-26', tmt))).toBe(pns);
  });
});
