/** `talenta explain <NIP> <inputs…>`: the full trace for one employee. */
import { explainEmployees } from '../core/explain.js';
import { cleanNip } from '../core/values.js';
import { UsageError } from '../errors.js';
import { employeeJson } from '../output/json.js';
import { renderExplain } from '../output/explain-text.js';
import { terminalWidth } from '../output/width.js';
import { escapeControls } from '../output/terminal-safe.js';
import { loadAndClassify, type ClassifyCliOptions, type Io } from './classify.js';

export async function runExplain(nip: string, files: string[], o: ClassifyCliOptions, io: Io): Promise<number> {
  if (!/^\d{18}$/.test(cleanNip(nip))) {
    throw new UsageError(`NIP harus 18 digit (diberikan: "${nip}"). Contoh: talenta explain 198503122010011001 roster.xlsx`);
  }
  // ---- succession (issue 13): every check of this candidate for one target post
  const so = o as ClassifyCliOptions & { kode?: string; jabatan?: string[] };
  if (so.kode !== undefined) {
    const { runExplainSuccession } = await import('./suksesi.js');
    return runExplainSuccession(cleanNip(nip), files, { ...so, kode: so.kode }, io);
  }
  const { lang, asOf, profile, resolved, prepared, result } = await loadAndClassify(files, o, io, undefined, { stream: false });
  const traces = explainEmployees(nip, prepared, result, profile);
  if (traces.length === 0) {
    throw new UsageError(
      lang === 'en' ? `NIP ${cleanNip(nip)} is not in the roster.` : `NIP ${cleanNip(nip)} tidak ada di roster.`,
    );
  }
  if (o.json) {
    const doc = {
      schemaVersion: 1,
      asOf,
      skpYears: result.summary.skpYears,
      profile: { id: profile.id, version: profile.version, hash: resolved.hash, source: resolved.source },
      traces: traces.map((t) => ({
        employee: employeeJson(t.employee, profile, lang),
        inputRows: t.rows,
        performance: t.performance,
        potential: t.potential,
        rules: t.rules,
        parameters: t.parameters,
      })),
    };
    io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    io.stdout.write(escapeControls(renderExplain(traces, profile, asOf, lang, resolved.hash, terminalWidth(io.stdout, io.env))));
  }
  return 0;
}
