/**
 * What every input-reading command shares (classify, explain, validate, audit, suksesi, profile
 * diff): the input options, validated; the input files, read; the pure core, run.
 */
import { getHeapStatistics } from 'node:v8';
import { classify, prepareInputs, type PreparedInputs } from '../../core/classify.js';
import type { Profile } from '../../core/profile.js';
import type { ClassifyResult, Role } from '../../core/types.js';
import { isValidYmd } from '../../core/values.js';
import { resolveLang, type Lang } from '../../i18n.js';
import { loadInputs, MAX_INPUT_MB_CEILING, MAX_INPUT_MB_DEFAULT, type InputSpec, type LoadedFile } from '../../io/inputs.js';
import { resolveProfile, type ResolvedProfile } from '../../io/profile-file.js';
import type { Delimiter } from '../../io/read-csv.js';
import type { Progress } from '../../output/progress.js';
import { UsageError } from '../../errors.js';
import { fill, type Texts } from '../../cli/lang.js';
import type { Io } from './io.js';
import { msg, usage } from './messages.js';

/** The options of `addInputOptions` (src/commands/options.ts). */
export interface InputCliOptions {
  roster?: string[];
  cact?: string[];
  skp?: string[];
  hukdis?: string[];
  profile?: string;
  asOf?: string;
  year?: string;
  lang?: string;
  delimiter?: string;
  encoding?: string;
  maxInputMb?: string;
}

function parseAsOf(v: string | undefined, today: string, lang: Lang = 'id'): string {
  if (v === undefined) return today;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || !isValidYmd(+m[1]!, +m[2]!, +m[3]!)) throw usage('asOf', lang, { v });
  return v;
}

/** --fail-on: none, error or warning. */
export function parseFailOn(v: string | undefined, lang: Lang): 'none' | 'error' | 'warning' {
  const failOn = v ?? 'none';
  if (failOn !== 'none' && failOn !== 'error' && failOn !== 'warning') throw usage('failOn', lang, { v: failOn });
  return failOn;
}

/** A whole-number option ≥ min (undefined when not given). */
export function parseIntOption(v: string | undefined, name: string, min: number, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min) throw usage('intAtLeast', lang, { name, min, v });
  return n;
}

const DELIMS: Record<string, Delimiter> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };

export function inputSpecs(files: string[], o: InputCliOptions, command = 'classify'): InputSpec[] {
  const lang = resolveLang(o.lang, {});
  const specs: InputSpec[] = files.map((path) => ({ path }));
  const add = (list: string[] | undefined, role: Role) => {
    for (const path of list ?? []) specs.push({ path, role });
  };
  add(o.roster, 'roster');
  add(o.cact, 'cact');
  add(o.skp, 'skp');
  add(o.hukdis, 'hukdis');
  if (specs.length === 0) throw usage('noInputs', lang, { cmd: command });
  if (specs.filter((s) => s.path === '-').length > 1) throw usage('oneStdin', lang);
  return specs;
}

const MISSING_TEXT = {
  head: { id: 'Tabel masukan tidak lengkap, tidak ditemukan: {names}. Yang ditemukan:', en: 'Missing input table(s): {names}. Found:' },
  headerOnly: { id: 'hanya baris header, tanpa baris data; ekspor ulang beserta datanya', en: 'header row only, no data rows; export it again with its data' },
  notRecognised: { id: 'tidak dikenali', en: 'not recognised' },
  fix: {
    id: 'Tambahkan berkas yang kurang, atau sebutkan perannya dengan --roster/--cact/--skp/--hukdis. Header yang dikenali: lihat README ("Masukan / inputs"), atau talenta validate untuk apa yang terbaca.',
    en: 'Give the missing file, or name its role with --roster/--cact/--skp/--hukdis. Recognised headers: see README ("Masukan / inputs"), or talenta validate for what was read.',
  },
  heap: {
    id: 'talenta: peringatan: masukan {mb} MB dapat memerlukan sekitar {gb} GB memori, lebih dari batas heap Node di sini ({heap} GB). Bila berhenti dengan "heap out of memory", jalankan: NODE_OPTIONS=--max-old-space-size={mib} talenta …\n',
    en: 'talenta: warning: {mb} MB of input may need about {gb} GB of memory, more than Node\'s heap limit here ({heap} GB). If the run stops with "heap out of memory", run it as: NODE_OPTIONS=--max-old-space-size={mib} talenta …\n',
  },
} satisfies Record<string, Texts>;

function describeMissing(prepared: PreparedInputs, lang: Lang): string {
  const names: Record<Role, string> = { roster: 'roster (SIASN)', cact: 'CACT', skp: 'SKP (e-Kinerja)', hukdis: 'hukdis' };
  const head = fill(MISSING_TEXT.head[lang], { names: prepared.missing.map((r) => names[r]).join(', ') });
  const lines = prepared.tables.map((t) => {
    const where = `${t.raw.file}${t.raw.sheet ? ` [${t.raw.sheet}]` : ''}`;
    if (t.roles.length > 0 && t.dataRows.length === 0) return `  - ${where}: ${t.roles.join(', ')} — ${MISSING_TEXT.headerOnly[lang]}`;
    if (t.roles.length > 0) return `  - ${where}: ${t.roles.join(', ')}`;
    const hdr = t.headers
      .filter((x) => x !== '')
      .slice(0, 6)
      .join(', ');
    return `  - ${where}: ${MISSING_TEXT.notRecognised[lang]}${hdr ? ` (header: ${hdr}…)` : ''}`;
  });
  return [head, ...lines, MISSING_TEXT.fix[lang]].join('\n');
}

