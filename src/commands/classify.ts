/** `talenta classify`: read inputs, run the pure core, write the reports. */
import { join, resolve } from 'node:path';
import type { PreparedInputs } from '../core/classify.js';
import type { Profile } from '../core/profile.js';
import type { ClassifyResult, Issue, RawTable } from '../core/types.js';
import type { RecognisedTable } from '../core/tables.js';
import { UsageError } from '../errors.js';
import { loadInputs } from '../io/inputs.js';
import { resolveLang, type Lang } from '../i18n.js';
import { causeText, EMPLOYEE_COLUMNS, ISSUE_COLUMNS, POOL_COLUMNS, RECONCILE_COLUMNS, SUMMARY_COLUMNS, summaryRows, type Ctx } from '../output/model.js';
import { collectUpstream, reconcile, upstreamColumns, type Reconciliation } from '../core/reconcile.js';
import { mostlyUnusableTables } from '../core/validate.js';
import { unusableTableLine } from '../output/validate-text.js';
import { csvBlocks, writeCsv } from '../output/csv.js';
import { ReportSet } from '../io/atomic.js';
import { prepareOutputDir } from '../io/output-dir.js';
import { jsonChunks, jsonLines } from '../output/json.js';
import { overflowsSheet, writeXlsxReport } from '../output/xlsx.js';
import { colorEnabled, makeChalk, renderTerminal } from '../output/terminal.js';
import { terminalWidth } from '../output/width.js';
import { Progress } from '../output/progress.js';
import { renderSafely } from '../output/terminal-safe.js';
import { failOnOutcome, holdForTests, streamSink, truncatedWarning, writeOut } from './options.js';
import { auditJson } from '../core/audit.js';
import { loadPseudonymKey } from '../io/pseudonym.js';
import { writeHtmlReport } from '../output/html.js';
import { auditOutputs, refuseInputOverwrite } from './shared/audit-outputs.js';
import { loadAndClassify, parseFailOn, parseInputOptions, parseIntOption, type InputCliOptions } from './shared/inputs.js';
import type { Io } from './shared/io.js';
import { msg, usage } from './shared/messages.js';
import { outputDirMessage } from './shared/output-dir-message.js';
import { fill, type Texts } from '../cli/lang.js';

export interface ClassifyCliOptions extends InputCliOptions {
  output?: string;
  json?: boolean;
  xlsx?: boolean;
  failOn?: string;
  color?: boolean;
  quiet?: boolean;
  top?: string;
  format?: string;
  force?: boolean;
  reconcile?: string[];
  html?: string;
  pseudonymize?: boolean;
  pseudonymKeyFile?: string;
}

/** Kept for the modules and tests that import it from here; it lives in ./shared/io.ts. */
export type { Io } from './shared/io.js';

/** Per-employee lists of the audit in the classify document: at most this many entries each. */
const AUDIT_JSON_LIST_LIMIT = 100;

/** Output file names (stable; documented in README). */
export const OUTPUT_FILES = {
  xlsx: 'laporan-talenta.xlsx',
  json: 'hasil-talenta.json',
  employees: 'pegawai.csv',
  pool: 'talent-pool.csv',
  issues: 'masalah-data.csv',
  summary: 'ringkasan.csv',
  reconcile: 'rekonsiliasi.csv',
} as const;

