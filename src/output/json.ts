/** The JSON contract of `talenta classify --json` (see README, "JSON"). */
import type { ClassifyResult, Employee, Issue } from '../core/types.js';
import { issueMessage, PERFORMANCE_TERM, POTENTIAL_TERM, PREDIKAT_TERM, type Lang } from '../i18n.js';
import type { Profile } from '../core/profile.js';
import type { LoadedFile } from '../io/inputs.js';

export const SCHEMA_VERSION = 1;

export interface JsonMeta {
  toolVersion: string;
  files: LoadedFile[];
  lang: Lang;
  profile: Profile;
  profileHash: string;
  profileSource: string;
  /** present when an upstream box was compared */
  reconciliation?: unknown;
  /** the calibration and fairness audit (auditJson) */
  audit?: unknown;
}

export function employeeJson(e: Employee, profile: Profile, lang: Lang) {
  const box = e.box === null ? null : profile.boxText[String(e.box)];
  return {
    nip: e.nip,
    nama: e.nama,
    gelarDepan: e.gelarDepan,
    gelarBelakang: e.gelarBelakang,
    jenisPegawai: e.jenisPegawai,
    kedudukanHukum: e.kedudukanHukum,
    golongan: e.golongan,
    jenisJabatan: e.jenisJabatan,
    jabatan: e.jabatan,
    eselon: e.eselon,
    unor: e.unor,
    unorInduk: e.unorInduk,
    jobLevel: e.currentLevel,
    targetLevel: e.targetLevel,
    box: e.box,
    boxLabel: box ? box.label[lang] : null,
    rekomendasi: box ? box.rekomendasi[lang] : null,
    performance: {
      score: e.performance.score,
      level: e.performance.level ? PERFORMANCE_TERM[e.performance.level] : null,
      years: e.performance.years.map((y) => ({
        year: y.year,
        predikat: PREDIKAT_TERM[y.predikat] ?? y.predikat,
        via: y.via,
        score: y.score,
        weight: y.weight,
        source: y.source,
      })),
    },
    potential: {
      score: e.potential.score,
      level: e.potential.level ? POTENTIAL_TERM[e.potential.level] : null,
      jpmPotensi: e.potential.jpmPotensi,
      jpmKompetensi: e.potential.jpmKompetensi,
      kompetensiFromParts: e.potential.kompetensiFromParts,
      fromKategori: e.potential.fromKategori,
      tanggalTes: e.potential.tanggalTes,
      source: e.potential.source,
      ...(e.potential.components ? { cactScore: e.potential.cactScore ?? null, components: e.potential.components } : {}),
    },
    talentScore: e.talentScore,
    talentPool: e.talentPool,
    krs: e.krs,
    rank: e.rank,
    rankInTargetLevel: e.rankInTargetLevel,
    rankInUnit: e.rankInUnit,
    reasons: e.reasons,
    notes: e.notes,
    source: e.source,
  };
}

export function issueJson(i: Issue, lang: Lang) {
  return {
    file: i.file,
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    value: i.value,
    code: i.code,
    message: issueMessage(i, lang),
    severity: i.severity,
  };
}

/**
 * The document as chunks: the header fields, then one employee per line, then the issues. The
 * whole document is never one string, so millions of employees stream in bounded memory.
 */
export function* jsonChunks(result: ClassifyResult, meta: JsonMeta): Generator<string> {
  const head = jsonDocumentHead(result, meta);
  const headText = JSON.stringify(head, null, 2);
  yield headText.slice(0, -2); // drop the closing "\n}"
  yield ',\n  "employees": [';
  const n = result.employees.length;
  for (let i = 0; i < n; i++) {
    yield `${i === 0 ? '\n    ' : ',\n    '}${JSON.stringify(employeeJson(result.employees[i]!, meta.profile, meta.lang))}`;
  }
  yield n > 0 ? '\n  ],\n  "talentPool": [' : '],\n  "talentPool": [';
  yield result.pool.map((i) => JSON.stringify(result.employees[i]!.nip)).join(', ');
  yield '],\n  "issues": [';
  const m = result.issues.length;
  for (let i = 0; i < m; i++) {
    yield `${i === 0 ? '\n    ' : ',\n    '}${JSON.stringify(issueJson(result.issues[i]!, meta.lang))}`;
  }
  yield m > 0 ? '\n  ]\n}\n' : ']\n}\n';
}

function jsonDocumentHead(result: ClassifyResult, meta: JsonMeta) {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'talenta', version: meta.toolVersion },
    profile: { id: meta.profile.id, version: meta.profile.version, hash: meta.profileHash, source: meta.profileSource },
    asOf: result.summary.asOf,
    skpYears: result.summary.skpYears,
    inputs: result.inputs.map((t) => ({
      ...t,
      sha256: meta.files.find((f) => f.path === t.file)?.sha256 ?? null,
    })),
    summary: result.summary,
    ...(meta.reconciliation ? { reconciliation: meta.reconciliation } : {}),
    ...(meta.audit ? { audit: meta.audit } : {}),
  };
}

/** The whole document as one object (small runs, tests). */
export function jsonDocument(result: ClassifyResult, meta: JsonMeta) {
  return {
    ...jsonDocumentHead(result, meta),
    employees: result.employees.map((e) => employeeJson(e, meta.profile, meta.lang)),
    talentPool: result.pool.map((i) => result.employees[i]!.nip),
    issues: result.issues.map((i) => issueJson(i, meta.lang)),
  };
}
