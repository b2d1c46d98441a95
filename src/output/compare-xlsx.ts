/**
 * The workbook of `talenta compare` (exceljs streaming writer, imported lazily), written under a
 * temporary name and renamed into place:
 *
 *   Ringkasan           inputs, employees per box in each period, key numbers per pair, notes
 *   Matriks Transisi    one 11×11 matrix per pair (diagonal blue, up green, down red, zeros blank)
 *   Masuk-Keluar Talent Pool, Lompatan & Anomali, Roster & Pemetaan   the lists, with the cause
 *   Semua Perpindahan   every employee whose box or pool changed, every pair, all the numbers
 *   Jalur, Tetap di Kotak   (three runs or more)
 *   Metodologi          tool, inputs with SHA-256 and profile, definitions
 */
import { COMPARE_GRID, NOT_IN_ROSTER, NOT_MAPPED, STATES, type Move, type Pair, type PairTotals } from '../core/compare.js';
import { fill, HEADER_FILL, limitCells, PAGE_LANDSCAPE } from './xlsx-style.js';
import { atomicSink, type FileSink } from '../io/atomic.js';
import { COMPARE_DEFINITIONS, COMPARE_TAG_TEXT, COMPARE_UI, tr } from '../i18n.js';
import {
  kindColumn,
  listColumns,
  MOVE_COLUMNS,
  moveRows,
  noteText,
  pathColumns,
  profileText,
  stateShort,
  stateText,
  type CmpColumn,
  type CmpCtx,
  type MoveRow,
} from './compare-model.js';
import { GROUP_FILL, MAX_SHEET_ROWS } from './shared/sheet.js';

const NOTE_FILL = 'FFFFF2CC';
const DIAGONAL_FILL = 'FFDDEBF7';
const UP_FILL = 'FFC6EFCE';
const DOWN_FILL = 'FFFFC7CE';
const OTHER_FILL = 'FFEDEDED';
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: thin, bottom: thin, left: thin, right: thin };
/** zeros are left blank: the numbers stand out */
const HIDE_ZERO = '0;-0;;@';

export interface CompareXlsxMeta {
  toolVersion: string;
}

const isBox = (s: string) => s !== NOT_MAPPED && s !== NOT_IN_ROSTER;

/** Row height for wrapped text in a cell (or merged cells) about `chars` characters wide. */
function lineHeight(text: string, chars: number): number {
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / chars)), 0);
  return 15 * lines + 3;
}

