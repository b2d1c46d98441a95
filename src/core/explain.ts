/**
 * `talenta explain`: the full trace of one employee (pure). Every input row of the NIP with
 * its source, every step with its numbers, each talent-pool rule with its outcome.
 */
import type { PreparedInputs } from './classify.js';
import type { Profile } from './profile.js';
import type { ClassifyResult, Employee, Role, SourceRef } from './types.js';
import { ROLES } from './types.js';
import { addMonths, addYears, cellText, cleanNip, parseNumber } from './values.js';
import { pnsFromNip } from './classify.js';

interface InputRowTrace {
  role: Role;
  source: SourceRef;
  /** field → value as read (text) */
  values: Record<string, string>;
}

interface RuleTrace {
  code: string;
  enabled: boolean;
  applies: boolean;
  /** false when the rule's data is missing (no column, an empty cell, no hukdis table): neither met nor passed */
  checked: boolean;
  /** numbers and values the rule looked at */
  detail: Record<string, string | number | boolean | null>;
}

export interface EmployeeTrace {
  employee: Employee;
  rows: InputRowTrace[];
  performance: {
    windowYears: number[];
    yearWeights: number[];
    predikatScores: Record<string, number>;
    thresholds: { high: number; middle: number };
  };
  potential: {
    weights: { potensi: number; kompetensi: number };
    thresholds: { high: number; middle: number };
    parts: (number | null)[];
    validityYears: number;
    expiresBefore: string;
  };
  rules: RuleTrace[];
  /** profile parameters the trace used, by path */
  parameters: Record<string, unknown>;
}

export function explainEmployees(nipInput: string, prepared: PreparedInputs, result: ClassifyResult, profile: Profile): EmployeeTrace[] {
  const nip = cleanNip(nipInput);
  const asOf = result.summary.asOf;
  const matches = result.employees.filter((e) => e.nip === nip);
  if (matches.length === 0) return [];

  const rows: InputRowTrace[] = [];
  for (const t of prepared.tables) {
    for (const role of ROLES) {
      if (!t.roles.includes(role)) continue;
      const cols = t.columns[role] ?? {};
      const nipCol = cols.nip;
      if (nipCol === undefined) continue;
      for (const ri of t.dataRows) {
        const row = t.raw.rows[ri]!;
        if (cleanNip(row[nipCol] ?? null) !== nip) continue;
        const values: Record<string, string> = {};
        for (const [field, col] of Object.entries(cols)) values[field] = cellText(row[col] ?? null);
        rows.push({ role, source: { file: t.raw.file, sheet: t.raw.sheet, row: t.raw.rowNumbers[ri]! }, values });
      }
    }
  }

  const tp = profile.talentPool;
  const expiresBefore = addYears(asOf, -profile.potential.validityYears);
  return matches.map((e) => {
    const cactRow = rows.find(
      (r) =>
        r.role === 'cact' &&
        e.potential.source &&
        r.source.file === e.potential.source.file &&
        r.source.sheet === e.potential.source.sheet &&
        r.source.row === e.potential.source.row,
    );
    const part = (f: string) => {
      const v = cactRow?.values[f];
      return v === undefined ? null : parseNumber(v);
    };
    const hukdisFrom = addYears(asOf, -tp.hukdis.years);
    const hukdisRows = rows.filter((r) => r.role === 'hukdis');
    const bupDate = e.birthDate && e.bupAge !== null ? addYears(e.birthDate, e.bupAge) : null;
    const hukdisTable = prepared.tables.some((t) => t.roles.includes('hukdis'));
    const statusFromNip = e.jenisPegawai === '' && e.nipValid;
    const rules: RuleTrace[] = [
      {
        code: 'TIDAK_AKTIF',
        enabled: tp.inactive.enabled,
        applies: e.exclusions.includes('TIDAK_AKTIF'),
        checked: e.kedudukanHukum !== '',
        detail: { kedudukanHukum: e.kedudukanHukum || null, activeValues: tp.inactive.activeValues.join(', ') },
      },
      {
        code: 'HUKDIS',
        enabled: tp.hukdis.enabled,
        applies: e.exclusions.includes('HUKDIS'),
        checked: hukdisTable,
        detail: {
          levels: tp.hukdis.levels.join(', '),
          windowFrom: hukdisFrom,
          windowTo: asOf,
          records: hukdisRows.map((r) => `${r.values.tingkat ?? ''} ${r.values.tmt ?? ''}`.trim()).join('; ') || null,
        },
      },
      {
        code: 'MENDEKATI_BUP',
        enabled: tp.bup.enabled,
        applies: e.exclusions.includes('MENDEKATI_BUP'),
        checked: bupDate !== null,
        detail: {
          birthDate: e.birthDate,
          bupAge: e.bupAge,
          bupDate,
          excludedFrom: bupDate ? addMonths(bupDate, -tp.bup.monthsBefore) : null,
          monthsBefore: tp.bup.monthsBefore,
        },
      },
      {
        code: 'BUKAN_PNS',
        enabled: tp.pnsOnly.enabled,
        applies: e.exclusions.includes('BUKAN_PNS'),
        checked: e.jenisPegawai !== '' || statusFromNip,
        detail: {
          jenisPegawai: e.jenisPegawai || null,
          pnsValues: tp.pnsOnly.pnsValues.join(', '),
          ...(statusFromNip ? { fromNip: `${e.nip.slice(12, 14)} → ${pnsFromNip(e.nip) ? 'PNS' : 'PPPK'}` } : {}),
        },
      },
      {
        code: 'KOTAK_TALENT_POOL',
        enabled: true,
        applies: e.box !== null && tp.boxes.includes(e.box),
        checked: true,
        detail: { box: e.box, poolBoxes: tp.boxes.join(', ') },
      },
    ];
    return {
      employee: e,
      rows,
      performance: {
        windowYears: [...result.summary.skpYears].reverse(),
        yearWeights: profile.performance.yearWeights,
        predikatScores: profile.performance.scores,
        thresholds: profile.performance.thresholds,
      },
      potential: {
        weights: { potensi: profile.potential.potensiWeight, kompetensi: profile.potential.kompetensiWeight },
        thresholds: profile.potential.thresholds,
        parts: [part('jpm_mansoskul'), part('jpm_litdig'), part('jpm_emskil')],
        validityYears: profile.potential.validityYears,
        expiresBefore,
      },
      rules,
      parameters: {
        'profile.id': profile.id,
        'profile.version': profile.version,
        'performance.yearWeights': profile.performance.yearWeights,
        'performance.scores': profile.performance.scores,
        'performance.thresholds': profile.performance.thresholds,
        'potential.potensiWeight': profile.potential.potensiWeight,
        'potential.kompetensiWeight': profile.potential.kompetensiWeight,
        'potential.thresholds': profile.potential.thresholds,
        'potential.validityYears': profile.potential.validityYears,
        'talentPool.boxes': tp.boxes,
        'talentPool.hukdis': tp.hukdis,
        'talentPool.bup': tp.bup,
        inputRules: profile.inputRules,
        talentScore: profile.talentScore,
      },
    };
  });
}
