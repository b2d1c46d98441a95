/** The JSON contract of `talenta classify --json` (see README, "JSON"). */
import type { ClassifyResult, Employee, Issue, SourceRef } from '../core/types.js';
import { issueMessage, PERFORMANCE_TERM, POTENTIAL_TERM, PREDIKAT_TERM, type Lang } from '../i18n.js';
import type { Profile } from '../core/profile.js';
import { tableIndexer } from '../core/employee-table.js';
import type { LoadedFile } from '../io/inputs.js';
import { BLOCK_FULL, ByteBlock } from './byte-block.js';

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
const YEAR_FIELDS = ['year', 'predikat', 'via', 'score', 'weight', 'input', 'row'] as const;

/** `[input, row]`: the index of the table in the document's `inputs[]` and the row number. */
type SourceIndex = (s: SourceRef) => [number, number];

/** Source references by the index of their table in `result.inputs` (schemaVersion 2; -1 when none). */
function sourceIndex(result: ClassifyResult): SourceIndex {
  const index = tableIndexer(result.inputs, -1);
  return (s) => [index(s), s.row];
}

const q = JSON.stringify;

/** `null` or the value as JSON (numbers as String(v) prints them, as JSON.stringify does) */
function numberOrNull(out: ByteBlock, v: number | null): void {
  if (v === null || !Number.isFinite(v)) out.text('null');
  else out.number(v);
}

function stringOrNull(out: ByteBlock, v: string | null): void {
  if (v === null) out.text('null');
  else out.jsonString(v);
}

function stringArray(out: ByteBlock, list: readonly string[]): void {
  out.byte(0x5b);
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.byte(0x2c);
    out.jsonString(list[i]!);
  }
  out.byte(0x5d);
}

function sourcePair(out: ByteBlock, pair: [number, number]): void {
  out.byte(0x5b);
  out.number(pair[0]);
  out.byte(0x2c);
  out.number(pair[1]);
  out.byte(0x5d);
}

/**
 * One employee of schemaVersion 2 as JSON, encoded into `out` as UTF-8: lean, for millions of
 * lines. `krs` and the three ranks are there only for talent-pool members, `notes` only when
 * there are some, the flags `kompetensiFromParts` / `fromKategori` only when true, `cactScore` /
 * `components` only with a multi-component profile; every other field is always there (null when
 * empty). Sources are `[input, row]` (the table's index in `inputs[]`, the row number); a
 * per-year trace is the tuple of YEAR_FIELDS. The roster's other descriptive columns, the current
 * jenjang and the JPM values are in pegawai.csv and `talenta explain`, so the document stays under
 * 500 bytes per employee. The text is what JSON.stringify gives for the same values.
 */
function writeEmployeeLine(out: ByteBlock, e: Employee, src: SourceIndex): void {
  out.text('{"nip":');
  out.jsonString(e.nip);
  out.text(',"nama":');
  out.jsonString(e.nama);
  out.text(',"jabatan":');
  out.jsonString(e.jabatan);
  out.text(',"unorInduk":');
  out.jsonString(e.unorInduk);
  out.text(',"targetLevel":');
  stringOrNull(out, e.targetLevel);
  out.text(',"box":');
  numberOrNull(out, e.box);
  out.text(e.talentPool ? ',"talentPool":true' : ',"talentPool":false');
  if (e.krs !== null) {
    out.text(',"krs":');
    out.jsonString(e.krs);
  }
  if (e.rank !== null) {
    out.text(',"rank":');
    out.number(e.rank);
  }
  if (e.rankInTargetLevel !== null) {
    out.text(',"rankInTargetLevel":');
    out.number(e.rankInTargetLevel);
  }
  if (e.rankInUnit !== null) {
    out.text(',"rankInUnit":');
    out.number(e.rankInUnit);
  }
  out.text(',"talentScore":');
  numberOrNull(out, e.talentScore);
  const p = e.performance;
  out.text(',"performance":{"score":');
  numberOrNull(out, p.score);
  out.text(',"level":');
  stringOrNull(out, p.level ? PERFORMANCE_TERM[p.level] : null);
  out.text(',"years":[');
  const years = p.years;
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    const [input, row] = src(y.source);
    out.text(i > 0 ? ',[' : '[');
    out.number(y.year);
    out.byte(0x2c);
    out.jsonString(PREDIKAT_TERM[y.predikat] ?? y.predikat);
    out.byte(0x2c);
    out.jsonString(y.via);
    out.byte(0x2c);
    numberOrNull(out, y.score);
    out.byte(0x2c);
    numberOrNull(out, y.weight);
    out.byte(0x2c);
    out.number(input);
    out.byte(0x2c);
    out.number(row);
    out.byte(0x5d);
  }
  const t = e.potential;
  out.text(']},"potential":{"score":');
  numberOrNull(out, t.score);
  out.text(',"level":');
  stringOrNull(out, t.level ? POTENTIAL_TERM[t.level] : null);
  if (t.kompetensiFromParts) out.text(',"kompetensiFromParts":true');
  if (t.fromKategori) out.text(',"fromKategori":true');
  out.text(',"tanggalTes":');
  stringOrNull(out, t.tanggalTes);
  out.text(',"src":');
  if (t.source) sourcePair(out, src(t.source));
  else out.text('null');
  if (t.components) {
    out.text(',"cactScore":');
    numberOrNull(out, t.cactScore ?? null);
    out.text(',"components":');
    out.text(q(t.components));
  }
  out.text('},"reasons":');
  stringArray(out, e.reasons);
  if (e.notes.length > 0) {
    out.text(',"notes":');
    stringArray(out, e.notes);
  }
  out.text(',"src":');
  sourcePair(out, src(e.source));
  out.byte(0x7d);
}

