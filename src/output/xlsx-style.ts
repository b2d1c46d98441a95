/** Styles every talenta workbook shares (report, comparison, audit sheets). */

export type Fill = { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
export const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Dark blue header rows with white bold text. */
export const HEADER_FILL = 'FF1F4E78';

/** Print on A4 landscape, one page wide. */
export const PAGE_LANDSCAPE = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;
