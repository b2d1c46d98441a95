/** The JSON contract of `talenta classify --json` (see README, "JSON"). */
import type { ClassifyResult, Employee, Issue, SourceRef } from '../core/types.js';
import { issueMessage, PERFORMANCE_TERM, POTENTIAL_TERM, PREDIKAT_TERM, type Lang } from '../i18n.js';
import type { Profile } from '../core/profile.js';
import { tableIndexer } from '../core/employee-table.js';
import type { LoadedFile } from '../io/inputs.js';

export const SCHEMA_VERSION = 2;

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

/** The order of the values in a per-year trace of schemaVersion 2 (`performance.years`). */
export const YEAR_FIELDS = ['year', 'predikat', 'via', 'score', 'weight', 'input', 'row'] as const;

/** `[input, row]`: the index of the table in the document's `inputs[]` and the row number. */
export type SourceIndex = (s: SourceRef) => [number, number];

/** Source references by the index of their table in `result.inputs` (schemaVersion 2; -1 when none). */
export function sourceIndex(result: ClassifyResult): SourceIndex {
  const index = tableIndexer(result.inputs, -1);
  return (s) => [index(s), s.row];
}

const q = JSON.stringify;
const num = (v: number | null): string => (v === null ? 'null' : String(v));

/**
 * One employee of schemaVersion 2 as JSON text: lean, for millions of lines. `krs` and the three
 * ranks are there only for talent-pool members, `notes` only when there are some, the flags
 * `kompetensiFromParts` / `fromKategori` only when true, `cactScore` / `components` only with a
 * multi-component profile; every other field is always there (null when empty). Sources are
 * `[input, row]` (the table's index in `inputs[]`, the row number); a per-year trace is the tuple
 * of YEAR_FIELDS. The roster's other descriptive columns, the current jenjang and the JPM values
 * are in pegawai.csv and `talenta explain`, so the document stays under 500 bytes per employee.
 */
export function employeeLine(e: Employee, src: SourceIndex): string {
  let s = `{"nip":${q(e.nip)},"nama":${q(e.nama)},"jabatan":${q(e.jabatan)},"unorInduk":${q(e.unorInduk)}`;
  s += `,"targetLevel":${e.targetLevel === null ? 'null' : q(e.targetLevel)},"box":${num(e.box)},"talentPool":${e.talentPool}`;
  if (e.krs !== null) s += `,"krs":${q(e.krs)}`;
  if (e.rank !== null) s += `,"rank":${e.rank}`;
  if (e.rankInTargetLevel !== null) s += `,"rankInTargetLevel":${e.rankInTargetLevel}`;
  if (e.rankInUnit !== null) s += `,"rankInUnit":${e.rankInUnit}`;
  s += `,"talentScore":${num(e.talentScore)}`;
  const p = e.performance;
  s += `,"performance":{"score":${num(p.score)},"level":${p.level ? q(PERFORMANCE_TERM[p.level]) : 'null'},"years":[`;
  p.years.forEach((y, i) => {
    const [input, row] = src(y.source);
    s += `${i > 0 ? ',' : ''}[${y.year},${q(PREDIKAT_TERM[y.predikat] ?? y.predikat)},${q(y.via)},${y.score},${y.weight},${input},${row}]`;
  });
  const t = e.potential;
  s += `]},"potential":{"score":${num(t.score)},"level":${t.level ? q(POTENTIAL_TERM[t.level]) : 'null'}`;
  if (t.kompetensiFromParts) s += ',"kompetensiFromParts":true';
  if (t.fromKategori) s += ',"fromKategori":true';
  s += `,"tanggalTes":${t.tanggalTes === null ? 'null' : q(t.tanggalTes)},"src":${t.source ? q(src(t.source)) : 'null'}`;
  if (t.components) s += `,"cactScore":${num(t.cactScore ?? null)},"components":${q(t.components)}`;
  s += `},"reasons":${q(e.reasons)}`;
  if (e.notes.length > 0) s += `,"notes":${q(e.notes)}`;
  return `${s},"src":${q(src(e.source))}}`;
}

/**
 * The document as chunks: the header fields, then one employee per line, then the talent pool
 * and the issues. The whole document is never one string, so millions of employees stream in
 * bounded memory (the writer batches the chunks).
 */
export function* jsonChunks(result: ClassifyResult, meta: JsonMeta): Generator<string> {
  const head = jsonDocumentHead(result, meta);
  const headText = JSON.stringify(head, null, 2);
  yield headText.slice(0, -2); // drop the closing "\n}"
  yield ',\n  "employees": [';
  const src = sourceIndex(result);
  const n = result.employees.length;
  for (let i = 0; i < n; i++) {
    yield `${i === 0 ? '\n' : ',\n'}${employeeLine(result.employees[i]!, src)}`;
  }
  yield n > 0 ? '\n  ],\n  "talentPool": [' : '],\n  "talentPool": [';
  const pool = result.pool;
  for (let i = 0; i < pool.length; i += 10000) {
    yield (i > 0 ? ', ' : '') + pool.slice(i, i + 10000).map((j) => q(result.employees[j]!.nip)).join(', ');
  }
  yield '],\n  "issues": [';
  const m = result.issues.length;
  for (let i = 0; i < m; i++) {
    yield `${i === 0 ? '\n    ' : ',\n    '}${JSON.stringify(issueJson(result.issues[i]!, meta.lang))}`;
  }
  yield m > 0 ? '\n  ]\n}\n' : ']\n}\n';
}

/** JSON lines (`-o - --format jsonl`): the document's employee objects, one per line. */
export function* jsonLines(result: ClassifyResult): Generator<string> {
  const src = sourceIndex(result);
  for (const e of result.employees) yield employeeLine(e, src) + '\n';
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
    yearFields: YEAR_FIELDS,
    boxes: Object.fromEntries(
      Object.entries(meta.profile.boxText).map(([box, t]) => [box, { label: t.label[meta.lang], rekomendasi: t.rekomendasi[meta.lang] }]),
    ),
    ...(meta.reconciliation ? { reconciliation: meta.reconciliation } : {}),
    ...(meta.audit ? { audit: meta.audit } : {}),
  };
}
