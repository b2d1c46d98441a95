/** `talenta explain <NIP> <inputs…>`: the full trace for one employee. */
import { explainEmployees } from '../core/explain.js';
import { cleanNip } from '../core/values.js';
import { EXIT } from '../errors.js';
import { resolveLang } from '../i18n.js';
import { explainDocument } from '../output/explain-json.js';
import { renderExplain } from '../output/explain-text.js';
import { terminalWidth } from '../output/width.js';
import { escapeControls } from '../output/terminal-safe.js';
import { loadAndClassify, type InputCliOptions } from './shared/inputs.js';
import type { Io } from './shared/io.js';
import { usage } from './shared/messages.js';

export interface ExplainCliOptions extends InputCliOptions {
  json?: boolean;
  jabatan?: string[];
  kode?: string;
}

export async function runExplain(nip: string, files: string[], o: ExplainCliOptions, io: Io): Promise<number> {
  const lang0 = resolveLang(o.lang, io.env);
  if (!/^\d{18}$/.test(cleanNip(nip))) throw usage('nipInvalid', lang0, { v: nip });
  // ---- succession: every check of this candidate for one target post
  if (o.kode !== undefined) {
    const { runExplainSuccession } = await import('./suksesi.js');
    return runExplainSuccession(cleanNip(nip), files, { ...o, kode: o.kode }, io);
  }
  const { lang, asOf, profile, resolved, prepared, result } = await loadAndClassify(files, o, io, undefined, { stream: false, command: 'explain NIP' });
  const traces = explainEmployees(nip, prepared, result, profile);
  if (traces.length === 0) throw usage('nipNotInRoster', lang, { nip: cleanNip(nip) });
  if (o.json) {
    const doc = explainDocument(traces, { asOf, skpYears: result.summary.skpYears, profile, profileHash: resolved.hash, profileSource: resolved.source, lang });
    io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    io.stdout.write(escapeControls(renderExplain(traces, profile, asOf, lang, resolved.hash, terminalWidth(io.stdout, io.env))));
  }
  return EXIT.OK;
}