export async function runClassify(files: string[], o: ClassifyCliOptions, io: Io): Promise<number> {
  const lang0 = resolveLang(o.lang, io.env);
  const failOn = parseFailOn(o.failOn, lang0);
  // -o - already puts one table or document on stdout: --json beside it would be ignored
  if (o.output === '-' && o.json) throw usage('jsonWithStdout', lang0);
  const top = parseIntOption(o.top, '--top', 0, lang0) ?? 10;
  const progress = Progress.for(io.stderr, { quiet: o.quiet, json: o.json || o.output === '-' });
  if (!o.pseudonymize && o.pseudonymKeyFile !== undefined) throw usage('keyFileAlone', lang0);
  // the key before the inputs are read: a missing key fails fast
  const key = o.pseudonymize ? await loadPseudonymKey({ keyFile: o.pseudonymKeyFile, env: io.env, lang: lang0 }) : null;
  const { lang, asOf, profile, resolved, prepared, result: original, files: loaded } = await loadAndClassify(files, o, io, progress);
  // a table most of whose rows could not be used: one line here, the details in `talenta validate`
  for (const u of mostlyUnusableTables(original)) io.stderr.write(unusableTableLine(u, files, lang));
  const upstream = await reconcileUpstream(o, prepared, original, profile, io);
  // the reconciliation's own data problems join the core's in a new result (the core's is not changed)
  const withUpstream = upstream ? withIssues(original, upstream.issues) : original;
  // the audit reads JENIS KELAMIN and atasan from the input rows, and sex and age from the NIP and
  // birth date: before the rows are released and before pseudonymisation. With a key, every output
  // below is written from the pseudonymised result (and reconciliation).
  const { audit, result, reconciliation } = auditOutputs({ prepared, result: withUpstream, profile, key, reconciliation: upstream?.reconciliation ?? null });
  // the input rows are no longer needed: let them (and streamed files' bytes) go before writing
  for (const t of prepared.tables) {
    t.raw.rows = [];
    delete t.raw.rest;
  }
  const ctx: Ctx = { lang, human: true, profile, result, profileHash: resolved.hash, ...(reconciliation ? { reconciliation } : {}) };
  const contract: Ctx = { ...ctx, human: false };

  const meta = {
    toolVersion: io.version,
    files: loaded,
    lang,
    profile,
    profileHash: resolved.hash,
    profileSource: resolved.source,
    ...(reconciliation ? { reconciliation: reconciliationJson(reconciliation, contract) } : {}),
    audit: auditJson(audit, { listLimit: AUDIT_JSON_LIST_LIMIT }),
  };

  // every file of the run (the folder's report set and --html) goes to temporary names first and
  // is renamed into place together at the end: a failure or a signal leaves the previous files as
  // they were (src/io/atomic.ts)
  const set = new ReportSet({ lang, ...(io.writeFs ? { fs: io.writeFs } : {}) });
  const written: string[] = [];
  let truncatedCells = 0;
  let terminal: (() => Promise<void>) | null = null;
  try {
    if (o.output === '-') {
      // pipeline mode: the employee table (or the whole document) on stdout, nothing else there
      const format = o.format ?? 'csv';
      const out = streamSink(io.stdout);
      const chunks = format === 'csv' ? csvBlocks(EMPLOYEE_COLUMNS, result.employees, contract, false) : format === 'jsonl' ? jsonLines(result) : jsonChunks(result, meta);
      for (const chunk of chunks) await out.write(chunk);
      await out.flush();
    } else {
      if (o.format !== undefined) {
        throw usage('formatWithoutStdout', lang);
      }
      const writeFiles = !o.json || o.output !== undefined;
      if (writeFiles) {
        const dir = resolve(o.output ?? `laporan-talenta-${asOf}`);
        if (o.output === undefined && !o.quiet) {
          io.stderr.write(`${msg('outputDefault', lang)}: ${dir}\n`);
        }
        // an Excel sheet holds 1,048,576 rows: refuse before anything is written, and say what to use
        if (o.xlsx !== false && overflowsSheet(Math.max(result.employees.length, result.issues.length))) {
          const n = (x: number) => x.toLocaleString(LOCALE[lang]);
          throw usage('sheetOverflow', lang, { employees: n(result.employees.length), issues: n(result.issues.length) });
        }
        await prepareOutputDir(
          dir,
          loaded.map((f) => f.path),
          new Set(Object.values(OUTPUT_FILES)),
          Boolean(o.force),
          outputDirMessage(lang),
          lang,
        );
        progress.begin('write', 'employees', result.employees.length, OUTPUT_FILES.employees);
        const pool = result.pool.map((i) => result.employees[i]!);
        await writeCsv(join(dir, OUTPUT_FILES.employees), EMPLOYEE_COLUMNS, result.employees, contract, (d) => progress.tick(d), set);
        progress.begin('write', 'employees', pool.length, OUTPUT_FILES.pool);
        await writeCsv(join(dir, OUTPUT_FILES.pool), POOL_COLUMNS, pool, contract, (d) => progress.tick(d), set);
        await writeCsv(join(dir, OUTPUT_FILES.issues), ISSUE_COLUMNS, result.issues, contract, undefined, set);
        await writeCsv(join(dir, OUTPUT_FILES.summary), SUMMARY_COLUMNS, summaryRows(contract), contract, undefined, set);
        if (reconciliation) await writeCsv(join(dir, OUTPUT_FILES.reconcile), RECONCILE_COLUMNS, reconciliation.disagree, contract, undefined, set);
        progress.begin('write', 'employees', result.employees.length, OUTPUT_FILES.json);
        await set.write(join(dir, OUTPUT_FILES.json), async (write) => {
          for (const chunk of jsonChunks(result, meta, (done) => progress.tick(done))) await write(chunk);
        });
        progress.phase(msg('writingWorkbook', lang));
        if (o.xlsx !== false) {
          truncatedCells = await writeXlsxReport(join(dir, OUTPUT_FILES.xlsx), ctx, { toolVersion: io.version, files: loaded, profileSource: resolved.source, audit }, set);
        }
        progress.done();
        // the set's own files this run does not write (a workbook with --no-xlsx, an earlier
        // reconciliation) would not match the new ones: they go when the new set is in place
        set.stale = [...(o.xlsx === false ? [OUTPUT_FILES.xlsx] : []), ...(reconciliation ? [] : [OUTPUT_FILES.reconcile])].map((f) => join(dir, f));
        if (!o.quiet) written.push(`${msg('reportWritten', lang)} ${dir}\n`);
      }
      if (o.json) {
        terminal = async () => {
          const out = streamSink(io.stdout);
          for (const chunk of jsonChunks(result, meta)) await out.write(chunk);
          await out.flush();
        };
      } else if (!o.quiet) {
        const chalk = makeChalk(colorEnabled(io.stdout, io.env, o.color));
        terminal = () =>
          writeOut(
            io.stdout,
            renderSafely((ch) => renderTerminal(ctx, ch, top, terminalWidth(io.stdout, io.env)), chalk),
          );
      }
    }

    if (o.html !== undefined) {
      const target = await refuseInputOverwrite(o.html, loaded, lang, '--html');
      await writeHtmlReport(target, ctx, audit, { toolVersion: io.version, pseudonymized: key !== null }, set);
      if (!o.quiet && o.output !== '-') written.push(`${msg('htmlWritten', lang)} ${target}\n`);
    }
    await holdForTests(io.env);
    set.commit();
  } catch (err) {
    await set.discard();
    throw err;
  }
  for (const line of written) io.stderr.write(line);
  if (truncatedCells > 0) io.stderr.write(truncatedWarning(truncatedCells, OUTPUT_FILES.xlsx, lang));
  if (terminal) await terminal();

  const outcome = failOnOutcome(failOn, result.summary.issues, lang);
  if (outcome.reason && !o.quiet) io.stderr.write(`${outcome.reason}\n`);
  return outcome.code;
}

