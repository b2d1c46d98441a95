/** Everything users read, in Indonesian (default) and English. Pure. */
import type { Issue, PerformanceLevel, PotentialLevel } from './core/types.js';

export type Lang = 'id' | 'en';

export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const v = (flag ?? env.TALENTA_LANG ?? 'id').toLowerCase();
  return v.startsWith('en') ? 'en' : 'id';
}

type T = { id: string; en: string };

export const POTENTIAL_LABEL: Record<PotentialLevel, T> = {
  TINGGI: { id: 'Tinggi', en: 'High' },
  MENENGAH: { id: 'Menengah', en: 'Medium' },
  RENDAH: { id: 'Rendah', en: 'Low' },
};

export const PERFORMANCE_LABEL: Record<PerformanceLevel, T> = {
  DI_ATAS: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  SESUAI: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  DI_BAWAH: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
};

/** The regulation's own terms, used as stable values in CSV and JSON. */
export const POTENTIAL_TERM: Record<PotentialLevel, string> = {
  TINGGI: 'Tinggi',
  MENENGAH: 'Menengah',
  RENDAH: 'Rendah',
};
export const PERFORMANCE_TERM: Record<PerformanceLevel, string> = {
  DI_ATAS: 'Di Atas Ekspektasi',
  SESUAI: 'Sesuai Ekspektasi',
  DI_BAWAH: 'Di Bawah Ekspektasi',
};

export const PREDIKAT_TERM: Record<string, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

export const JOB_LEVEL_LABEL: Record<string, T> = {
  PELAKSANA: { id: 'Pelaksana', en: 'Pelaksana (staff)' },
  PENGAWAS: { id: 'Pengawas', en: 'Pengawas (supervisor)' },
  ADMINISTRATOR: { id: 'Administrator', en: 'Administrator' },
  JPT_PRATAMA: { id: 'JPT Pratama', en: 'JPT Pratama' },
  JPT_MADYA: { id: 'JPT Madya', en: 'JPT Madya' },
  JF_PEMULA: { id: 'JF Pemula', en: 'JF Pemula' },
  JF_TERAMPIL: { id: 'JF Terampil', en: 'JF Terampil' },
  JF_MAHIR: { id: 'JF Mahir', en: 'JF Mahir' },
  JF_PENYELIA: { id: 'JF Penyelia', en: 'JF Penyelia' },
  JF_AHLI_PERTAMA: { id: 'JF Ahli Pertama', en: 'JF Ahli Pertama' },
  JF_AHLI_MUDA: { id: 'JF Ahli Muda', en: 'JF Ahli Muda' },
  JF_AHLI_MADYA: { id: 'JF Ahli Madya', en: 'JF Ahli Madya' },
  JF_AHLI_UTAMA: { id: 'JF Ahli Utama', en: 'JF Ahli Utama' },
};

export const REASON_TEXT: Record<string, T> = {
  NIP_TIDAK_VALID: { id: 'NIP tidak valid', en: 'invalid NIP' },
  NIP_GANDA: { id: 'NIP ganda dengan data berbeda', en: 'duplicate NIP with different data' },
  SKP_TIDAK_ADA: { id: 'tidak ada SKP pada jendela tahun', en: 'no SKP in the year window' },
  CACT_TIDAK_ADA: { id: 'tidak ada hasil CACT', en: 'no CACT result' },
  CACT_KEDALUWARSA: { id: 'hasil CACT kedaluwarsa', en: 'CACT result expired' },
  TIDAK_AKTIF: { id: 'kedudukan hukum tidak aktif', en: 'not in active status' },
  HUKDIS: { id: 'hukuman disiplin sedang/berat dalam 2 tahun', en: 'moderate/severe discipline within 2 years' },
  MENDEKATI_BUP: { id: 'mendekati batas usia pensiun', en: 'near retirement age' },
  BUKAN_PNS: { id: 'bukan PNS', en: 'not a PNS' },
};

export const AXIS_TEXT: Record<string, T> = {
  potential: { id: 'potensial', en: 'potential' },
  performance: { id: 'kinerja', en: 'performance' },
};

export const NOTE_TEXT: Record<string, T> = {
  SKP_SATU_TAHUN: { id: 'hanya satu tahun SKP', en: 'one SKP year only' },
  KOMPETENSI_DARI_SUB: { id: 'JPM kompetensi dari rata-rata sub-nilai', en: 'JPM kompetensi from the mean of its parts' },
  POTENSIAL_SATU_KOMPONEN: { id: 'potensial dari satu komponen saja', en: 'potential from one component only' },
  POTENSIAL_DARI_KATEGORI: { id: 'level potensial dari kategori CACT', en: 'potential level from the CACT category' },
  JPM_DI_ATAS_100: { id: 'JPM di atas 100 (tidak dipotong)', en: 'JPM above 100 (kept as is)' },
  CACT_KEDALUWARSA_DIPAKAI: { id: 'hasil CACT kedaluwarsa, tetap dipakai (profil)', en: 'CACT result expired, used anyway (profile)' },
  CACT_TANPA_TANGGAL: { id: 'tanggal tes CACT kosong', en: 'CACT test date missing' },
};

