/** The import workbook of `talenta template` (exceljs, imported lazily). */
import type { TemplateModel } from '../core/template.js';
import { renameIntoPlace } from '../io/atomic.js';
import type { Lang } from '../i18n.js';
import { fill, HEADER_FILL } from './xlsx-style.js';

const ACCEPTED_SHEET = { id: 'Nilai yang diterima', en: 'Accepted values' };
const ACCEPTED_HEADERS = { id: ['Untuk', 'Kolom', 'Nilai'], en: ['For', 'Column', 'Value'] };

/** Write the template workbook to `path` (a temp file renamed into place). */
export async function writeTemplateXlsx(path: string, model: TemplateModel, lang: Lang): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const fixed = new Date('2020-01-01T00:00:00Z');
  wb.creator = 'talenta';
  wb.created = fixed;
  wb.modified = fixed;
  const header = (row: { font?: unknown; fill?: unknown; eachCell: (cb: (c: { font: unknown; fill: unknown }) => void) => void }) =>
    row.eachCell((c) => {
      c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      c.fill = fill(HEADER_FILL);
    });
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.headers.map((h, i) => ({
      header: h,
      width: Math.max(14, h.length + 4, String(s.example[i] ?? '').length + 2),
      // a NIP column is text: typed as a number, 18 digits lose their last ones
      ...(s.textColumns.includes(i) ? { style: { numFmt: '@' } } : {}),
    }));
    header(ws.getRow(1));
    ws.addRow(s.example.map((v) => (v === null ? '' : v)));
  }
  const acc = wb.addWorksheet(ACCEPTED_SHEET[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  acc.columns = ACCEPTED_HEADERS[lang].map((h, i) => ({ header: h, width: [40, 40, 30][i] }));
  header(acc.getRow(1));
  for (const a of model.accepted) for (const v of a.values) acc.addRow([a.what[lang], a.header, v]);
  await renameIntoPlace(path, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
  });
}