export async function writeCompareXlsx(path: string, ctx: CmpCtx, meta: CompareXlsxMeta, sink: FileSink = atomicSink({ lang: ctx.lang })): Promise<number> {
  const ExcelJS = (await import('exceljs')).default;
  const { result, lang } = ctx;
  const ui = COMPARE_UI;
  const t = (k: keyof typeof COMPARE_UI) => tr(ui[k], lang);
  const rowsNeeded = Math.max(
    result.pairs.reduce((n, p) => n + p.moves.length, 0),
    result.paths?.length ?? 0,
  );
  if (rowsNeeded >= MAX_SHEET_ROWS) {
    throw new Error(
      lang === 'en'
        ? 'More than 1,048,576 rows of moves: too many for one Excel sheet. Use the CSV files (--no-xlsx).'
        : 'Lebih dari 1.048.576 baris perpindahan: terlalu banyak untuk satu sheet Excel. Gunakan berkas CSV (--no-xlsx).',
    );
  }
  const runs = result.runs;
  const pairName = (p: Pair) => `${runs[p.from]!.label} → ${runs[p.to]!.label}`;

  let truncated = { cells: 0 };
  await sink.writeWith(path, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    truncated = limitCells(wb, lang);
    const last = runs
      .map((r) => r.asOf)
      .filter((d): d is string => d !== null)
      .sort()
      .pop();
    const fixed = last ? new Date(`${last}T00:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
    wb.creator = `talenta ${meta.toolVersion}`;
    wb.created = fixed;
    wb.modified = fixed;

    // ---- Ringkasan ----
    const ws = wb.addWorksheet(t('sheetSummary'), { pageSetup: PAGE_LANDSCAPE });
    // A labels · B, C profile / first pairs / first periods · D–G numbers · H the file path (overflows)
    ws.columns = [{ width: 36 }, { width: 32 }, { width: 26 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 70 }];
    const title = ws.addRow([`${t('title')}: ${runs.map((r) => r.label).join(' → ')}`]);
    title.font = { bold: true, size: 14 };
    title.commit();
    ws.addRow([]).commit();
    const heading = (text: string) => {
      const r = ws.addRow([text]);
      r.font = { bold: true, size: 12 };
      r.commit();
    };
    const headRow = (values: (string | number)[]) => {
      const r = ws.addRow(values);
      r.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      values.forEach((_, i) => (r.getCell(i + 1).fill = fill(HEADER_FILL)));
      r.alignment = { wrapText: true, vertical: 'top' };
      r.commit();
    };
    // inputs
    heading(t('inputs'));
    headRow([
      t('period'),
      lang === 'en' ? 'Profile' : 'Profil',
      lang === 'en' ? 'Reference date' : 'Tanggal acuan',
      t('format'),
      lang === 'en' ? 'Employees' : 'Pegawai',
      lang === 'en' ? 'Mapped' : 'Terpetakan',
      'Talent pool',
      t('file'),
    ]);
    for (const r of runs) {
      const row = ws.addRow([r.label, profileText(r.profile, lang), r.asOf ?? '–', r.format.toUpperCase(), r.employees, r.mapped, r.talentPool, r.file]);
      row.getCell(1).font = { bold: true };
      row.getCell(8).alignment = { indent: 1 };
      if (!r.profile) row.getCell(2).fill = fill(NOTE_FILL);
      row.commit();
    }
    ws.addRow([]).commit();

    // notes (profile first): a yellow band the reader cannot miss
    if (result.notes.length > 0) {
      heading(t('notes'));
      for (const n of [...result.notes].sort((a, b) => Number(b.code === 'PROFIL_BERBEDA') - Number(a.code === 'PROFIL_BERBEDA'))) {
        const text = `! ${noteText(n, lang)}`;
        const r = ws.addRow([text]);
        ws.mergeCells(r.number, 1, r.number, 7);
        r.getCell(1).fill = fill(NOTE_FILL);
        r.getCell(1).alignment = { wrapText: true, vertical: 'top' };
        r.height = lineHeight(text, 140);
        r.commit();
      }
      ws.addRow([]).commit();
    }

    // key numbers: one column per pair
    heading(t('keyNumbers'));
    headRow(['', ...result.pairs.map(pairName)]);
    const emp = lang === 'en' ? 'Employees (from → to)' : 'Pegawai (dari → ke)';
    const poolRow = lang === 'en' ? 'Talent pool (from → to)' : 'Talent pool (dari → ke)';
    const metrics: [string, (s: PairTotals) => string | number][] = [
      [emp, (s) => `${s.from} → ${s.to}`],
      [poolRow, (s) => `${s.poolFrom} → ${s.poolTo}`],
      [lang === 'en' ? 'Same box' : 'Kotak sama', (s) => s.same],
      [lang === 'en' ? 'Box up' : 'Naik kotak', (s) => s.up],
      [lang === 'en' ? 'Box down' : 'Turun kotak', (s) => s.down],
      [t('enteredPool'), (s) => s.enteredPool],
      [t('leftPool'), (s) => s.leftPool],
      [t('bigMoves'), (s) => s.bigMoves],
      [lang === 'en' ? 'Against the scores' : 'Berlawanan arah skor', (s) => s.againstDirection],
      [lang === 'en' ? 'Box changed, scores unchanged' : 'Kotak berubah, skor tetap', (s) => s.scoresUnchanged],
      [t('newInRoster'), (s) => s.newInRoster],
      [t('goneFromRoster'), (s) => s.goneFromRoster],
      [t('newlyMapped'), (s) => s.newlyMapped],
      [t('newlyNotMapped'), (s) => s.newlyNotMapped],
      [lang === 'en' ? 'Rules profile' : 'Profil aturan', () => ''],
    ];
    for (const [name, get] of metrics) {
      const isProfile = name === metrics[metrics.length - 1]![0];
      const values = result.pairs.map((p) =>
        isProfile
          ? p.profileChange === 'same'
            ? lang === 'en'
              ? 'same'
              : 'sama'
            : p.profileChange === 'changed'
              ? lang === 'en'
                ? 'CHANGED'
                : 'BERBEDA'
              : lang === 'en'
                ? 'unknown'
                : 'tidak diketahui'
          : get(p.totals),
      );
      const r = ws.addRow([name, ...values]);
      r.getCell(1).font = { bold: true };
      result.pairs.forEach((p, i) => {
        const c = r.getCell(i + 2);
        c.alignment = { horizontal: 'right' };
        c.border = BORDER;
        if (isProfile && p.profileChange !== 'same') c.fill = fill(NOTE_FILL);
        if (name === metrics[8]![0] && p.totals.againstDirection > 0) c.fill = fill(DOWN_FILL);
      });
      r.commit();
    }
    ws.addRow([]).commit();

    // employees per box in each period
    heading(t('boxesPerPeriod'));
    headRow([t('box'), ...runs.map((r) => r.label)]);
    for (const s of STATES.filter((x) => x !== NOT_IN_ROSTER)) {
      const name = isBox(s) ? `${t('box')} ${s}` : stateText(s, lang);
      const r = ws.addRow([name.charAt(0).toUpperCase() + name.slice(1), ...runs.map((run) => run.grid[s] ?? 0)]);
      if (isBox(s)) r.getCell(1).fill = fill(GROUP_FILL[COMPARE_GRID.group(Number(s))]);
      runs.forEach((_, i) => (r.getCell(i + 2).border = BORDER));
      r.commit();
    }
    const tot = ws.addRow([lang === 'en' ? 'Employees' : 'Pegawai', ...runs.map((r) => r.employees)]);
    tot.font = { bold: true };
    tot.commit();
    const pool = ws.addRow(['Talent pool', ...runs.map((r) => r.talentPool)]);
    pool.font = { bold: true };
    pool.commit();
    ws.commit();

    // ---- Matriks Transisi ----
    const mx = wb.addWorksheet(t('sheetMatrix'), { pageSetup: { ...PAGE_LANDSCAPE, fitToHeight: 0 } });
    mx.columns = [{ width: 24 }, ...STATES.map(() => ({ width: 7 })), { width: 9 }];
    result.pairs.forEach((pair, pi) => {
      const a = runs[pair.from]!;
      const b = runs[pair.to]!;
      const tr0 = mx.addRow([`${t('matrix')}: ${pairName(pair)}`]);
      tr0.font = { bold: true, size: 12 };
      tr0.commit();
      mx.addRow([`${tr(ui.matrixAxes, lang).replace('{from}', a.label).replace('{to}', b.label)}`]).commit();
      for (const n of result.notes.filter((x) => x.pair === pi)) {
        const text = `! ${noteText(n, lang)}`;
        const r = mx.addRow([text]);
        mx.mergeCells(r.number, 1, r.number, STATES.length + 2);
        r.getCell(1).fill = fill(NOTE_FILL);
        r.getCell(1).alignment = { wrapText: true, vertical: 'top' };
        r.height = lineHeight(text, 100);
        r.commit();
      }
      const head = mx.addRow([t('fromTo'), ...STATES.map((s) => (isBox(s) ? s : stateShort(s, lang))), t('total')]);
      head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      for (let c = 1; c <= STATES.length + 2; c++) {
        head.getCell(c).fill = fill(HEADER_FILL);
        head.getCell(c).alignment = { horizontal: c === 1 ? 'left' : 'center' };
      }
      head.commit();
      const colTotals = new Array<number>(STATES.length).fill(0);
      STATES.forEach((from, i) => {
        const counts = pair.matrix[i]!;
        counts.forEach((n, j) => (colTotals[j]! += n));
        const total = counts.reduce((x, y) => x + y, 0);
        const rowLabel = isBox(from) ? `${t('box')} ${from}` : from === NOT_IN_ROSTER ? t('notInRosterNew') : stateText(from, lang);
        const r = mx.addRow([rowLabel, ...counts.map((n, j) => (from === NOT_IN_ROSTER && STATES[j] === NOT_IN_ROSTER ? null : n)), total]);
        r.getCell(1).font = { bold: true };
        if (isBox(from)) r.getCell(1).fill = fill(GROUP_FILL[COMPARE_GRID.group(Number(from))]);
        counts.forEach((n, j) => {
          const c = r.getCell(j + 2);
          if (from === NOT_IN_ROSTER && STATES[j] === NOT_IN_ROSTER) return;
          c.numFmt = HIDE_ZERO;
          c.alignment = { horizontal: 'center' };
          c.border = BORDER;
          const to = STATES[j]!;
          if (i === j) c.fill = fill(DIAGONAL_FILL);
          else if (n > 0 && isBox(from) && isBox(to)) c.fill = fill(j < i ? UP_FILL : DOWN_FILL);
          else if (n > 0) c.fill = fill(OTHER_FILL);
          if (i === j || n > 0) c.font = { bold: i === j };
        });
        r.getCell(STATES.length + 2).font = { bold: true };
        r.getCell(STATES.length + 2).alignment = { horizontal: 'center' };
        r.commit();
      });
      const all = colTotals.reduce((x, y) => x + y, 0);
      const tr1 = mx.addRow([t('total'), ...colTotals, all]);
      tr1.font = { bold: true };
      for (let c = 2; c <= STATES.length + 2; c++) tr1.getCell(c).alignment = { horizontal: 'center' };
      tr1.commit();
      const legend = mx.addRow([t('matrixLegend')]);
      mx.mergeCells(legend.number, 1, legend.number, STATES.length + 2);
      legend.getCell(1).font = { italic: true, color: { argb: 'FF595959' } };
      legend.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      legend.height = 30;
      legend.commit();
      const gap = mx.addRow([]);
      // one matrix per printed page
      if (pi < result.pairs.length - 1) gap.addPageBreak();
      gap.commit();
    });
    mx.commit();

    // ---- tables ----
    const table = <R>(name: string, columns: CmpColumn<R>[], rows: Iterable<R>, colour?: (r: R) => Record<number, string>) => {
      const s = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_LANDSCAPE });
      s.pageSetup.printTitlesRow = '1:1';
      s.columns = columns.map((c) => (c.kind === 'number' ? { width: c.width, style: { numFmt: '0.00' } } : { width: c.width }));
      s.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      const head = s.addRow(columns.map((c) => c.header[lang]));
      head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      head.fill = fill(HEADER_FILL);
      head.alignment = { wrapText: true, vertical: 'top' };
      head.height = 32;
      head.commit();
      const centred = columns.flatMap((c, i) => (c.key === 'dari' || c.key === 'ke' || c.key === 'jarak' || /^kotak_\d+$/.test(c.key) ? [i + 1] : []));
      let n = 0;
      for (const r of rows) {
        const row = s.addRow(columns.map((c) => c.get(r, ctx)));
        for (const i of centred) row.getCell(i).alignment = { horizontal: 'center' };
        if (colour) for (const [i, argb] of Object.entries(colour(r))) row.getCell(Number(i) + 1).fill = fill(argb);
        row.commit();
        n++;
      }
      if (n === 0) s.addRow([tr(ui.none, lang)]).commit();
      s.commit();
    };
    const stateFill = (cols: CmpColumn<MoveRow>[]) => {
      const iFrom = cols.findIndex((c) => c.key === 'dari');
      const iTo = cols.findIndex((c) => c.key === 'ke');
      return (r: MoveRow) => {
        const out: Record<number, string> = {};
        if (isBox(r.move.from)) out[iFrom] = GROUP_FILL[COMPARE_GRID.group(Number(r.move.from))];
        if (isBox(r.move.to)) out[iTo] = GROUP_FILL[COMPARE_GRID.group(Number(r.move.to))];
        return out;
      };
    };
    const tag = (k: string) => tr(COMPARE_TAG_TEXT[k], lang, k);

    const poolCols = listColumns(kindColumn(lang === 'en' ? { id: 'Arah', en: 'Direction' } : { id: 'Arah', en: 'Direction' }, 22));
    table(
      t('sheetPool'),
      poolCols,
      result.pairs.flatMap((p) => [
        ...moveRows(
          [p],
          (x) => x.enteredPool,
          () => tag('MASUK_POOL'),
        ),
        ...moveRows(
          [p],
          (x) => x.leftPool,
          () => tag('KELUAR_POOL'),
        ),
      ]),
      stateFill(poolCols),
    );
    const jumpCols = listColumns(kindColumn({ id: 'Jenis', en: 'Kind' }, 26));
    table(
      t('sheetJumps'),
      jumpCols,
      result.pairs.flatMap((p) => {
        const seen = new Set<Move>();
        const both = [...p.bigMoves, ...p.againstDirection].filter((m) => (seen.has(m) ? false : (seen.add(m), true)));
        return moveRows(
          [p],
          () => both,
          (m) =>
            m.tags
              .filter((x) => x === 'PINDAH_2_KOTAK' || x === 'BERLAWANAN_ARAH')
              .map(tag)
              .join('; '),
        );
      }),
      stateFill(jumpCols),
    );
    const rosterCols = listColumns(kindColumn({ id: 'Perubahan', en: 'Change' }, 24));
    table(
      t('sheetRoster'),
      rosterCols,
      result.pairs.flatMap((p) => [
        ...moveRows(
          [p],
          (x) => x.newInRoster,
          () => tag('BARU_DI_ROSTER'),
        ),
        ...moveRows(
          [p],
          (x) => x.goneFromRoster,
          () => tag('KELUAR_DARI_ROSTER'),
        ),
        ...moveRows(
          [p],
          (x) => x.newlyMapped,
          () => tag('BARU_TERPETAKAN'),
        ),
        ...moveRows(
          [p],
          (x) => x.newlyNotMapped,
          () => tag('MENJADI_BELUM_TERPETAKAN'),
        ),
      ]),
      stateFill(rosterCols),
    );
    // every employee whose box or pool changed (the unchanged ones are in perpindahan.csv and Jalur)
    table(
      t('sheetAll'),
      MOVE_COLUMNS,
      moveRows(result.pairs, (p) => p.moves),
      stateFill(MOVE_COLUMNS),
    );

    if (result.paths && result.stuck) {
      const cols = pathColumns(result);
      const pathFill = (r: { states: string[] }) => {
        const out: Record<number, string> = {};
        r.states.forEach((s, i) => {
          if (isBox(s)) out[4 + i] = GROUP_FILL[COMPARE_GRID.group(Number(s))];
        });
        return out;
      };
      table(t('sheetPaths'), cols, result.paths, pathFill);
      table(t('sheetStuck'), cols, result.stuck, pathFill);
    }

    // ---- Metodologi ----
    const md = wb.addWorksheet(t('sheetMethod'), { pageSetup: PAGE_LANDSCAPE });
    md.columns = [{ width: 34 }, { width: 100 }];
    const kv = (k: string, v: string | number, bold = false) => {
      const r = md.addRow([k, v]);
      if (bold) r.font = { bold: true };
      r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      r.getCell(1).alignment = { vertical: 'top' };
      if (typeof v === 'string' && v !== '') r.height = lineHeight(v, 105);
      r.commit();
    };
    kv(lang === 'en' ? 'Run' : 'Proses', '', true);
    kv('talenta', `${meta.toolVersion} (compare)`);
    md.addRow([]).commit();
    kv(t('inputs'), '', true);
    runs.forEach((r, i) => {
      const labelFrom =
        r.labelFrom === 'option'
          ? '--label'
          : r.labelFrom === 'asOf'
            ? lang === 'en'
              ? 'reference date'
              : 'tanggal acuan'
            : r.labelFrom === 'path'
              ? lang === 'en'
                ? 'date in the path'
                : 'tanggal di nama berkas'
              : lang === 'en'
                ? 'file name'
                : 'nama berkas';
      kv(
        `${i + 1}. ${r.label}`,
        [
          `${r.file} (${r.format.toUpperCase()}) · SHA-256 ${r.sha256}`,
          `${lang === 'en' ? 'period from' : 'periode dari'}: ${labelFrom} · ${lang === 'en' ? 'reference date' : 'tanggal acuan'}: ${r.asOf ?? '–'}`,
          `${lang === 'en' ? 'profile' : 'profil'}: ${r.profile ? `${r.profile.id}${r.profile.version !== null ? ` v${r.profile.version}` : ''} · SHA-256 ${r.profile.hash ?? '–'}` : tr(ui.profileUnknown, lang)}`,
          `${r.employees} ${t('employees')} · ${r.mapped} ${t('mapped')} · ${r.notMapped} ${t('notMapped')} · talent pool ${r.talentPool}`,
        ].join('\n'),
      );
    });
    md.addRow([]).commit();
    kv(t('definitions'), '', true);
    for (const [k, v] of COMPARE_DEFINITIONS) kv(k[lang], v[lang]);
    if (result.notes.length > 0) {
      md.addRow([]).commit();
      kv(t('notes'), '', true);
      for (const n of result.notes) kv(n.code, noteText(n, lang));
    }
    md.commit();
    await wb.commit();
  });
  return truncated.cells;
}