/** Issue message templates; `{name}` placeholders take the issue's params. */
const ISSUE_TEXT: Record<string, T> = {
  NIP_KOSONG: {
    id: 'NIP kosong; isi kolom NIP BARU (18 digit).',
    en: 'NIP is empty; fill in the NIP BARU column (18 digits).',
  },
  NIP_ANGKA: {
    id: 'NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; ekspor ulang kolom NIP sebagai teks (Format Cells → Text, atau awali dengan tanda \').',
    en: "NIP was stored as a number and lost its last digits; re-export the NIP column as text (Format Cells → Text, or prefix with ').",
  },
  NIP_FORMAT: { id: 'NIP harus 18 digit angka.', en: 'NIP must be 18 digits.' },
  NIP_TANGGAL_LAHIR: {
    id: 'Digit 1–8 NIP bukan tanggal lahir yang masuk akal (YYYYMMDD).',
    en: 'NIP digits 1–8 are not a plausible birth date (YYYYMMDD).',
  },
  NIP_TMT: {
    id: 'Digit 9–14 NIP bukan TMT CPNS yang masuk akal (YYYYMM).',
    en: 'NIP digits 9–14 are not a plausible TMT CPNS (YYYYMM).',
  },
  NIP_JENIS_KELAMIN: { id: 'Digit ke-15 NIP harus 1 atau 2.', en: 'NIP digit 15 must be 1 or 2.' },
  NIP_URUTAN: { id: 'Nomor urut NIP (digit 16–18) tidak boleh 000.', en: 'NIP sequence (digits 16–18) must not be 000.' },
  NIP_GANDA: {
    id: 'NIP sama muncul di baris lain dengan data berbeda (baris {rows}); kedua baris tidak dipetakan. Perbaiki roster.',
    en: 'The same NIP appears on another row with different data (rows {rows}); neither is mapped. Fix the roster.',
  },
  NIP_GANDA_IDENTIK: {
    id: 'Baris ini sama persis dengan baris {row}; dihitung satu pegawai.',
    en: 'This row is identical to row {row}; counted as one employee.',
  },
  NIP_TIDAK_DI_ROSTER: {
    id: 'NIP di tabel {table} tidak ada di roster; baris diabaikan.',
    en: 'NIP in the {table} table is not in the roster; row ignored.',
  },
  TAHUN_TIDAK_VALID: { id: 'Tahun SKP tidak terbaca.', en: 'SKP year cannot be read.' },
  PREDIKAT_TIDAK_DIKENAL: {
    id: 'Predikat kinerja tidak dikenal; gunakan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang. Tahun {year} dianggap tidak ada.',
    en: 'Unknown predikat; use Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang. Year {year} counts as absent.',
  },
  RATING_TIDAK_DIKENAL: {
    id: 'Rating tidak dikenal; gunakan Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi. Tahun {year} dianggap tidak ada.',
    en: 'Unknown rating; use Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi. Year {year} counts as absent.',
  },
  NILAI_SKP_TIDAK_VALID: {
    id: 'Nilai SKP bukan angka. Tahun {year} dianggap tidak ada.',
    en: 'SKP value is not a number. Year {year} counts as absent.',
  },
  NILAI_SKP_DI_LUAR_SKALA: {
    id: 'Nilai SKP di luar skala {era} ({min}–{max}). Tahun {year} dianggap tidak ada.',
    en: 'SKP value outside the {era} scale ({min}–{max}). Year {year} counts as absent.',
  },
  SKP_KOSONG: {
    id: 'Baris SKP tanpa predikat, rating maupun nilai (tahun {year}).',
    en: 'SKP row without predikat, ratings or value (year {year}).',
  },
  SKP_GANDA: {
    id: 'SKP tahun {year} ganda untuk NIP ini; dipakai predikat yang lebih rendah (baris {used}).',
    en: 'Duplicate SKP for year {year}; the worse predikat is used (row {used}).',
  },
  JPM_TIDAK_VALID: {
    id: 'Nilai JPM bukan angka antara 0 dan 200; nilai diabaikan.',
    en: 'JPM value is not a number between 0 and 200; ignored.',
  },
  JPM_DI_ATAS_100: {
    id: 'JPM di atas 100; dipakai apa adanya (tidak dipotong).',
    en: 'JPM above 100; used as is (not clamped).',
  },
  KATEGORI_TIDAK_DIKENAL: {
    id: 'Kategori CACT tidak dikenal; gunakan Optimal, Cukup Optimal, Kurang Optimal, MS, MMS atau KMS.',
    en: 'Unknown CACT category; use Optimal, Cukup Optimal, Kurang Optimal, MS, MMS or KMS.',
  },
  TANGGAL_TES_TIDAK_VALID: {
    id: 'Tanggal tes CACT tidak terbaca (contoh yang diterima: 2025-03-17, 17/03/2025, 17 Maret 2025).',
    en: 'CACT test date cannot be read (accepted e.g. 2025-03-17, 17/03/2025, 17 Maret 2025).',
  },
  TANGGAL_TES_MASA_DEPAN: {
    id: 'Tanggal tes CACT sesudah tanggal acuan ({asOf}); periksa tanggal atau --as-of.',
    en: 'CACT test date is after the reference date ({asOf}); check the date or --as-of.',
  },
  CACT_KOSONG: { id: 'Baris CACT tanpa nilai apa pun.', en: 'CACT row without any value.' },
  CACT_GANDA: {
    id: 'Lebih dari satu hasil CACT untuk NIP ini; dipakai tes terbaru (baris {used}).',
    en: 'More than one CACT result for this NIP; the latest test is used (row {used}).',
  },
  HUKDIS_TINGKAT_TIDAK_DIKENAL: {
    id: 'Tingkat hukuman tidak dikenal; gunakan Ringan, Sedang atau Berat.',
    en: 'Unknown penalty level; use Ringan, Sedang or Berat.',
  },
  HUKDIS_TMT_TIDAK_VALID: {
    id: 'TMT hukuman tidak terbaca; baris hukdis tidak dapat dinilai.',
    en: 'Penalty date cannot be read; the row cannot be evaluated.',
  },
  TANGGAL_LAHIR_TIDAK_VALID: {
    id: 'Tanggal lahir tidak terbaca; dipakai tanggal lahir dari NIP.',
    en: 'Birth date cannot be read; the birth date in the NIP is used.',
  },
  BUP_TIDAK_VALID: {
    id: 'BUP harus bilangan bulat 40–80; dipakai BUP menurut jabatan.',
    en: 'BUP must be a whole number 40–80; the BUP by position is used.',
  },
  KOTAK_HULU_TIDAK_VALID: {
    id: 'Kotak dari sumber hulu (mis. SIMATA) harus angka 1–9; baris tidak direkonsiliasi.',
    en: 'The upstream box (e.g. SIMATA) must be a number 1–9; row not reconciled.',
  },
  TABEL_TIDAK_DIKENALI: {
    id: 'Tabel tidak dikenali sebagai roster, CACT, SKP atau hukdis; diabaikan. Header: {headers}',
    en: 'Table not recognised as roster, CACT, SKP or hukdis; ignored. Headers: {headers}',
  },
  TABEL_TANPA_HEADER: {
    id: 'Tidak ditemukan baris header yang dikenal pada 30 baris pertama; tabel diabaikan.',
    en: 'No known header row in the first 30 rows; table ignored.',
  },
  BARIS_KOLOM_KURANG: {
    id: 'Baris ini berisi {fields} kolom, padahal tabel {expected} kolom; kolom yang tidak ada dibaca kosong. Periksa pemisah {delimiter} atau tanda kutip yang hilang pada baris ini, atau simpan ulang berkas dari Excel.',
    en: 'This row has {fields} fields but the table has {expected}; the missing fields are read as empty. Check for a missing {delimiter} separator or quote on this row, or save the file again from Excel.',
  },
  BARIS_KOLOM_LEBIH: {
    id: 'Baris ini berisi {fields} kolom, padahal tabel {expected} kolom; nilai sesudah pemisah yang berlebih bergeser ke kolom lain. Nilai yang memuat pemisah {delimiter} harus diapit tanda kutip ganda ("…"); perbaiki baris ini atau simpan ulang berkas dari Excel.',
    en: 'This row has {fields} fields but the table has {expected}; values after the extra separator are shifted into other columns. A value that contains the {delimiter} separator must be enclosed in double quotes ("…"); fix this row or save the file again from Excel.',
  },
  CSV_KUTIP_TIDAK_DITUTUP: {
    id: 'Tanda kutip ganda (") membuka sebuah nilai tetapi tidak pernah ditutup; tanda kutip itu dibaca sebagai huruf biasa. Hapus tanda kutip tersebut atau tutup nilainya dengan tanda kutip kedua.',
    en: 'A double quote (") opens a value that is never closed; the quote is read as a plain character. Remove the quote or close the value with a second quote.',
  },
  ENCODING_BUKAN_UTF8: {
    id: 'Berkas ini bukan UTF-8 yang sah (byte tidak sah pertama pada baris teks {line}); berkas dibaca sebagai Windows-1252 (CSV dari Excel di Windows). Bila huruf tampak salah, sebutkan encoding-nya dengan --encoding; --encoding windows-1252 menghilangkan peringatan ini.',
    en: 'This file is not valid UTF-8 (first invalid byte on text line {line}); it was read as Windows-1252 (CSV from Excel on Windows). If letters look wrong, name the encoding with --encoding; --encoding windows-1252 silences this warning.',
  },
  ENCODING_KARAKTER_RUSAK: {
    id: 'Berkas ditandai UTF-8 tetapi berisi byte yang bukan UTF-8 (pertama pada baris teks {line}); huruf tersebut diganti dengan �. Simpan ulang berkas sebagai "CSV UTF-8", atau coba --encoding windows-1252.',
    en: 'The file is marked UTF-8 but holds bytes that are not UTF-8 (first on text line {line}); those letters were replaced by �. Save the file again as "CSV UTF-8", or try --encoding windows-1252.',
  },
  SEL_GALAT: {
    id: 'Sel berisi galat Excel ({value}); dibaca kosong. Perbaiki rumusnya (mis. VLOOKUP yang tidak menemukan data) atau isi nilainya, lalu simpan ulang.',
    en: 'The cell holds an Excel error ({value}); read as empty. Fix the formula (e.g. a VLOOKUP that found nothing) or fill in the value, then save again.',
  },
  SEL_RUMUS_TANPA_HASIL: {
    id: 'Sel berisi rumus tanpa hasil tersimpan (berkas dibuat oleh program yang tidak menghitung rumus); dibaca kosong. Buka berkas di Excel atau LibreOffice lalu simpan ulang agar hasilnya tersimpan.',
    en: 'The cell holds a formula without a stored result (the file was written by a program that does not calculate); read as empty. Open the file in Excel or LibreOffice and save it again so that the results are stored.',
  },
  SHEET_TERSEMBUNYI: {
    id: 'Sheet ini tersembunyi di Excel, tetapi tetap dibaca seperti sheet lain. Hapus sheet tersebut bila datanya tidak boleh ikut dihitung.',
    en: 'This sheet is hidden in Excel but is read like any other sheet. Delete it if its data must not be counted.',
  },
};