/**
 * Upstream boxes (e.g. SIMATA BKN) from a box column in the roster and from --reconcile files;
 * null when there are none.
 */
async function reconcileUpstream(
  o: ClassifyCliOptions,
  prepared: PreparedInputs,
  result: ClassifyResult,
  profile: Profile,
  io: Io,
): Promise<{ reconciliation: Reconciliation; issues: Issue[] } | null> {
  const lang = resolveLang(o.lang, io.env);
  // the roster tables are already recognised; only --reconcile files need it
  const tables: (RawTable | RecognisedTable)[] = prepared.tables.filter((t) => t.roles.includes('roster'));
  if (o.reconcile && o.reconcile.length > 0) {
    const { tables: extra } = await loadInputs(
      o.reconcile.map((path) => ({ path, role: 'roster' as const })), // a NIP header is enough to find the header row
      { encoding: o.encoding, stdin: io.stdin, lang, maxInputBytes: parseInputOptions(o, io).maxInputBytes },
    );
    tables.push(...extra);
    // a --reconcile file without a NIP or a box column would compare nothing: say so (exit 2)
    for (const path of o.reconcile) {
      const label = path === '-' ? '(stdin)' : path;
      const checks = extra.filter((t) => t.file === label).map((t) => upstreamColumns(t, profile));
      if (checks.some((c) => c.nip && c.box)) continue;
      const c = checks[0] ?? upstreamColumns({ file: label, sheet: null, rows: [], rowNumbers: [] }, profile);
      const what = [!checks.some((x) => x.nip) ? 'NIP' : null, !checks.some((x) => x.box) ? RECONCILE_TEXT.box[lang] : null].filter(Boolean).join(RECONCILE_TEXT.and[lang]);
      throw new UsageError(fill(RECONCILE_TEXT.noColumns[lang], { label, what, nip: c.nipHeaders, box: c.boxHeaders }));
    }
  }
  const { boxes, issues } = collectUpstream(tables, profile);
  if (boxes.length === 0 && !(o.reconcile && o.reconcile.length > 0)) return null;
  return { reconciliation: reconcile(result, boxes, profile, issues), issues };
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

const RECONCILE_TEXT = {
  box: { id: 'kotak', en: 'box' },
  and: { id: ' dan ', en: ' and ' },
  noColumns: {
    id: '--reconcile {label}: kolom {what} tidak ditemukan, jadi tidak ada yang dapat dibandingkan. Header NIP yang diterima: {nip}; header kotak: {box}.',
    en: '--reconcile {label}: no {what} column found, so nothing can be compared. Accepted NIP headers: {nip}; box headers: {box}.',
  },
} satisfies Record<string, Texts>;

/** The result with more data problems: a new result, its summary counted again (the core's is unchanged). */
export function withIssues(result: ClassifyResult, extra: Issue[]): ClassifyResult {
  if (extra.length === 0) return result;
  const counts = { ...result.summary.issues };
  for (const i of extra) counts[i.severity]++;
  return { ...result, issues: [...result.issues, ...extra], summary: { ...result.summary, issues: counts } };
}

function reconciliationJson(r: Reconciliation, ctx: Ctx) {
  return {
    compared: r.compared,
    agree: r.agree,
    disagree: r.disagree.length,
    notInRoster: r.notInRoster,
    withoutUpstream: r.withoutUpstream,
    items: r.disagree.map((d) => ({ ...d, cause: causeText(d, ctx) })),
  };
}