/**
 * The document as chunks: the header fields as text, then the employees as UTF-8 blocks of about
 * 1 MiB (one per line, encoded straight into the block), then the talent pool and the issues.
 * The whole document is never one string, so millions of employees stream in bounded memory.
 * `onEmployees` is told the employees encoded so far, block by block.
 */
export function* jsonChunks(result: ClassifyResult, meta: JsonMeta, onEmployees?: (done: number) => void): Generator<string | Buffer> {
  const head = jsonDocumentHead(result, meta);
  const headText = JSON.stringify(head, null, 2);
  yield headText.slice(0, -2); // drop the closing "\n}"
  yield ',\n  "employees": [';
  const src = sourceIndex(result);
  const n = result.employees.length;
  const out = new ByteBlock();
  for (let i = 0; i < n; i++) {
    out.text(i === 0 ? '\n' : ',\n');
    writeEmployeeLine(out, result.employees[i]!, src);
    if (out.size >= BLOCK_FULL) {
      yield out.take();
      onEmployees?.(i + 1);
    }
  }
  if (out.size > 0) yield out.take();
  yield n > 0 ? '\n  ],\n  "talentPool": [' : '],\n  "talentPool": [';
  const pool = result.pool;
  for (let i = 0; i < pool.length; i += 10000) {
    yield (
      (i > 0 ? ', ' : '') +
      pool
        .slice(i, i + 10000)
        .map((j) => q(result.employees[j]!.nip))
        .join(', ')
    );
  }
  yield '],\n  "issues": [';
  const m = result.issues.length;
  for (let i = 0; i < m; i++) {
    yield `${i === 0 ? '\n    ' : ',\n    '}${JSON.stringify(issueJson(result.issues[i]!, meta.lang))}`;
  }
  yield m > 0 ? '\n  ]\n}\n' : ']\n}\n';
}

/** JSON lines (`-o - --format jsonl`): the document's employee objects, one per line, in UTF-8 blocks. */
export function* jsonLines(result: ClassifyResult): Generator<Buffer> {
  const src = sourceIndex(result);
  const out = new ByteBlock();
  for (const e of result.employees) {
    writeEmployeeLine(out, e, src);
    out.byte(0x0a);
    if (out.size >= BLOCK_FULL) yield out.take();
  }
  if (out.size > 0) yield out.take();
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
    boxes: Object.fromEntries(Object.entries(meta.profile.boxText).map(([box, t]) => [box, { label: t.label[meta.lang], rekomendasi: t.rekomendasi[meta.lang] }])),
    ...(meta.reconciliation ? { reconciliation: meta.reconciliation } : {}),
    ...(meta.audit ? { audit: meta.audit } : {}),
  };
}
