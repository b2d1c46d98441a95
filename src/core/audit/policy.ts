/**
 * Policy data of the audit: the organisation predikat, the PermenPANRB 6/2022 distribution
 * guidance, the defaults of the options, the header names of a rater column, and the fairness
 * groups' order.
 */
import type { Predikat } from '../profile.js';
import type { AuditOptions, GuidanceRule, OrgPredikat } from './types.js';

export const ORG_PREDIKAT: readonly OrgPredikat[] = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export const AUDIT_DEFAULTS: Omit<AuditOptions, 'asOf'> = {
  near: 1,
  ceiling: 0.7,
  minGroup: 5,
  orgPredikat: 'BAIK',
  topBand: 0.25,
};

export const PREDIKAT_ORDER: readonly Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export const GUIDANCE: Record<OrgPredikat, GuidanceRule[]> = {
  ISTIMEWA: [{ id: 'SANGAT_BAIK_MAX_70', predikat: ['SANGAT_BAIK'], kind: 'maxShare', value: 0.7 }],
  BAIK: [
    { id: 'BAIK_MAX_70', predikat: ['BAIK'], kind: 'maxShare', value: 0.7 },
    { id: 'BUTUH_PERBAIKAN_ATAU_KURANG_MIN_1', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], kind: 'minCount', value: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { id: 'BUTUH_PERBAIKAN_MIN_60', predikat: ['BUTUH_PERBAIKAN'], kind: 'minShare', value: 0.6 },
    { id: 'SANGAT_BAIK_MAX_10', predikat: ['SANGAT_BAIK'], kind: 'maxShare', value: 0.1 },
  ],
  KURANG: [
    { id: 'KURANG_MIN_60', predikat: ['KURANG'], kind: 'minShare', value: 0.6 },
    { id: 'BUTUH_PERBAIKAN_MIN_10', predikat: ['BUTUH_PERBAIKAN'], kind: 'minShare', value: 0.1 },
    { id: 'SANGAT_BAIK_MAX_10', predikat: ['SANGAT_BAIK'], kind: 'maxShare', value: 0.1 },
  ],
  SANGAT_KURANG: [
    { id: 'SANGAT_KURANG_MIN_60', predikat: ['SANGAT_KURANG'], kind: 'minShare', value: 0.6 },
    { id: 'KURANG_ATAU_BUTUH_PERBAIKAN_MIN_10', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], kind: 'minShare', value: 0.1 },
    { id: 'SANGAT_BAIK_NONE', predikat: ['SANGAT_BAIK'], kind: 'maxCount', value: 0 },
  ],
};

/** Headers of a rater column (e-Kinerja / SKP exports), NIP first (a stable key), then names. */
export const ATASAN_HEADERS = [
  'NIP ATASAN',
  'NIP ATASAN LANGSUNG',
  'NIP PEJABAT PENILAI',
  'PEGAWAI ATASAN NIP',
  'ATASAN NIP',
  'NIP PENILAI',
  'ATASAN',
  'ATASAN LANGSUNG',
  'NAMA ATASAN',
  'NAMA ATASAN LANGSUNG',
  'PEJABAT PENILAI',
  'NAMA PEJABAT PENILAI',
  'PEGAWAI ATASAN NAMA',
  'ATASAN NAMA',
  'PENILAI',
];

export const AGE_BANDS = ['<30', '30-39', '40-49', '>=50'] as const;
export const GOLONGAN_GROUPS = ['I', 'II', 'III', 'IV', 'PPPK'] as const;