export interface Loaded {
  lang: Lang;
  asOf: string;
  profile: Profile;
  resolved: ResolvedProfile;
  prepared: PreparedInputs;
  result: ClassifyResult;
  files: LoadedFile[];
}

/** Validate the options every input-reading command shares. */
export function parseInputOptions(o: InputCliOptions, io: Io): { asOf: string; year: number | null; delimiter?: Delimiter; maxInputBytes: number } {
  const lang = resolveLang(o.lang, io.env);
  const asOf = parseAsOf(o.asOf, io.today(), lang);
  let year: number | null = null;
  if (o.year !== undefined) {
    if (!/^\d{4}$/.test(o.year)) throw usage('year', lang, { v: o.year });
    year = Number(o.year);
  }
  let delimiter: Delimiter | undefined;
  if (o.delimiter !== undefined) {
    delimiter = DELIMS[o.delimiter];
    if (!delimiter) throw usage('delimiter', lang, { v: o.delimiter });
  }
  if (o.encoding !== undefined) {
    try {
      new TextDecoder(o.encoding);
    } catch {
      throw usage('encoding', lang, { v: o.encoding });
    }
  }
  const maxInputBytes = parseMaxInput(o.maxInputMb, io.env.TALENTA_MAX_INPUT_MB, lang);
  return delimiter ? { asOf, year, delimiter, maxInputBytes } : { asOf, year, maxInputBytes };
}

/** --max-input-mb (or TALENTA_MAX_INPUT_MB): whole MiB, 1 … MAX_INPUT_MB_CEILING; in bytes. */
function parseMaxInput(option: string | undefined, env: string | undefined, lang: Lang = 'id'): number {
  const [name, v] = option !== undefined ? ['--max-input-mb', option] : ['TALENTA_MAX_INPUT_MB', env];
  if (v === undefined || v === '') return MAX_INPUT_MB_DEFAULT * 1024 * 1024;
  const n = Number(v.trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_INPUT_MB_CEILING) throw usage('maxInput', lang, { name, max: MAX_INPUT_MB_CEILING, v });
  return n * 1024 * 1024;
}

/** Validate the shared options, read the inputs and run the pure core (classify, explain, audit, suksesi). */
export async function loadAndClassify(files: string[], o: InputCliOptions, io: Io, progress?: Progress, read: { stream?: boolean; command?: string } = {}): Promise<Loaded> {
  const lang = resolveLang(o.lang, io.env);
  const { asOf, year, delimiter, maxInputBytes } = parseInputOptions(o, io);
  const specs = inputSpecs(files, { ...o, lang }, read.command);
  const resolved = await resolveProfile(o.profile ?? io.env.TALENTA_PROFILE, lang);
  const profile = resolved.profile;
  progress?.phase(msg('readingInputs', lang, { n: specs.length }));
  // large UTF-8 CSV files are streamed through the classifier unless every row must stay in memory
  const envMin = io.env.TALENTA_STREAM_MIN_BYTES;
  const streamMinBytes = read.stream === false ? Infinity : envMin !== undefined && envMin !== '' ? Number(envMin) : undefined;
  const { tables, files: loaded } = await loadInputs(specs, {
    delimiter,
    encoding: o.encoding,
    stdin: io.stdin,
    lang,
    maxInputBytes,
    ...(streamMinBytes !== undefined ? { streamMinBytes } : {}),
  });
  const prepared = prepareInputs(tables, profile);
  if (prepared.missing.length > 0) throw new UsageError(describeMissing(prepared, lang));
  warnIfTooLargeForHeap(loaded, io, lang);
  progress?.setLang(lang);
  let phase: 'join' | 'compute' | null = null;
  const onProgress = (p: 'join' | 'compute', done: number, total: number | null) => {
    if (p !== phase) {
      phase = p;
      progress?.begin(p, p === 'join' ? 'rows' : 'employees', total);
    }
    progress?.tick(done, total);
  };
  const result = classify(prepared, profile, progress ? { asOf, year, onProgress } : { asOf, year });
  return { lang, asOf, profile, resolved, prepared, result, files: loaded };
}

/**
 * Measured: about 3.6 GB peak for 1M employees (≈ 475 MB of CSV); Node's default heap (≈ 4 GB
 * here) runs out near 2.5M. Say so before a long run rather than after a crash.
 */
function warnIfTooLargeForHeap(files: LoadedFile[], io: Io, lang: Lang): void {
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const heapMb = getHeapStatistics().heap_size_limit / 1e6;
  const neededMb = (bytes / 475e6) * 3600 * 1.2;
  if (neededMb <= heapMb) return;
  const gb = Math.ceil(neededMb / 1000);
  io.stderr.write(fill(MISSING_TEXT.heap[lang], { mb: Math.round(bytes / 1e6), gb, heap: Math.round(heapMb / 1000), mib: gb * 1024 }));
}
