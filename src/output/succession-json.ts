/**
 * The `succession` JSON block (hasil-suksesi.json, `talenta suksesi --json`). Stable, versioned,
 * codes in every language; documented in README ("Rencana suksesi").
 */
import type { SuccessionResult } from '../core/succession/types.js';
import type { Employee, Issue } from '../core/types.js';
import { issueMessage, type Lang } from '../i18n.js';

/** Bumped only when a field changes meaning or disappears (adding fields keeps it). */
const SUCCESSION_SCHEMA_VERSION = 1;

export interface SuccessionJsonMeta {
  toolVersion: string;
  lang: Lang;
  profile: { id: string; version: number };
  profileHash: string;
  files: { path: string; sha256: string; bytes: number }[];
}

export function successionDocument(s: SuccessionResult, employees: readonly Employee[], meta: SuccessionJsonMeta): object {
  return {
    schemaVersion: SUCCESSION_SCHEMA_VERSION,
    tool: { name: 'talenta', version: meta.toolVersion },
    asOf: s.asOf,
    profile: { ...meta.profile, sha256: meta.profileHash },
    inputs: meta.files,
    succession: successionBlock(s, employees),
    issues: s.issues.map((i: Issue) => ({ ...i, message: issueMessage(i, meta.lang) })),
  };
}

function successionBlock(s: SuccessionResult, employees: readonly Employee[]): object {
  return {
    parameters: s.params,
    summary: s.summary,
    positions: s.posts.map((r) => ({
      code: r.post.code,
      name: r.post.name,
      unit: r.post.unit,
      opd: r.post.opd,
      level: r.post.level,
      eselon: r.post.eselon,
      source: r.post.source,
      critical: r.post.critical,
      status: r.post.status,
      seats: r.post.seats,
      incumbents: r.incumbents.map((x) => ({ nip: x.nip, bup: x.bup, bupSource: x.bupSource, pensionDate: x.pensionDate, inRoster: x.inRoster })),
      state: r.state,
      vacancyDate: r.vacancyDate,
      monthsToVacancy: r.monthsToVacancy,
      band: r.band,
      referenceDate: r.referenceDate,
      matched: r.matched,
      evaluated: r.evaluated,
      eligible: r.eligible,
      readyAtVacancy: r.readyAtVacancy,
      bench: r.bench,
      benchStatus: r.benchStatus,
      health: r.health,
      risk: r.risk,
      funnel: r.funnel,
      mostFiltered: r.mostFiltered,
      chainFrom: r.chainFrom,
      chainCount: r.chainCount,
      nominees: r.nominees.map((i) => s.nominees[i]!.nip),
    })),
    candidates: s.nominees.map((c) => ({
      position: c.post,
      nip: c.nip,
      box: employees[c.employee]!.box,
      rank: c.rank,
      readiness: c.readiness,
      readyDate: c.readyDate,
      monthsToReady: c.monthsToReady,
      readyByVacancy: c.readyByVacancy,
      eligibility: c.eligibility,
      matchScore: c.matchScore,
      gap: c.gap,
      postsEvaluated: c.postsEvaluated,
      postsReadyNow: c.postsReadyNow,
      overload: c.overload,
      checks: c.checks,
    })),
    retirements: s.retirements.map((r) => ({
      nip: r.nip,
      pensionDate: r.pensionDate,
      bup: r.bup,
      bupSource: r.bupSource,
      year: r.year,
      level: r.level,
      opd: r.opd,
      postCode: r.postCode,
    })),
  };
}
