/**
 * The talent-pool eligibility rules (profile `talentPool`), each a small function in a list, in
 * the order their exclusion reasons are listed (EXCLUSION_ORDER). A rule looks at one employee and
 * says whether the employee is excluded, or that it could not be checked because its data is
 * missing (never passed silently): the caller lists the exclusions as reasons, and notes the
 * unchecked rules for the employees of the pool boxes (profile `inputRules.uncheckedExclusion`).
 */
import type { Profile } from './profile.js';
import { isPns, pnsFromNip } from './status.js';
import { addMonths, addYears, foldText } from './values.js';

export type HukdisLevel = 'RINGAN' | 'SEDANG' | 'BERAT';

/** The facts of one employee the rules read (from the employee table and the hukdis rows). */
export interface PoolFacts {
  /** kedudukan hukum ('' when the roster has no value) */
  kedudukanHukum(i: number): string;
  jenisPegawai(i: number): string;
  birthDate(i: number): string | null;
  bupAge(i: number): number | null;
  nip(i: number): string;
  nipValid(i: number): boolean;
  /** the hukdis rows linked to employee `head` (the NIP's first employee; none: empty) */
  hukdis(head: number | undefined): readonly { level: HukdisLevel; tmt: string }[];
  /** whether any hukdis table was read at all */
  hukdisRead: boolean;
}

/** What a rule found for one employee: excluded, unchecked, or neither; with a note to add. */
type RuleOutcome = 'met' | 'excluded' | 'unchecked';

export interface PoolRule {
  /** the exclusion reason (EXCLUSION_ORDER) */
  readonly id: 'TIDAK_AKTIF' | 'HUKDIS' | 'MENDEKATI_BUP' | 'BUKAN_PNS';
  /**
   * Employee `i`, whose NIP's first employee is `head` (assessment rows are linked to it);
   * `notes` receives a note when the rule used a stand-in value (STATUS_DARI_NIP).
   */
  check(i: number, head: number | undefined, notes: string[]): RuleOutcome;
}

/**
 * The enabled rules of a profile, for reference date `asOf`. Per-value answers (is this
 * kedudukan active, is this jenis pegawai PNS) are worked out once per distinct value.
 */
export function poolRules(profile: Profile, asOf: string, facts: PoolFacts): PoolRule[] {
  const tp = profile.talentPool;
  const rules: PoolRule[] = [];
  if (tp.inactive.enabled) {
    const active = new Map<string, boolean>();
    const activeValues = tp.inactive.activeValues.map(foldText);
    rules.push({
      id: 'TIDAK_AKTIF',
      check(i) {
        const k = facts.kedudukanHukum(i);
        if (k === '') return 'unchecked';
        let yes = active.get(k);
        if (yes === undefined) active.set(k, (yes = activeValues.includes(foldText(k))));
        return yes ? 'met' : 'excluded';
      },
    });
  }
  if (tp.hukdis.enabled) {
    // a hukuman disiplin of a listed level with its TMT within the last `years` years
    const from = addYears(asOf, -tp.hukdis.years);
    rules.push({
      id: 'HUKDIS',
      check(_i, head) {
        if (!facts.hukdisRead) return 'unchecked';
        return facts.hukdis(head).some((x) => tp.hukdis.levels.includes(x.level) && x.tmt >= from && x.tmt <= asOf) ? 'excluded' : 'met';
      },
    });
  }
  if (tp.bup.enabled) {
    // within `monthsBefore` months of the retirement age (BUP) of the employee's position
    rules.push({
      id: 'MENDEKATI_BUP',
      check(i) {
        const birth = facts.birthDate(i);
        const bup = facts.bupAge(i);
        if (!birth || bup === null) return 'unchecked';
        return asOf >= addMonths(addYears(birth, bup), -tp.bup.monthsBefore) ? 'excluded' : 'met';
      },
    });
  }
  if (tp.pnsOnly.enabled) {
    const pnsValue = new Map<string, boolean>();
    rules.push({
      id: 'BUKAN_PNS',
      check(i, _head, notes) {
        const jenis = facts.jenisPegawai(i);
        if (jenis !== '') {
          let pns = pnsValue.get(jenis);
          if (pns === undefined) pnsValue.set(jenis, (pns = isPns(jenis, profile)));
          return pns ? 'met' : 'excluded';
        }
        if (!facts.nipValid(i)) return 'unchecked';
        // no jenis pegawai: PNS or PPPK read from the NIP (digits 13–14), and said so
        notes.push('STATUS_DARI_NIP');
        return pnsFromNip(facts.nip(i)) ? 'met' : 'excluded';
      },
    });
  }
  return rules;
}
