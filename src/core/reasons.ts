/** Why an employee is not mapped, or mapped but not in the talent pool: the codes, in report order. */

export const NOT_MAPPED_ORDER = ['NIP_TIDAK_VALID', 'NIP_GANDA', 'SKP_TIDAK_ADA', 'CACT_TIDAK_ADA', 'CACT_KEDALUWARSA', 'CACT_TANPA_TANGGAL'];
export const EXCLUSION_ORDER = ['TIDAK_AKTIF', 'HUKDIS', 'MENDEKATI_BUP', 'BUKAN_PNS', 'TIDAK_DIPERIKSA'];

/** Prefix of the note an employee in boxes 7–9 carries for each exclusion that could not be checked. */
export const UNCHECKED_NOTE = 'TIDAK_DIPERIKSA:';
