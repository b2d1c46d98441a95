/** What every workbook writer shares: Excel's sheet limit and the grid's colour fills (no writer imports another). */

/** Excel's row limit per sheet (header included). */
export const MAX_SHEET_ROWS = 1_048_576;

/** True when a table of `dataRows` rows and its header row do not fit on one sheet. */
export function overflowsSheet(dataRows: number, limit = MAX_SHEET_ROWS): boolean {
  return dataRows + 1 > limit;
}

/** Cell fill per colour group of the grid (the groups come from the profile: src/core/grid.ts). */
export const GROUP_FILL = { pool: 'FFC6EFCE', middle: 'FFFFEB9C', risk: 'FFFFC7CE' } as const;