export function issueMessage(issue: Issue, lang: Lang): string {
  const t = ISSUE_TEXT[issue.code];
  if (!t) return issue.code;
  return t[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(issue.params?.[k] ?? ''));
}

export function tr(t: T | undefined, lang: Lang, fallback = ''): string {
  return t ? t[lang] : fallback;
}

/** Labels of the outputs (sheet names, headers, terminal). */
export const UI = {
  sheetSummary: { id: 'Ringkasan', en: 'Summary' },
  sheetPool: { id: 'Talent Pool', en: 'Talent pool' },
  sheetAll: { id: 'Semua Pegawai', en: 'All employees' },
  sheetIssues: { id: 'Masalah Data', en: 'Data problems' },
  title: { id: 'Peta Talenta ASN (kotak talenta 9-box)', en: 'ASN talent map (9-box)' },
  performanceAxis: { id: 'Kinerja', en: 'Performance' },
  potentialAxis: { id: 'Potensial', en: 'Potential' },
  box: { id: 'Kotak', en: 'Box' },
  count: { id: 'Jumlah', en: 'Count' },
  share: { id: 'Persentase', en: 'Share' },
  mapped: { id: 'Terpetakan', en: 'Mapped' },
  notMapped: { id: 'Belum terpetakan', en: 'Not mapped' },
  talentPool: { id: 'Talent pool (KRS)', en: 'Talent pool (succession)' },
  employees: { id: 'Pegawai', en: 'Employees' },
  asOf: { id: 'Tanggal acuan', en: 'Reference date' },
  skpYears: { id: 'Tahun SKP', en: 'SKP years' },
  profile: { id: 'Profil', en: 'Profile' },
  reason: { id: 'Alasan', en: 'Reason' },
  dataProblems: { id: 'Masalah data', en: 'Data problems' },
  excluded: { id: 'Kotak 7–9 dikecualikan dari talent pool', en: 'Boxes 7–9 excluded from the talent pool' },
  topPool: { id: 'Talent pool teratas', en: 'Top of the talent pool' },
  noPool: { id: 'Talent pool kosong.', en: 'The talent pool is empty.' },
  wrote: { id: 'Laporan ditulis ke', en: 'Report written to' },
  outputDefault: { id: 'Folder keluaran (bawaan)', en: 'Output folder (default)' },
} satisfies Record<string, T>;
