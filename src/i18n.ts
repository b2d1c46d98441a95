/** Everything users read, in Indonesian (default) and English. Pure. */
import type { ExclusionCode, FixedNoteCode, Issue, IssueCode, PerformanceLevel, PotentialLevel, ReasonCode, Severity } from './core/types.js';

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

export const REASON_TEXT: Record<ReasonCode, T> = {
  NIP_TIDAK_VALID: { id: 'NIP tidak valid', en: 'invalid NIP' },
  NIP_GANDA: { id: 'NIP ganda dengan data berbeda', en: 'duplicate NIP with different data' },
  SKP_TIDAK_ADA: { id: 'tidak ada SKP pada jendela tahun', en: 'no SKP in the year window' },
  CACT_TIDAK_ADA: { id: 'tidak ada hasil CACT', en: 'no CACT result' },
  CACT_KEDALUWARSA: { id: 'hasil CACT kedaluwarsa', en: 'CACT result expired' },
  TIDAK_AKTIF: { id: 'kedudukan hukum tidak aktif', en: 'not in active status' },
  HUKDIS: { id: 'hukuman disiplin sedang/berat dalam 2 tahun', en: 'moderate/severe discipline within 2 years' },
  MENDEKATI_BUP: { id: 'mendekati batas usia pensiun', en: 'near retirement age' },
  BUKAN_PNS: { id: 'bukan PNS', en: 'not a PNS' },
  CACT_TANPA_TANGGAL: { id: 'hasil CACT tanpa tanggal tes (masa berlaku tidak dapat diperiksa)', en: 'CACT result without a test date (validity cannot be checked)' },
  TIDAK_DIPERIKSA: { id: 'syarat talent pool tidak dapat diperiksa (data tidak ada)', en: 'a talent-pool condition cannot be checked (data missing)' },
};

export const AXIS_TEXT: Record<string, T> = {
  potential: { id: 'potensial', en: 'potential' },
  performance: { id: 'kinerja', en: 'performance' },
};

export const NOTE_TEXT: Record<FixedNoteCode | `TIDAK_DIPERIKSA:${Exclude<ExclusionCode, 'TIDAK_DIPERIKSA'>}`, T> = {
  SKP_SATU_TAHUN: { id: 'hanya satu tahun SKP', en: 'one SKP year only' },
  KOMPETENSI_DARI_SUB: { id: 'JPM kompetensi dari rata-rata sub-nilai', en: 'JPM kompetensi from the mean of its parts' },
  POTENSIAL_SATU_KOMPONEN: { id: 'potensial dari satu komponen saja', en: 'potential from one component only' },
  POTENSIAL_DARI_KATEGORI: { id: 'level potensial dari kategori CACT', en: 'potential level from the CACT category' },
  JPM_DI_ATAS_100: { id: 'JPM di atas 100 (tidak dipotong)', en: 'JPM above 100 (kept as is)' },
  CACT_KEDALUWARSA_DIPAKAI: { id: 'hasil CACT kedaluwarsa, tetap dipakai (profil)', en: 'CACT result expired, used anyway (profile)' },
  CACT_TANPA_TANGGAL: { id: 'tanggal tes CACT kosong', en: 'CACT test date missing' },
  CACT_DIGABUNG: { id: 'hasil CACT digabung dari beberapa sheet/berkas (NIP dan tanggal tes sama)', en: 'CACT result merged from several sheets/files (same NIP and test date)' },
  STATUS_DARI_NIP: { id: 'PNS/PPPK dibaca dari digit 13–14 NIP (jenis pegawai kosong)', en: 'PNS/PPPK read from NIP digits 13–14 (jenis pegawai empty)' },
  SKP_DARI_PERIODIK: { id: 'SKP satu tahun dari baris periodik terakhir (tanpa SKP tahunan)', en: 'one SKP year from its latest periodic row (no annual SKP)' },
  'TIDAK_DIPERIKSA:TIDAK_AKTIF': { id: 'TIDAK_AKTIF tidak diperiksa: kedudukan hukum tidak ada', en: 'TIDAK_AKTIF not checked: kedudukan hukum missing' },
  'TIDAK_DIPERIKSA:HUKDIS': { id: 'HUKDIS tidak diperiksa: tidak ada tabel hukuman disiplin', en: 'HUKDIS not checked: no disciplinary table' },
  'TIDAK_DIPERIKSA:MENDEKATI_BUP': { id: 'MENDEKATI_BUP tidak diperiksa: tanggal lahir tidak ada', en: 'MENDEKATI_BUP not checked: birth date missing' },
  'TIDAK_DIPERIKSA:BUKAN_PNS': { id: 'BUKAN_PNS tidak diperiksa: jenis pegawai tidak ada', en: 'BUKAN_PNS not checked: jenis pegawai missing' },
};

/** What a field feeds, for `talenta validate`'s list of fields not found. */
export const FIELD_USE_TEXT: Record<string, T> = {
  LAPORAN: { id: 'laporan', en: 'reports' },
  MENDEKATI_BUP: { id: 'MENDEKATI_BUP (pengganti: digit 1–8 NIP)', en: 'MENDEKATI_BUP (stand-in: NIP digits 1–8)' },
  BUKAN_PNS: { id: 'BUKAN_PNS (pengganti: digit 13–14 NIP)', en: 'BUKAN_PNS (stand-in: NIP digits 13–14)' },
  TIDAK_AKTIF: { id: 'TIDAK_AKTIF', en: 'TIDAK_AKTIF' },
  JENJANG: { id: 'jenjang jabatan dan target', en: 'job level and target' },
  PERINGKAT_UNIT: { id: 'peringkat dalam unit', en: 'rank within the unit' },
  SKOR_POTENSIAL: { id: 'skor potensial', en: 'potential score' },
  CACT_KEDALUWARSA: { id: 'CACT_KEDALUWARSA (masa berlaku)', en: 'CACT_KEDALUWARSA (validity)' },
  SKOR_KINERJA: { id: 'skor kinerja (atau rating, atau nilai lama)', en: 'performance score (or the ratings, or a legacy value)' },
  SKP_PERIODIK: { id: 'SKP tahunan vs periodik', en: 'annual vs periodic SKP' },
};

/** Issue message templates; `{name}` placeholders take the issue's params. */
const READER_ISSUE_TEXT = {
  NIP_KOSONG: {
    id: 'NIP kosong; isi kolom NIP BARU (18 digit).',
    en: 'NIP is empty; fill in the NIP BARU column (18 digits).',
  },
  NIP_ANGKA: {
    id: "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; ekspor ulang kolom NIP sebagai teks (Format Cells → Text, atau awali dengan tanda ').",
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
    id: 'NIP ini muncul di {count} baris dengan data berbeda (baris lain: {rows}); tidak satu pun dipetakan. Perbaiki roster.',
    en: 'This NIP appears on {count} rows with different data (other rows: {rows}); none of them is mapped. Fix the roster.',
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
    id: 'Lebih dari satu hasil CACT untuk NIP ini; dipakai tes terbaru ({usedAt}).',
    en: 'More than one CACT result for this NIP; the latest test is used ({usedAt}).',
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
  ESELON_TIDAK_DIKENAL: {
    id: 'Eselon tidak dikenal; nilai yang diterima: {accepted}. Jenjang jabatan tidak dapat ditentukan dari eselon.',
    en: 'Unknown eselon; accepted: {accepted}. The job level cannot be read from it.',
  },
  JENIS_JABATAN_TIDAK_DIKENAL: {
    id: 'Jenis jabatan tidak dikenal; nilai yang diterima: {accepted}.',
    en: 'Unknown jenis jabatan; accepted: {accepted}.',
  },
  GOLONGAN_TIDAK_DIKENAL: {
    id: 'Golongan tidak dikenal; nilai yang diterima: {accepted}.',
    en: 'Unknown golongan; accepted: {accepted}.',
  },
  KEDUDUKAN_HUKUM_TIDAK_DIKENAL: {
    id: 'Kedudukan hukum tidak dikenal (dianggap tidak Aktif); nilai yang diterima: {accepted}.',
    en: 'Unknown kedudukan hukum (treated as not Aktif); accepted: {accepted}.',
  },
  JENIS_PEGAWAI_TIDAK_DIKENAL: {
    id: 'Jenis pegawai tidak dikenal (dianggap bukan PNS); nilai yang diterima: {accepted}.',
    en: 'Unknown jenis pegawai (treated as not PNS); accepted: {accepted}.',
  },
  TABEL_TANPA_DATA: {
    id: 'Tabel ({roles}) hanya berisi baris header, tanpa baris data; ekspor ulang beserta datanya.',
    en: 'Table ({roles}) has a header row only, no data rows; export it again with its data.',
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
    id: 'Sel berisi galat Excel (#N/A, #REF!, #VALUE!, …) atau rumus yang hasilnya galat; dibaca kosong. Perbaiki rumusnya (mis. VLOOKUP yang tidak menemukan data) atau isi nilainya, lalu simpan ulang.',
    en: 'The cell holds an Excel error (#N/A, #REF!, #VALUE!, …) or a formula whose result is an error; read as empty. Fix the formula (e.g. a VLOOKUP that found nothing) or fill in the value, then save again.',
  },
  SEL_RUMUS_TANPA_HASIL: {
    id: 'Sel berisi rumus tanpa hasil tersimpan (berkas dibuat oleh program yang tidak menghitung rumus); dibaca kosong. Buka berkas di Excel atau LibreOffice lalu simpan ulang agar hasilnya tersimpan.',
    en: 'The cell holds a formula without a stored result (the file was written by a program that does not calculate); read as empty. Open the file in Excel or LibreOffice and save it again so that the results are stored.',
  },
  TABEL_TANPA_NIP: {
    id: 'Tabel ini diberikan sebagai {role}, tetapi tidak ditemukan header NIP; tabel diabaikan. Header NIP yang diterima: {accepted}. Header yang ada: {headers}',
    en: 'This table was given as {role}, but no NIP header was found; the table is ignored. Accepted NIP headers: {accepted}. Headers found: {headers}',
  },
  KOLOM_TAHUN_TIDAK_ADA: {
    id: 'Tabel SKP ini tidak punya kolom tahun; {count} baris tidak dapat dipakai. Header yang diterima: {accepted}.',
    en: 'This SKP table has no year column; {count} rows cannot be used. Accepted headers: {accepted}.',
  },
  NIP_DENGAN_NAMA: {
    id: 'Sel NIP juga memuat nama; dibaca NIP {nip}. Pisahkan NIP dan nama ke kolom sendiri.',
    en: 'The NIP cell also holds the name; NIP {nip} is read. Put the NIP and the name in columns of their own.',
  },
  PREDIKAT_DARI_RATING: {
    id: 'Predikat tidak dikenal; tahun {year} memakai predikat dari kedua rating menurut matriks PermenPANRB 6/2022: {predikat}.',
    en: 'Unknown predikat; year {year} uses the predikat of the two ratings by the PermenPANRB 6/2022 matrix: {predikat}.',
  },
  JENJANG_TIDAK_DIKENAL: {
    id: 'Jenjang jabatan tidak dikenal (contoh yang diterima: Pelaksana, Pengawas, Administrator, JPT Pratama, JPT Madya, Ahli Pertama … Ahli Utama, Pemula … Penyelia); jenjang dibaca dari eselon dan jabatan.',
    en: 'Unknown job level (accepted e.g. Pelaksana, Pengawas, Administrator, JPT Pratama, JPT Madya, Ahli Pertama … Ahli Utama, Pemula … Penyelia); the level is read from the eselon and position.',
  },
  ROSTER_TAHUN_TERAKHIR: {
    id: 'Ekspor e-Kinerja dipakai sebagai roster: satu baris per NIP dan tahun; tiap pegawai dibaca dari baris tahun terakhirnya ({count} baris tahun sebelumnya digabung, tidak dihitung NIP ganda).',
    en: 'An e-Kinerja export is used as the roster: one row per NIP and year; each employee is read from their latest year ({count} rows of earlier years merged, not counted as duplicate NIPs).',
  },
  HEADER_GANDA: {
    id: 'Dua kolom bernama "{header}" (kolom {used} dan {ignored}); yang dibaca kolom {used}, kolom {ignored} diabaikan. Hapus atau ganti nama salah satunya.',
    en: 'Two columns are named "{header}" (columns {used} and {ignored}); column {used} is read, column {ignored} is ignored. Delete or rename one of them.',
  },
  KOLOM_ATURAN_TIDAK_ADA: {
    id: 'Tabel ini tidak punya kolom {field}, sehingga syarat talent pool {rule} tidak dapat diperiksa; pegawai kotak 7–9 diberi catatan TIDAK_DIPERIKSA:{rule}. Header yang diterima: {accepted}.',
    en: 'This table has no {field} column, so the talent-pool condition {rule} cannot be checked; employees in boxes 7–9 carry the note TIDAK_DIPERIKSA:{rule}. Accepted headers: {accepted}.',
  },
  KOLOM_STATUS_DARI_NIP: {
    id: 'Tabel ini tidak punya kolom {field}; untuk syarat {rule}, PNS atau PPPK dibaca dari digit 13–14 NIP (bulan 01–12 = PNS, kode lain = PPPK) dan dicatat STATUS_DARI_NIP. Header yang diterima: {accepted}.',
    en: 'This table has no {field} column; for the {rule} condition, PNS or PPPK is read from NIP digits 13–14 (month 01–12 = PNS, another code = PPPK) and noted STATUS_DARI_NIP. Accepted headers: {accepted}.',
  },
  KOLOM_LAHIR_DARI_NIP: {
    id: 'Tabel ini tidak punya kolom {field}; untuk syarat {rule}, tanggal lahir dibaca dari digit 1–8 NIP. Header yang diterima: {accepted}.',
    en: 'This table has no {field} column; for the {rule} condition, the birth date is read from NIP digits 1–8. Accepted headers: {accepted}.',
  },
  TABEL_HUKDIS_TIDAK_ADA: {
    id: 'Tidak ada tabel hukuman disiplin, sehingga syarat talent pool HUKDIS tidak dapat diperiksa; pegawai kotak 7–9 diberi catatan TIDAK_DIPERIKSA:HUKDIS. Sertakan tabel hukdis (header: {accepted}), walau hanya baris header bila memang tidak ada hukuman.',
    en: 'No disciplinary (hukdis) table, so the talent-pool condition HUKDIS cannot be checked; employees in boxes 7–9 carry the note TIDAK_DIPERIKSA:HUKDIS. Add a hukdis table (headers: {accepted}), with the header row only if there are no penalties.',
  },
  TANGGAL_HANYA_TAHUN: {
    id: 'Tanggal hanya berisi tahun; dibaca sebagai {date} (profil inputRules.yearOnlyDate). Isi tanggal lengkap bila diketahui.',
    en: 'The date holds a year only; read as {date} (profile inputRules.yearOnlyDate). Fill in the full date when known.',
  },
  KOLOM_ESELON_TIDAK_ADA: {
    id: '{count} pegawai berjabatan struktural, tetapi tabel ini tidak punya kolom eselon; jenjang jabatan mereka (dan BUP JPT) tidak dapat ditentukan. Header yang diterima: {accepted}.',
    en: '{count} employees hold a structural position, but this table has no eselon column; their job level (and the JPT BUP) cannot be determined. Accepted headers: {accepted}.',
  },
  KOLOM_TANGGAL_TES_TIDAK_ADA: {
    id: 'Tabel CACT ini tidak punya kolom tanggal tes: masa berlaku hasil {count} baris tidak dapat diperiksa (profil inputRules.undatedCact = {choice}: useWithNote = dipakai dengan catatan, notMapped = tidak dipetakan). Header yang diterima: {accepted}.',
    en: 'This CACT table has no test-date column: the validity of {count} rows cannot be checked (profile inputRules.undatedCact = {choice}: useWithNote = used with a note, notMapped = not mapped). Accepted headers: {accepted}.',
  },
  TANGGAL_TES_KOSONG: {
    id: '{count} baris CACT tanpa tanggal tes: masa berlakunya tidak dapat diperiksa (profil inputRules.undatedCact = {choice}: useWithNote = dipakai dengan catatan, notMapped = tidak dipetakan).',
    en: '{count} CACT rows without a test date: their validity cannot be checked (profile inputRules.undatedCact = {choice}: useWithNote = used with a note, notMapped = not mapped).',
  },
  SKP_PERIODIK_DIABAIKAN: {
    id: '{count} baris SKP periodik (bulanan/triwulanan) diabaikan; SKP tahunan yang menentukan tahunnya.',
    en: '{count} periodic (monthly/quarterly) SKP rows ignored; the annual SKP decides the year.',
  },
  SKP_HANYA_PERIODIK: {
    id: 'Tahun {year} hanya punya SKP periodik, tanpa SKP tahunan; tahun itu dianggap tidak ada (profil inputRules.periodicOnlyYear = absent).',
    en: 'Year {year} has periodic SKP rows only, no annual SKP; the year counts as absent (profile inputRules.periodicOnlyYear = absent).',
  },
  SKP_DARI_PERIODIK: {
    id: 'Tahun {year} hanya punya SKP periodik; dipakai predikat periode terakhir, baris ini (profil inputRules.periodicOnlyYear = latestPeriod).',
    en: "Year {year} has periodic SKP rows only; the latest period's predikat is used, this row (profile inputRules.periodicOnlyYear = latestPeriod).",
  },
  SHEET_TERSEMBUNYI: {
    id: 'Sheet ini tersembunyi di Excel, tetapi tetap dibaca seperti sheet lain. Hapus sheet tersebut bila datanya tidak boleh ikut dihitung.',
    en: 'This sheet is hidden in Excel but is read like any other sheet. Delete it if its data must not be counted.',
  },
} satisfies Record<string, T>;

/** A code's text from a table, or the code itself when it is not one (a result read back from an older version). */
function lookup<C extends string>(table: Record<C, T>, code: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code as C] : undefined;
}

/** A not-mapped reason or a talent-pool exclusion (and not another rule's code). */
export function isReasonCode(code: string): code is ReasonCode {
  return lookup(REASON_TEXT, code) !== undefined;
}

/** The text of a not-mapped reason or a talent-pool exclusion. */
export function reasonText(code: string, lang: Lang): string {
  return lookup(REASON_TEXT, code)?.[lang] ?? code;
}

/** The text of a note; `KOMPONEN_DEFAULT:<id>` names its component. */
export function noteText(code: string, lang: Lang): string {
  if (code.startsWith(COMPONENT_DEFAULT_NOTE)) return fillText(COMPONENT_DEFAULT_TEXT[lang], { id: code.slice(COMPONENT_DEFAULT_NOTE.length) });
  return lookup(NOTE_TEXT, code)?.[lang] ?? code;
}

const COMPONENT_DEFAULT_NOTE = 'KOMPONEN_DEFAULT:';
const COMPONENT_DEFAULT_TEXT: T = {
  id: 'komponen potensial {id} tanpa nilai terbaca; dipakai skor bawaan (missing) profil',
  en: "potential component {id} had no readable value; the profile's default (missing) score is used",
};

/** What a message needs of a finding: its code (any string: one read back may be unknown) and its values. */
type Finding = Pick<Issue, 'params'> & { code: string };

export function issueMessage(issue: Finding, lang: Lang): string {
  const t = lookup(ISSUE_TEXT, issue.code);
  if (!t) return issue.code;
  return t[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(issue.params?.[k] ?? ''));
}

/**
 * The message of a group of findings of one code: a value that differs between the examples
 * (a row number, a year) is shown as `…`, so the first example's values are not repeated as if
 * they were every example's.
 */
export function groupMessage(examples: Finding[], lang: Lang): string {
  const first = examples[0];
  if (!first) return '';
  const t = lookup(ISSUE_TEXT, first.code);
  if (!t) return first.code;
  return t[lang].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = first.params?.[k];
    return examples.every((i) => i.params?.[k] === v) ? String(v ?? '') : '…';
  });
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
  unchecked: {
    id: 'Kotak 7–9 dengan syarat talent pool yang tidak dapat diperiksa (data tidak ada; periksa manual)',
    en: 'Boxes 7–9 with a talent-pool condition that could not be checked (data missing; check by hand)',
  },
  topPool: { id: 'Talent pool teratas', en: 'Top of the talent pool' },
  noPool: { id: 'Talent pool kosong.', en: 'The talent pool is empty.' },
  wrote: { id: 'Laporan ditulis ke', en: 'Report written to' },
  outputDefault: { id: 'Folder keluaran (bawaan)', en: 'Output folder (default)' },
} satisfies Record<string, T>;

/** The words of a finding's severity as people read them (the CSV/JSON keep error/warning/info). */
export const SEVERITY_WORD: Record<Severity, T> = {
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
};

/** Words of `talenta classify` on the terminal, one table per language. */
export const TERMINAL_WORDS: Record<Lang, Record<'name' | 'target' | 'score' | 'performance' | 'potential' | 'reconciliation' | Severity, string>> = {
  id: {
    name: 'Nama',
    target: 'Target',
    score: 'Nilai',
    performance: 'Kinerja',
    potential: 'Potensial',
    reconciliation: 'Rekonsiliasi dengan kotak hulu: {compared} dibandingkan, {agree} sama, {differ} berbeda (lihat sheet Rekonsiliasi)',
    error: SEVERITY_WORD.error.id,
    warning: SEVERITY_WORD.warning.id,
    info: SEVERITY_WORD.info.id,
  },
  en: {
    name: 'Name',
    target: 'Target',
    score: 'Score',
    performance: 'Performance',
    potential: 'Potential',
    reconciliation: 'Reconciliation with the upstream box: {compared} compared, {agree} agree, {differ} differ (see the Reconciliation sheet)',
    error: SEVERITY_WORD.error.en,
    warning: SEVERITY_WORD.warning.en,
    info: SEVERITY_WORD.info.en,
  },
};

/** The locale the language formats numbers with (toLocaleString). */
export const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/** Short words the tables and reports share (a value shown to people, not a CSV/JSON code). */
export const WORD = {
  yes: { id: 'ya', en: 'yes' },
  no: { id: 'tidak', en: 'no' },
  blank: { id: '(kosong)', en: '(blank)' },
  mapped: { id: 'terpetakan', en: 'mapped' },
  notMapped: { id: 'belum terpetakan', en: 'not mapped' },
  below: { id: 'di bawah', en: 'below' },
  atOrAbove: { id: 'pada/di atas', en: 'at or above' },
  score: { id: 'skor', en: 'score' },
  cutOff: { id: 'batas', en: 'the cut-off' },
  was: { id: 'sebelumnya', en: 'was' },
  sameScore: { id: 'skor sama', en: 'same score' },
  employeesCap: { id: 'Pegawai', en: 'Employees' },
  into: { id: 'masuk', en: 'in' },
  outOf: { id: 'keluar', en: 'out' },
  boxesCap: { id: 'Kotak', en: 'Boxes' },
  same: { id: 'sama', en: 'same' },
  up: { id: 'naik', en: 'up' },
  down: { id: 'turun', en: 'down' },
  twoOrMore: { id: 'dua atau lebih', en: 'two or more' },
  againstScores: { id: 'berlawanan arah skor', en: 'against the scores' },
  newInRoster: { id: 'baru', en: 'new' },
  gone: { id: 'keluar', en: 'gone' },
  newlyMapped: { id: 'baru terpetakan', en: 'newly mapped' },
  newlyNotMapped: { id: 'menjadi belum terpetakan', en: 'newly not mapped' },
} satisfies Record<string, T>;

// ---- talenta compare ------------------------------------------------------------------------

/** Fill `{name}` placeholders. */
export function fillText(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Labels of `talenta compare` (terminal, workbook, messages). */
export const COMPARE_UI = {
  title: { id: 'Perbandingan talenta', en: 'Talent comparison' },
  inputs: { id: 'Masukan', en: 'Inputs' },
  period: { id: 'Periode', en: 'Period' },
  file: { id: 'Berkas', en: 'File' },
  format: { id: 'Format', en: 'Format' },
  profileUnknown: { id: 'profil tidak diketahui', en: 'profile unknown' },
  employees: { id: 'pegawai', en: 'employees' },
  mapped: { id: 'terpetakan', en: 'mapped' },
  notMapped: { id: 'belum terpetakan', en: 'not mapped' },
  notInRoster: { id: 'tidak di roster', en: 'not in roster' },
  notInRosterNew: { id: 'tidak di roster (baru)', en: 'not in roster (new)' },
  matrix: { id: 'Matriks transisi', en: 'Transition matrix' },
  matrixAxes: { id: 'baris: kotak {from} · kolom: kotak {to}', en: 'rows: box at {from} · columns: box at {to}' },
  matrixLegend: {
    id: 'BT = belum terpetakan · Luar = tidak di roster (baris Luar: pegawai baru; kolom Luar: keluar dari roster) · di kiri diagonal: naik, di kanan: turun',
    en: 'NM = not mapped · Out = not in the roster (row Out: new employees; column Out: gone) · left of the diagonal: up, right: down',
  },
  nmShort: { id: 'BT', en: 'NM' },
  outShort: { id: 'Luar', en: 'Out' },
  total: { id: 'Jumlah', en: 'Total' },
  fromTo: { id: 'dari \\ ke', en: 'from \\ to' },
  enteredPool: { id: 'Masuk talent pool', en: 'Entered the talent pool' },
  leftPool: { id: 'Keluar dari talent pool', en: 'Left the talent pool' },
  bigMoves: { id: 'Pindah dua kotak atau lebih', en: 'Moved two boxes or more' },
  againstDirection: { id: 'Berlawanan arah skor — periksa data', en: 'Against the direction of the scores — check the data' },
  withSameScores: { id: '{n} dengan skor tetap', en: '{n} with unchanged scores' },
  newInRoster: { id: 'Baru di roster', en: 'New in the roster' },
  goneFromRoster: { id: 'Keluar dari roster', en: 'Gone from the roster' },
  newlyMapped: { id: 'Baru terpetakan', en: 'Newly mapped' },
  newlyNotMapped: { id: 'Menjadi belum terpetakan', en: 'Newly not mapped' },
  poolSize: { id: 'talent pool', en: 'talent pool' },
  more: { id: '… dan {n} lainnya', en: '… and {n} more' },
  moreInFiles: { id: '… dan {n} lainnya (lengkap di berkas -o)', en: '… and {n} more (all of them in the -o files)' },
  none: { id: 'tidak ada', en: 'none' },
  noneOf: { id: 'Kosong', en: 'Empty' },
  acrossRuns: { id: 'Sepanjang {n} periode', en: 'Across {n} periods' },
  stuck: { id: 'Tetap di kotak yang sama di setiap periode', en: 'Stayed in the same box in every period' },
  stuckOf: { id: '{n} dari {m} pegawai yang terpetakan di setiap periode', en: '{n} of {m} employees mapped in every period' },
  stuckLowest: { id: 'terendah dulu', en: 'lowest box first' },
  perBox: { id: 'per kotak', en: 'per box' },
  commonPaths: { id: 'Jalur yang paling sering (dengan perubahan)', en: 'Most frequent paths (with a change)' },
  box: { id: 'Kotak', en: 'Box' },
  potential: { id: 'potensial', en: 'potential' },
  performance: { id: 'kinerja', en: 'performance' },
  exclusionAdded: { id: 'dikecualikan', en: 'excluded' },
  exclusionRemoved: { id: 'pengecualian berakhir', en: 'exclusion ended' },
  joined: { id: 'masuk roster', en: 'joined the roster' },
  left: { id: 'keluar dari roster', en: 'left the roster' },
  becameNotMapped: { id: 'belum terpetakan', en: 'not mapped' },
  becameMapped: { id: 'kini terpetakan', en: 'now mapped' },
  noLevelChange: { id: 'level tetap', en: 'levels unchanged' },
  wrote: { id: 'Laporan perbandingan ditulis ke', en: 'Comparison written to' },
  sheetSummary: { id: 'Ringkasan', en: 'Summary' },
  sheetMatrix: { id: 'Matriks Transisi', en: 'Transition matrix' },
  sheetPool: { id: 'Masuk-Keluar Talent Pool', en: 'Talent pool in-out' },
  sheetJumps: { id: 'Lompatan & Anomali', en: 'Jumps & anomalies' },
  sheetRoster: { id: 'Roster & Pemetaan', en: 'Roster & mapping' },
  sheetAll: { id: 'Semua Perpindahan', en: 'All moves' },
  sheetPaths: { id: 'Jalur', en: 'Paths' },
  sheetStuck: { id: 'Tetap di Kotak', en: 'Stuck' },
  sheetMethod: { id: 'Metodologi', en: 'Methodology' },
  boxesPerPeriod: { id: 'Pegawai per kotak di setiap periode', en: 'Employees per box in each period' },
  keyNumbers: { id: 'Angka utama', en: 'Key numbers' },
  notes: { id: 'Catatan', en: 'Notes' },
  definitions: { id: 'Definisi', en: 'Definitions' },
} satisfies Record<string, T>;

/** Each tag of a move, in words. */
export const COMPARE_TAG_TEXT: Record<string, T> = {
  MASUK_POOL: { id: 'masuk talent pool', en: 'entered the talent pool' },
  KELUAR_POOL: { id: 'keluar dari talent pool', en: 'left the talent pool' },
  PINDAH_2_KOTAK: { id: 'pindah ≥ 2 kotak', en: 'moved ≥ 2 boxes' },
  BERLAWANAN_ARAH: { id: 'berlawanan arah skor', en: 'against the scores' },
  BARU_DI_ROSTER: { id: 'baru di roster', en: 'new in the roster' },
  KELUAR_DARI_ROSTER: { id: 'keluar dari roster', en: 'gone from the roster' },
  BARU_TERPETAKAN: { id: 'baru terpetakan', en: 'newly mapped' },
  MENJADI_BELUM_TERPETAKAN: { id: 'menjadi belum terpetakan', en: 'newly not mapped' },
  NAIK: { id: 'naik kotak', en: 'box up' },
  TURUN: { id: 'turun kotak', en: 'box down' },
};

/** Notes of a comparison; `{name}` placeholders take the note's params. */
export const COMPARE_NOTE_TEXT: Record<string, T> = {
  PROFIL_BERBEDA: {
    id: 'Profil aturan berbeda antara {from} ({profileFrom}) dan {to} ({profileTo}): perpindahan kotak bisa berasal dari perubahan aturan, bukan dari perubahan pada pegawai. {scoresUnchanged} dari {boxChanged} perpindahan kotak terjadi tanpa perubahan skor.',
    en: 'The rules profile differs between {from} ({profileFrom}) and {to} ({profileTo}): a box move may come from the rule change, not from a change in the person. {scoresUnchanged} of {boxChanged} box moves happened with both scores unchanged.',
  },
  PROFIL_TIDAK_DIKETAHUI: {
    id: 'Profil aturan {from} → {to} tidak dapat dibandingkan: {runs} tidak menyimpan profil (tabel CSV dan JSON lines tidak membawa metadata). Bila aturannya berubah, perpindahan bisa berasal dari aturan. Gunakan hasil-talenta.json atau laporan-talenta.xlsx untuk kepastian.',
    en: 'The rules profiles of {from} → {to} cannot be compared: {runs} carries no profile (a CSV table or JSON lines have no metadata). If the rules changed, moves may come from the rules. Use hasil-talenta.json or laporan-talenta.xlsx to be sure.',
  },
  URUTAN_PERIODE: {
    id: 'Masukan dibandingkan menurut urutan yang diberikan, tetapi masukan ke-{position} ({later}) lebih awal dari sebelumnya ({earlier}). Periksa urutan berkas.',
    en: 'Inputs are compared in the order given, but input {position} ({later}) is earlier than the one before it ({earlier}). Check the order of the files.',
  },
  NIP_GANDA: {
    id: '{label}: NIP yang muncul lebih dari sekali: {count} (mis. {nips}); kemunculan ke-k dicocokkan dengan kemunculan ke-k di periode lain.',
    en: '{label}: NIPs that occur more than once: {count} (e.g. {nips}); the k-th occurrence is matched with the k-th in the other periods.',
  },
  LABEL_GANDA: {
    id: 'Masukan ke-{first} dan ke-{second} bernama periode sama ({label}); beri nama dengan --label.',
    en: 'Inputs {first} and {second} have the same period name ({label}); name them with --label.',
  },
};

/** Definitions in words (workbook Metodologi sheet). */
export const COMPARE_DEFINITIONS: [T, T][] = [
  [
    { id: 'Status', en: 'State' },
    {
      id: 'Kotak 1–9, BELUM_TERPETAKAN (ada di roster, tidak dipetakan) atau TIDAK_DI_ROSTER (tidak ada di roster periode itu). Pegawai dicocokkan menurut NIP.',
      en: "Box 1–9, BELUM_TERPETAKAN (in the roster, not mapped) or TIDAK_DI_ROSTER (not in that period's roster). Employees are matched by NIP.",
    },
  ],
  [
    { id: 'Jarak kotak', en: 'Box distance' },
    {
      id: 'max(|Δ level potensial|, |Δ level kinerja|) pada kisi 3×3 (Rendah/Di Bawah = 0, Menengah/Sesuai = 1, Tinggi/Di Atas = 2); langkah diagonal dihitung 1. "Pindah dua kotak atau lebih" = jarak ≥ 2.',
      en: 'max(|Δ potential level|, |Δ performance level|) on the 3×3 grid (Low/Below = 0, Medium/Meets = 1, High/Above = 2); a diagonal step counts 1. "Moved two boxes or more" = distance ≥ 2.',
    },
  ],
  [
    { id: 'Naik / turun', en: 'Up / down' },
    { id: 'Tanda perubahan nomor kotak (kotak 9 tertinggi, kotak 1 terendah).', en: 'The sign of the change of the box number (box 9 highest, box 1 lowest).' },
  ],
  [
    { id: 'Berlawanan arah skor', en: 'Against the scores' },
    {
      id: 'Terpetakan di kedua periode, nomor kotak berubah, kedua skor diketahui, tidak ada skor yang bergerak searah kotak dan sedikitnya satu bergerak berlawanan (mis. kotak naik padahal kedua skor turun). Dengan profil yang sama hal ini tidak mungkin terjadi; tanda perubahan aturan atau data yang diubah tangan.',
      en: 'Mapped in both periods, the box number changed, both scores known, no score moved with the box and at least one moved against it (e.g. the box went up while both scores went down). Under the same profile this cannot happen; it points at a rule change or hand-edited data.',
    },
  ],
  [
    { id: 'Masuk / keluar talent pool', en: 'Entered / left the talent pool' },
    {
      id: 'Keanggotaan talent pool berubah. Sebabnya: level potensial dan/atau kinerja berubah (dengan selisih skor), pengecualian baru atau berakhir (HUKDIS, MENDEKATI_BUP, TIDAK_AKTIF, BUKAN_PNS), masuk/keluar roster, atau (belum) terpetakan.',
      en: 'Talent-pool membership changed. Causes: the potential and/or performance level changed (with the score difference), an exclusion started or ended (HUKDIS, MENDEKATI_BUP, TIDAK_AKTIF, BUKAN_PNS), joining/leaving the roster, or becoming (not) mapped.',
    },
  ],
  [
    { id: 'Tetap di kotak', en: 'Stuck' },
    {
      id: 'Dengan tiga periode atau lebih: terpetakan di setiap periode, selalu di kotak yang sama.',
      en: 'With three periods or more: mapped in every period, always in the same box.',
    },
  ],
  [
    { id: 'Profil', en: 'Profile' },
    {
      id: 'SHA-256 profil efektif setiap periode (dari JSON atau sheet Metodologi). Tabel CSV tidak membawa profil: "tidak diketahui".',
      en: 'SHA-256 of each period\'s effective profile (from the JSON or the Methodology sheet). A CSV table carries no profile: "unknown".',
    },
  ],
];

/** Messages of `talenta compare` for usage and input errors (exit 2). */
export const COMPARE_MSG = {
  fewInputs: {
    id: 'compare membutuhkan sedikitnya dua hasil talenta (lama lalu baru), diberikan {n}. Contoh: talenta compare laporan-2026-06-30/hasil-talenta.json laporan-2026-09-30/hasil-talenta.json',
    en: 'compare needs at least two talenta results (earlier, then later); {n} given. Example: talenta compare laporan-2026-06-30/hasil-talenta.json laporan-2026-09-30/hasil-talenta.json',
  },
  manyLabels: {
    id: '--label diberikan {labels} kali untuk {n} masukan; beri satu label per masukan, sesuai urutan.',
    en: '--label given {labels} times for {n} inputs; give one label per input, in input order.',
  },
  emptyLabel: { id: '--label tidak boleh kosong.', en: '--label must not be empty.' },
  oneStdin: { id: 'Hanya satu masukan boleh dibaca dari stdin (-).', en: 'Only one input may be read from stdin (-).' },
  top: { id: '--top harus bilangan bulat ≥ 0 (diberikan: "{v}").', en: '--top must be a whole number ≥ 0 (given: "{v}").' },
  notFound: { id: 'Berkas tidak ditemukan: {file}', en: 'File not found: {file}' },
  unreadable: { id: 'Berkas tidak dapat dibaca: {file} ({code})', en: 'Cannot read the file: {file} ({code})' },
  empty: { id: '{file}: berkas kosong.', en: '{file}: the file is empty.' },
  emptyDir: {
    id: '{file} adalah folder tanpa hasil talenta (hasil-talenta.json, laporan-talenta.xlsx atau pegawai.csv).',
    en: '{file} is a folder without a talenta result (hasil-talenta.json, laporan-talenta.xlsx or pegawai.csv).',
  },
  notTalenta: {
    id: '{file}: bukan keluaran talenta classify ({why}). compare membaca hasil-talenta.json (atau --json), pegawai.csv, atau laporan-talenta.xlsx dari run sebelumnya.',
    en: '{file}: not an output of talenta classify ({why}). compare reads hasil-talenta.json (or --json), pegawai.csv, or laporan-talenta.xlsx of earlier runs.',
  },
  looksLikeInput: {
    id: '{file}: tampaknya tabel masukan (SIASN/CACT/SKP), bukan keluaran talenta. Jalankan dulu talenta classify, lalu bandingkan hasilnya.',
    en: '{file}: looks like an input table (SIASN/CACT/SKP), not a talenta output. Run talenta classify first, then compare its results.',
  },
  poolOnly: {
    id: '{file}: ini tabel talent pool (talent-pool.csv), yang hanya memuat anggota pool. compare membutuhkan semua pegawai: berikan pegawai.csv, hasil-talenta.json atau laporan-talenta.xlsx.',
    en: '{file}: this is the talent-pool table (talent-pool.csv), which holds only the pool. compare needs every employee: give pegawai.csv, hasil-talenta.json or laporan-talenta.xlsx.',
  },
  compareOutput: {
    id: '{file}: ini keluaran talenta compare, bukan classify. Bandingkan hasil classify setiap periode.',
    en: '{file}: this is an output of talenta compare, not classify. Compare the classify results of each period.',
  },
  schemaNewer: {
    id: '{file}: schemaVersion {v} lebih baru daripada yang dipahami talenta ini ({max}). Perbarui talenta.',
    en: '{file}: schemaVersion {v} is newer than this talenta understands ({max}). Update talenta.',
  },
  badJson: { id: '{file}: JSON tidak valid ({detail}).', en: '{file}: invalid JSON ({detail}).' },
  badValue: {
    id: '{file} {where}: {column} "{value}" tidak valid ({expected}). Berkas ini tampaknya diubah di luar talenta.',
    en: '{file} {where}: {column} "{value}" is not valid ({expected}). The file seems to have been edited outside talenta.',
  },
  noEmployeeSheet: {
    id: 'workbook tanpa sheet "Semua Pegawai"/"All employees"',
    en: 'a workbook without a "Semua Pegawai"/"All employees" sheet',
  },
  missingColumns: { id: 'kolom {columns} tidak ada', en: 'columns {columns} are missing' },
  noEmployees: { id: 'tidak ada daftar employees', en: 'no employees list' },
  oldXls: { id: 'berkas Excel lama (.xls) atau terenkripsi', en: 'an old (.xls) or encrypted Excel file' },
  badXlsx: { id: 'XLSX tidak dapat dibaca: {detail}', en: 'unreadable XLSX: {detail}' },
  outputIsFile: {
    id: '{dir} adalah berkas, bukan folder. Pilih folder keluaran lain dengan -o.',
    en: '{dir} is a file, not a folder. Choose another output folder with -o.',
  },
  outputForeign: {
    id: 'Folder keluaran {dir} sudah berisi berkas lain ({files}). Gunakan folder baru, atau --force untuk tetap menulis berkas talenta ke sana.',
    en: "The output folder {dir} already holds other files ({files}). Use a new folder, or --force to write talenta's files there anyway.",
  },
  outputInput: {
    id: 'Berkas masukan {file} tidak akan ditimpa. Pilih folder keluaran lain dengan -o.',
    en: 'Refusing to overwrite the input file {file}. Choose another output folder with -o.',
  },
  outputMkdir: { id: 'Folder keluaran tidak dapat dibuat: {dir} ({code}).', en: 'Cannot create the output folder: {dir} ({code}).' },
} satisfies Record<string, T>;

// ---- talenta audit (calibration and fairness) -------------------------------------------------

/** Labels and sentences of the audit (terminal, HTML report, workbook sheets). */
export const AUDIT_UI = {
  title: { id: 'Audit kalibrasi dan keadilan', en: 'Calibration and fairness audit' },
  htmlTitle: { id: 'Peta Talenta ASN — ringkasan satu halaman', en: 'ASN talent map — one-page summary' },
  signals: {
    id: 'Temuan di sini adalah sinyal untuk ditelusuri, bukan putusan: perbedaan dapat berasal dari data masukan (CACT, SKP), kelompok yang kecil, atau kebetulan.',
    en: 'The findings here are signals to look into, not verdicts: differences may come from the inputs (CACT, SKP), small groups, or chance.',
  },
  pseudonymized: {
    id: 'Dipseudonimkan: NIP diganti hash berkunci, nama dihapus; kelompok < {min} orang disembunyikan.',
    en: 'Pseudonymised: NIPs replaced by a keyed hash, names removed; groups under {min} people suppressed.',
  },
  headline: {
    id: 'Pegawai: {employees} · Terpetakan: {mapped} · Kotak 7–9: {pool} ({share}) · Talent pool: {talentPool}',
    en: 'Employees: {employees} · Mapped: {mapped} · Boxes 7–9: {pool} ({share}) · Talent pool: {talentPool}',
  },
  // 1. distributions
  distribution: { id: 'Sebaran predikat SKP {year}', en: 'Distribution of the {year} SKP predikat' },
  distributionCount: {
    id: '{n} pegawai dengan predikat {year}',
    en: '{n} employees with a {year} predikat',
  },
  legacyNotCounted: {
    id: '{n} predikat dari nilai SKP lama (sebelum PermenPANRB 6/2022) tidak dihitung',
    en: '{n} predikat from legacy SKP values (before PermenPANRB 6/2022) not counted',
  },
  guidance: {
    id: 'Pedoman PermenPANRB 6/2022 untuk organisasi berpredikat "{org}": {rules}. Predikat organisasi tidak ada di data: diasumsikan "{org}" (ubah dengan --org-predikat).',
    en: 'PermenPANRB 6/2022 guidance for an organisation rated "{org}": {rules}. The organisation\'s own predikat is not in the data: "{org}" is assumed (change with --org-predikat).',
  },
  guidanceShort: { id: 'Pedoman 6/2022 ("{org}")', en: '6/2022 guidance ("{org}")' },
  agency: { id: 'Seluruh instansi', en: 'Whole agency' },
  unit: { id: 'Unit induk (OPD)', en: 'Parent unit (OPD)' },
  blankUnit: { id: '(kosong)', en: '(blank)' },
  meets: { id: 'memenuhi', en: 'met' },
  notMet: { id: 'tidak memenuhi', en: 'not met' },
  suppressedUnits: {
    id: '{n} unit dengan kurang dari {min} orang tidak ditampilkan (tetap dihitung dalam angka instansi).',
    en: '{n} units with fewer than {min} people not shown (still counted in the agency figures).',
  },
  ceilings: { id: 'Batas atas: satu predikat atau kotak memuat lebih dari {ceiling}', en: 'Ceiling: one predikat or box holds more than {ceiling}' },
  ceilingLine: { id: '{where}: {what} {share} ({count} dari {n})', en: '{where}: {what} {share} ({count} of {n})' },
  noCeilings: { id: 'tidak ada', en: 'none' },
  spread: { id: 'Sebaran skor (pegawai terpetakan)', en: 'Score spread (mapped employees)' },
  spreadLine: {
    id: 'n={n} · min {min} · Q1 {q1} · median {median} · Q3 {q3} · maks {max} · rata-rata {mean} · SD {sd} · skor terbanyak {mode} ({modeShare}) · batas {middle} / {high}',
    en: 'n={n} · min {min} · Q1 {q1} · median {median} · Q3 {q3} · max {max} · mean {mean} · SD {sd} · most common score {mode} ({modeShare}) · cut-offs {middle} / {high}',
  },
  // 2. near the line
  near: { id: 'Dekat batas (selisih ≤ {d} poin)', en: 'Near the line (within {d} point(s))' },
  nearSummary: {
    id: '{n} pegawai terpetakan akan berpindah kotak bila satu skornya bergeser ≤ {d} poin (kinerja {perf}, potensial {pot}); {pool} di antaranya akan masuk atau keluar kotak 7–9.',
    en: '{n} mapped employees would change box if one score moved by ≤ {d} point(s) (performance {perf}, potential {pot}); {pool} of them would enter or leave boxes 7–9.',
  },
  box5Top: {
    id: 'Kotak 5 di puncak pita: {n} dari {m} pegawai kotak 5 memiliki kedua skor di {band} teratas pitanya (kinerja ≥ {perf}, potensial ≥ {pot}).',
    en: 'Box 5 near the top: {n} of {m} box-5 employees have both scores in the top {band} of their band (performance ≥ {perf}, potential ≥ {pot}).',
  },
  axis: { id: 'Sumbu', en: 'Axis' },
  score: { id: 'Skor', en: 'Score' },
  cutoff: { id: 'Batas', en: 'Cut-off' },
  distance: { id: 'Selisih', en: 'Distance' },
  otherBox: { id: 'Kotak bila melewati batas', en: 'Box across the line' },
  more: { id: '… dan {n} lainnya', en: '… and {n} more' },
  // 3. leniency
  leniency: { id: 'Pemindaian kelonggaran: kotak 7–9 per unit dibanding instansi ({share})', en: 'Leniency scan: boxes 7–9 per unit against the agency ({share})' },
  leniencyRaters: { id: 'Per penilai (kolom {column})', en: 'Per rater (column {column})' },
  ratersUnavailable: {
    id: 'Per penilai (atasan): tidak tersedia — tidak ada kolom atasan di masukan (mis. NIP ATASAN, PEJABAT PENILAI, PEGAWAI ATASAN NAMA).',
    en: 'Per rater (atasan): not available — no rater column in the inputs (e.g. NIP ATASAN, PEJABAT PENILAI, PEGAWAI ATASAN NAMA).',
  },
  ratersUnavailableShort: {
    id: 'Per penilai (atasan): tidak tersedia — tidak ada kolom atasan di masukan.',
    en: 'Per rater (atasan): not available — no rater column in the inputs.',
  },
  rater: { id: 'Penilai', en: 'Rater' },
  poolBoxes: { id: 'Kotak 7–9', en: 'Boxes 7–9' },
  limits95: { id: 'Batas 95%', en: '95% limits' },
  limits998: { id: 'Batas 99,8%', en: '99.8% limits' },
  lower95: { id: 'Batas bawah 95%', en: '95% lower limit' },
  upper95: { id: 'Batas atas 95%', en: '95% upper limit' },
  lower998: { id: 'Batas bawah 99,8%', en: '99.8% lower limit' },
  upper998: { id: 'Batas atas 99,8%', en: '99.8% upper limit' },
  signal: { id: 'Sinyal', en: 'Signal' },
  chiSquare: {
    id: 'Uji chi-square independensi ({what} × kotak 7–9): χ² = {stat}, df = {df}, p = {p}; V Cramér = {v} ({strength}). {verdict}',
    en: "Chi-square test of independence ({what} × boxes 7–9): χ² = {stat}, df = {df}, p = {p}; Cramér's V = {v} ({strength}). {verdict}",
  },
  chiUnits: { id: 'unit', en: 'units' },
  chiRaters: { id: 'penilai', en: 'raters' },
  chiGroups: { id: 'kelompok', en: 'groups' },
  chiSignificant: {
    id: 'Perbedaannya lebih besar daripada yang wajar karena kebetulan (p < 0,05).',
    en: 'The differences are larger than chance alone would explain (p < 0.05).',
  },
  chiNotSignificant: {
    id: 'Perbedaannya masih dalam batas kebetulan (p ≥ 0,05).',
    en: 'The differences are within what chance alone would give (p ≥ 0.05).',
  },
  chiRough: {
    id: 'Perkiraan kasar: {share} sel memiliki frekuensi harapan < 5.',
    en: 'Rough approximation: {share} of the cells have an expected count below 5.',
  },
  chiNone: {
    id: 'Uji chi-square: tidak dapat dihitung (kurang dari dua kelompok, atau tidak ada variasi).',
    en: 'Chi-square test: not computable (fewer than two groups, or no variation).',
  },
  strengthNegligible: { id: 'sangat lemah', en: 'negligible' },
  strengthSmall: { id: 'lemah', en: 'small' },
  strengthModerate: { id: 'sedang', en: 'moderate' },
  strengthLarge: { id: 'kuat', en: 'large' },
  funnelTitle: { id: 'Plot corong: % kotak 7–9 menurut ukuran unit', en: 'Funnel plot: % boxes 7–9 by unit size' },
  funnelAxisX: { id: 'pegawai terpetakan di unit', en: 'mapped employees in the unit' },
  // 4. fairness
  fairness: { id: 'Audit keadilan: tingkat seleksi kotak 7–9', en: 'Fairness audit: selection rate for boxes 7–9' },
  fairnessNote: {
    id: 'Seleksi = kotak 7–9 di antara pegawai terpetakan. AIR (rasio dampak merugikan) = tingkat kelompok ÷ tingkat tertinggi; AIR < 0,8 (aturan empat-perlima) ditandai. "Dikecualikan aturan" = di kotak 7–9 tetapi dikeluarkan dari talent pool oleh aturan (PPPK, mendekati BUP, hukdis, tidak aktif).',
    en: 'Selection = boxes 7–9 among mapped employees. AIR (adverse-impact ratio) = group rate ÷ highest rate; AIR < 0.8 (the four-fifths rule) is flagged. "Excluded by rule" = in boxes 7–9 but kept out of the talent pool by a rule (PPPK, near BUP, hukdis, inactive).',
  },
  fairnessNoteShort: {
    id: 'Seleksi = kotak 7–9 di antara pegawai terpetakan. AIR = tingkat kelompok ÷ tingkat tertinggi; < 0,8 ditandai ⚑ (aturan empat-perlima). p = uji chi-square antarkelompok.',
    en: 'Selection = boxes 7–9 among mapped employees. AIR = group rate ÷ highest rate; < 0.8 flagged ⚑ (four-fifths rule). p = chi-square test across the groups.',
  },
  heatmapNote: {
    id: 'Sel: % pegawai terpetakan unit per kotak · corong: % kotak 7–9 unit terhadap batas 95%/99,8% di sekitar p₀ instansi (– = dalam batas) · B = Baik, BP = Butuh Perbaikan, K = Kurang.',
    en: "Cells: % of the unit's mapped employees per box · funnel: the unit's % of boxes 7–9 against the 95%/99.8% limits around the agency's p₀ (– = within) · B = Baik, BP = Butuh Perbaikan, K = Kurang.",
  },
  dimension: { id: 'Dimensi', en: 'Dimension' },
  group: { id: 'Kelompok', en: 'Group' },
  selected: { id: 'Kotak 7–9', en: 'Boxes 7–9' },
  rate: { id: 'Tingkat', en: 'Rate' },
  air: { id: 'AIR', en: 'AIR' },
  excludedByRule: { id: 'Dikecualikan aturan', en: 'Excluded by rule' },
  belowFourFifths: { id: 'AIR < 0,8: telusuri', en: 'AIR < 0.8: look into it' },
  reference: { id: 'acuan (tertinggi)', en: 'reference (highest)' },
  suppressedGroup: { id: '< {min} orang: disembunyikan', en: '< {min} people: suppressed' },
  unknownGroup: { id: '{n} pegawai tanpa kelompok yang diketahui tidak dihitung.', en: '{n} employees without a known group not counted.' },
  sexSource: {
    id: 'Jenis kelamin dari kolom JENIS KELAMIN ({column}) atau digit ke-15 NIP ({nip}); {mismatch} tidak cocok antara keduanya.',
    en: "Sex from the JENIS KELAMIN column ({column}) or the NIP's 15th digit ({nip}); {mismatch} disagree between the two.",
  },
  // HTML
  grid: { id: 'Kotak talenta 9-box', en: '9-box talent grid' },
  predikatChart: { id: 'Predikat SKP {year} (seluruh instansi)', en: '{year} SKP predikat (whole agency)' },
  heatmap: { id: 'Peta panas per unit: sebaran kotak (% pegawai terpetakan di unit)', en: "Heat map per unit: box distribution (% of the unit's mapped employees)" },
  heatmapMore: {
    id: 'Ditampilkan {shown} unit dengan selisih terbesar dari {total}; semua unit ada di workbook.',
    en: 'Showing the {shown} units that differ most, of {total}; every unit is in the workbook.',
  },
  topPool: { id: 'Talent pool teratas', en: 'Top of the talent pool' },
  findings: { id: 'Sinyal utama', en: 'Main signals' },
  noFindings: { id: 'Tidak ada sinyal yang menonjol.', en: 'No signal stands out.' },
  method: {
    id: 'Metode: predikat tahun SKP terakhir; kuartil interpolasi linear (QUARTILE.INC); SD populasi; batas corong p₀ ± z·√(p₀(1−p₀)/n), z = 1,96 (95%) dan 3,09 (99,8%); chi-square Pearson dengan p dari distribusi χ²; V Cramér = √(χ²/(N·(k−1))); AIR = tingkat ÷ tingkat tertinggi. Kelompok < {min} orang disembunyikan.',
    en: "Method: predikat of the latest SKP year; quartiles by linear interpolation (QUARTILE.INC); population SD; funnel limits p₀ ± z·√(p₀(1−p₀)/n), z = 1.96 (95%) and 3.09 (99.8%); Pearson chi-square with p from the χ² distribution; Cramér's V = √(χ²/(N·(k−1))); AIR = rate ÷ highest rate. Groups under {min} people are suppressed.",
  },
  generated: {
    id: 'Dibuat oleh talenta {version} · profil {profile} #{hash} · tanggal acuan {asOf}',
    en: 'Made by talenta {version} · profile {profile} #{hash} · reference date {asOf}',
  },
  rank: { id: 'Peringkat', en: 'Rank' },
  name: { id: 'Nama', en: 'Name' },
  target: { id: 'Jenjang target', en: 'Target level' },
  talentScore: { id: 'Nilai', en: 'Score' },
  // workbook sheets
  sheetAudit: { id: 'Audit', en: 'Audit' },
  sheetUnits: { id: 'Audit Unit', en: 'Audit units' },
  sheetNear: { id: 'Dekat Batas', en: 'Near the line' },
  sheetFairness: { id: 'Keadilan', en: 'Fairness' },
} satisfies Record<string, T>;

export const ORG_PREDIKAT_LABEL: Record<string, T> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Istimewa (outstanding)' },
  BAIK: { id: 'Baik', en: 'Baik (good)' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan/Cukup', en: 'Butuh Perbaikan/Cukup (needs improvement)' },
  KURANG: { id: 'Kurang', en: 'Kurang (poor)' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Sangat Kurang (very poor)' },
};

/** Each 6/2022 guidance rule in words. */
export const GUIDANCE_RULE_TEXT: Record<string, T> = {
  SANGAT_BAIK_MAX_70: { id: 'paling banyak 70% Sangat Baik', en: 'at most 70% Sangat Baik' },
  BAIK_MAX_70: { id: 'paling banyak 70% Baik', en: 'at most 70% Baik' },
  BUTUH_PERBAIKAN_ATAU_KURANG_MIN_1: {
    id: 'sedikitnya satu Butuh Perbaikan dan/atau Kurang/Misconduct',
    en: 'at least one Butuh Perbaikan and/or Kurang/Misconduct',
  },
  BUTUH_PERBAIKAN_MIN_60: { id: 'sedikitnya 60% Butuh Perbaikan', en: 'at least 60% Butuh Perbaikan' },
  SANGAT_BAIK_MAX_10: { id: 'paling banyak 10% Sangat Baik', en: 'at most 10% Sangat Baik' },
  KURANG_MIN_60: { id: 'sedikitnya 60% Kurang/Misconduct', en: 'at least 60% Kurang/Misconduct' },
  BUTUH_PERBAIKAN_MIN_10: { id: 'sedikitnya 10% Butuh Perbaikan', en: 'at least 10% Butuh Perbaikan' },
  SANGAT_KURANG_MIN_60: { id: 'sedikitnya 60% Sangat Kurang', en: 'at least 60% Sangat Kurang' },
  KURANG_ATAU_BUTUH_PERBAIKAN_MIN_10: {
    id: 'sedikitnya 10% Kurang/Misconduct dan/atau Butuh Perbaikan',
    en: 'at least 10% Kurang/Misconduct and/or Butuh Perbaikan',
  },
  SANGAT_BAIK_NONE: { id: 'tidak ada Sangat Baik', en: 'no Sangat Baik' },
};

/** Funnel-plot position of a unit or rater. */
export const FUNNEL_FLAG_TEXT: Record<string, T> = {
  ABOVE_99_8: { id: 'di atas batas 99,8%', en: 'above the 99.8% limit' },
  ABOVE_95: { id: 'di atas batas 95%', en: 'above the 95% limit' },
  WITHIN: { id: 'dalam batas', en: 'within the limits' },
  BELOW_95: { id: 'di bawah batas 95%', en: 'below the 95% limit' },
  BELOW_99_8: { id: 'di bawah batas 99,8%', en: 'below the 99.8% limit' },
};

export const FAIRNESS_DIMENSION_TEXT: Record<string, T> = {
  sex: { id: 'Jenis kelamin', en: 'Sex' },
  ageBand: { id: 'Kelompok usia', en: 'Age band' },
  golongan: { id: 'Golongan', en: 'Grade group' },
};

export const FAIRNESS_GROUP_TEXT: Record<string, T> = {
  L: { id: 'Laki-laki', en: 'Men' },
  P: { id: 'Perempuan', en: 'Women' },
  '<30': { id: '< 30 tahun', en: 'under 30' },
  '30-39': { id: '30–39 tahun', en: '30–39' },
  '40-49': { id: '40–49 tahun', en: '40–49' },
  '>=50': { id: '≥ 50 tahun', en: '50 and over' },
  I: { id: 'Golongan I', en: 'Grade I' },
  II: { id: 'Golongan II', en: 'Grade II' },
  III: { id: 'Golongan III', en: 'Grade III' },
  IV: { id: 'Golongan IV', en: 'Grade IV' },
  PPPK: { id: 'PPPK', en: 'PPPK' },
};

// ---- talenta suksesi (issue 13) -------------------------------------------------------------

const SUCCESSION_ISSUE_TEXT = {
  JABATAN_NAMA_KOSONG: {
    id: 'Baris jabatan tanpa NAMA JABATAN; baris dilewati. Isi nama jabatannya.',
    en: 'Position row without NAMA JABATAN; row skipped. Fill in the position name.',
  },
  JABATAN_JENJANG_TIDAK_DIKETAHUI: {
    id: 'JENJANG maupun ESELON tidak terbaca; baris dilewati. Isi JENJANG (JPT Madya, JPT Pratama, Administrator, Pengawas, JF Ahli …) atau ESELON (II.a, III.b, …).',
    en: 'Neither JENJANG nor ESELON is readable; row skipped. Fill in JENJANG (JPT Madya, JPT Pratama, Administrator, Pengawas, JF Ahli …) or ESELON (II.a, III.b, …).',
  },
  JABATAN_KODE_GANDA: {
    id: 'KODE JABATAN yang sama muncul dua kali; baris pertama yang dipakai, baris ini dilewati.',
    en: 'The same KODE JABATAN appears twice; the first row is used, this row is skipped.',
  },
  JABATAN_KODE_DIBUAT: {
    id: 'Tidak ada kolom KODE JABATAN; kode dibuat dari nomor baris (J-<baris>).',
    en: 'No KODE JABATAN column; codes are made from the row number (J-<row>).',
  },
  JABATAN_NIP_PEJABAT_TIDAK_VALID: {
    id: 'NIP PEJABAT tidak valid (harus 18 digit, disimpan sebagai teks); pejabat ini diabaikan.',
    en: 'NIP PEJABAT is not valid (18 digits, stored as text); this incumbent is ignored.',
  },
  JABATAN_PEJABAT_TIDAK_DI_ROSTER: {
    id: 'Pejabat jabatan {code} tidak ada di roster; tanggal kosongnya tidak diketahui. Periksa NIP PEJABAT atau tambahkan pegawainya ke roster.',
    en: 'The incumbent of post {code} is not in the roster; its vacancy date is unknown. Check NIP PEJABAT or add the employee to the roster.',
  },
  JABATAN_PEJABAT_GANDA: { id: 'Satu NIP menjadi pejabat dua jabatan ({a} dan {b}).', en: 'One NIP is the incumbent of two posts ({a} and {b}).' },
  JABATAN_STATUS_BERTENTANGAN: {
    id: 'STATUS = Kosong tetapi NIP PEJABAT diisi; jabatan dianggap kosong.',
    en: 'STATUS = Kosong but NIP PEJABAT is given; the post is treated as vacant.',
  },
  JABATAN_TIDAK_ADA_DI_TABEL: {
    id: 'Pejabat eselon ini tidak terhubung ke jabatan mana pun di tabel jabatan; ditambahkan sebagai jabatan implisit (sumber ROSTER).',
    en: 'This eselon holder is not linked to any post of the positions table; added as an implicit post (source ROSTER).',
  },
  SYARAT_TIDAK_DIKENAL: {
    id: 'Nilai syarat tidak dikenal; syarat ini menjadi "perlu verifikasi". Nilai yang diterima: pendidikan SD, SLTP, SLTA, D-I … D-IV, S1, S2, S3; golongan I/a … IV/e; lingkup Instansi, Perangkat Daerah, Unit Kerja.',
    en: 'Unknown requirement value; this check becomes "needs verification". Accepted: education SD, SLTP, SLTA, D-I … D-IV, S1, S2, S3; golongan I/a … IV/e; scope Instansi, Perangkat Daerah, Unit Kerja.',
  },
  TANGGAL_TIDAK_VALID: { id: 'Tanggal tidak terbaca; diabaikan. Tulis sebagai YYYY-MM-DD atau DD-MM-YYYY.', en: 'Unreadable date; ignored. Write it as YYYY-MM-DD or DD-MM-YYYY.' },
  KEBUTUHAN_TIDAK_VALID: { id: 'JUMLAH KEBUTUHAN bukan bilangan bulat ≥ 1; dipakai 1.', en: 'JUMLAH KEBUTUHAN is not an integer ≥ 1; 1 is used.' },
  ROSTER_TMT_JABATAN_KOSONG: {
    id: '{count} kandidat tanpa TMT JABATAN di roster: syarat lama di jenjang asal (S5) perlu verifikasi. Tambahkan kolom TMT JABATAN.',
    en: '{count} candidates have no TMT JABATAN in the roster: the years-in-feeder check (S5) needs verification. Add a TMT JABATAN column.',
  },
  HUKDIS_TIDAK_DIPERIKSA: {
    id: 'Tidak ada tabel hukuman disiplin: syarat hukdis (S11) perlu verifikasi untuk setiap kandidat. Sertakan ekspor hukdis (boleh tanpa baris data bila memang tidak ada).',
    en: 'No disciplinary table: the hukdis check (S11) needs verification for every candidate. Give the hukdis export (a header-only file when there are none).',
  },
} satisfies Record<string, T>;
/** Every finding's message template, by code: the compiler rejects an IssueCode without both texts. */
export const ISSUE_TEXT: Record<IssueCode, T> = { ...READER_ISSUE_TEXT, ...SUCCESSION_ISSUE_TEXT };

export const READINESS_LABEL: Record<string, T> = {
  SIAP_SEKARANG: { id: 'Siap sekarang', en: 'Ready now' },
  SIAP_1_2_TAHUN: { id: 'Siap 1–2 tahun', en: 'Ready in 1–2 years' },
  SIAP_3_TAHUN: { id: 'Siap ≥3 tahun (potensi masa depan)', en: 'Ready in 3+ years' },
  BUKAN_KANDIDAT: { id: 'Bukan kandidat', en: 'Not a candidate' },
};

export const ELIGIBILITY_LABEL: Record<string, T> = {
  MEMENUHI: { id: 'Memenuhi', en: 'Eligible' },
  PERLU_VERIFIKASI: { id: 'Perlu verifikasi', en: 'Needs verification' },
  MEMENUHI_DENGAN_WAKTU: { id: 'Memenuhi dengan waktu', en: 'Eligible in time' },
  TIDAK_MEMENUHI: { id: 'Tidak memenuhi', en: 'Not eligible' },
};

export const CHECK_STATUS_LABEL: Record<string, T> = {
  TERPENUHI: { id: 'Terpenuhi', en: 'Met' },
  TIDAK_TERPENUHI: { id: 'Tidak terpenuhi', en: 'Not met' },
  PERLU_VERIFIKASI: { id: 'Perlu verifikasi', en: 'Needs verification' },
  TIDAK_DIPERIKSA: { id: 'Tidak diperiksa', en: 'Not checked' },
};

export const CHECK_LABEL: Record<string, T> = {
  S1_PNS: { id: 'Berstatus PNS', en: 'Is a PNS' },
  S2_AKTIF: { id: 'Kedudukan hukum aktif', en: 'Legal status active' },
  S18_BUKAN_PEJABAT: { id: 'Bukan pejabat jabatan itu', en: 'Not the incumbent' },
  S17_LINGKUP: { id: 'Dalam lingkup kandidat', en: 'Within the candidate scope' },
  S5_LAMA_JENJANG_ASAL: { id: 'Lama di jenjang asal (tahun)', en: 'Years in the feeder level' },
  S7_PENDIDIKAN_MIN: { id: 'Pendidikan minimal', en: 'Minimum education' },
  S9_GOLONGAN_MIN: { id: 'Golongan minimal', en: 'Minimum grade (golongan)' },
  S10_KINERJA_2_TAHUN: { id: 'SKP 2 tahun terakhir ≥ Baik', en: 'SKP of the last 2 years ≥ Baik' },
  S11_HUKDIS: { id: 'Tanpa hukdis sedang/berat 2 tahun terakhir', en: 'No moderate/severe discipline in 2 years' },
  S12_USIA_MAKS: { id: 'Usia maksimal', en: 'Maximum age' },
  S13_SISA_MASA_KERJA: { id: 'Sisa masa kerja sampai BUP jenjang target (bulan)', en: 'Months of service left before the target level’s BUP' },
};

export const CHECK_REASON_TEXT: Record<string, T> = {
  BANDING: { id: '', en: '' },
  DATA_KOSONG: { id: 'data tidak ada di masukan', en: 'data missing from the inputs' },
  NILAI_TIDAK_DIKENAL: { id: 'nilai tidak dikenal', en: 'unknown value' },
  RIWAYAT_DIPERLUKAN: {
    id: 'jabatan sekarang belum cukup lama; jabatan sebelumnya pada jenjang yang sama dapat dihitung (perlu riwayat jabatan)',
    en: 'the current post is too recent; earlier posts at the same level may count (needs the job history)',
  },
  KP_REGULER: { id: 'terpenuhi pada kenaikan pangkat reguler berikutnya', en: 'met at the next regular promotion in grade' },
  KP_TERLAMBAT: { id: 'kenaikan pangkat reguler sudah lewat waktunya; periksa', en: 'the regular promotion in grade is overdue; check' },
  TMT_GOLONGAN_KOSONG: {
    id: 'satu tingkat di bawah, tetapi TMT GOLONGAN tidak ada: tanggal terpenuhi tidak dapat dihitung',
    en: 'one step below, but no TMT GOLONGAN: the date it is met cannot be computed',
  },
  TAHUN_KOSONG: { id: 'SKP salah satu tahun tidak ada', en: 'an SKP year is missing' },
  TABEL_HUKDIS_TIDAK_ADA: { id: 'tabel hukdis tidak diberikan', en: 'no hukdis table given' },
  MUNGKIN_SEDANG_MENJALANI: { id: 'ada hukdis baru-baru ini; mungkin sedang dijalani', en: 'a recent hukdis; possibly still being served' },
};

export const RISK_LABEL: Record<string, T> = {
  KRITIS: { id: 'Kritis', en: 'Critical' },
  TINGGI: { id: 'Tinggi', en: 'High' },
  SEDANG: { id: 'Sedang', en: 'Medium' },
  RENDAH: { id: 'Rendah', en: 'Low' },
};

export const HEALTH_LABEL: Record<string, T> = {
  SEHAT: { id: 'Sehat', en: 'Healthy' },
  CUKUP: { id: 'Cukup', en: 'Adequate' },
  PERLU_PERHATIAN: { id: 'Perlu perhatian', en: 'Needs attention' },
  BERISIKO: { id: 'Berisiko', en: 'At risk' },
};

export const BAND_LABEL: Record<string, T> = {
  SUDAH_KOSONG: { id: 'Sudah kosong', en: 'Vacant now' },
  BULAN_6: { id: '≤ 6 bulan', en: '≤ 6 months' },
  BULAN_12: { id: '≤ 12 bulan', en: '≤ 12 months' },
  BULAN_24: { id: '≤ 24 bulan', en: '≤ 24 months' },
  DI_LUAR_HORIZON: { id: 'Di luar horizon', en: 'Beyond the horizon' },
  TANPA_TANGGAL: { id: 'Tanpa tanggal', en: 'No date' },
};

export const BENCH_LABEL: Record<string, T> = {
  ADA_SIAP_SEKARANG: { id: 'Ada yang siap sekarang', en: 'Someone ready now' },
  SIAP_MASA_DEPAN: { id: 'Hanya siap di masa depan', en: 'Future successors only' },
  TANPA_SUKSESOR: { id: 'Tanpa suksesor', en: 'No successor' },
};

export const POST_STATUS_LABEL: Record<string, T> = {
  TERISI: { id: 'Terisi', en: 'Filled' },
  KOSONG: { id: 'Kosong', en: 'Vacant' },
  PLT: { id: 'Plt', en: 'Acting (Plt)' },
  PLH: { id: 'Plh', en: 'Acting (Plh)' },
  SUDAH_KOSONG: { id: 'Sudah kosong', en: 'Vacant now' },
  PEJABAT_TIDAK_DITEMUKAN: { id: 'Pejabat tidak ada di roster', en: 'Incumbent not in the roster' },
  TABEL: { id: 'Tabel jabatan', en: 'Positions table' },
  ROSTER: { id: 'Roster (pejabat eselon)', en: 'Roster (eselon holder)' },
  KHUSUS: { id: 'JF khusus (UU)', en: 'Special JF (law)' },
  JENJANG: { id: 'Jenjang (PP 11/2017 Pasal 239)', en: 'Level (PP 11/2017 Art. 239)' },
};

export const CHECK_MODE_LABEL: Record<string, T> = {
  keras: { id: 'keras', en: 'hard' },
  peringatan: { id: 'peringatan', en: 'warning' },
  mati: { id: 'mati', en: 'off' },
  error: { id: 'galat', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  info: { id: 'info', en: 'info' },
};

export const FUNNEL_STEP_LABEL: Record<string, T> = {
  UNIVERSE: { id: 'Pegawai terpetakan', en: 'Mapped employees' },
  S3_KRS: { id: 'Kotak kandidat (KRS)', en: 'Candidate boxes (KRS)' },
  PENGECUALIAN_POOL: { id: 'Setelah pengecualian talent pool', en: 'After talent-pool exclusions' },
  S4_JENJANG_ASAL: { id: 'Jenjang asal sesuai', en: 'Feeder level' },
  ...CHECK_LABEL,
};

export const SUCCESSION_UI = {
  title: { id: 'Rencana Suksesi: jabatan target, kandidat, kesiapan', en: 'Succession plan: target posts, candidates, readiness' },
  params: { id: 'Parameter', en: 'Parameters' },
  horizon: { id: 'horizon', en: 'horizon' },
  months: { id: 'bulan', en: 'months' },
  candidateBoxes: { id: 'kotak kandidat', en: 'candidate boxes' },
  posts: { id: 'Jabatan target', en: 'Target posts' },
  critical: { id: 'kritikal', en: 'critical' },
  vacantNow: { id: 'sudah kosong', en: 'vacant now' },
  within12: { id: 'kosong ≤ 12 bulan', en: 'opening ≤ 12 months' },
  withinHorizon: { id: 'kosong dalam horizon', en: 'opening within the horizon' },
  coverage: { id: 'Cakupan (jabatan dengan ≥ 1 kandidat siap sekarang)', en: 'Coverage (posts with ≥ 1 ready-now successor)' },
  coverageCritical: { id: 'Cakupan jabatan kritikal', en: 'Coverage of critical posts' },
  coverageOpening: { id: 'Jabatan yang kosong dalam horizon dan punya suksesor siap', en: 'Posts opening within the horizon with a ready successor' },
  byRisk: { id: 'Jabatan per tingkat risiko', en: 'Posts by risk level' },
  riskiest: { id: 'Jabatan paling berisiko', en: 'Riskiest posts' },
  openingNoReady: { id: 'Kosong ≤ 12 bulan tanpa kandidat siap sekarang', en: 'Opening ≤ 12 months without a ready-now successor' },
  none: { id: '(tidak ada)', en: '(none)' },
  pairs: { id: 'Pasangan (jabatan, kandidat) dinilai', en: 'Evaluated (post, candidate) pairs' },
  overloaded: { id: 'Kandidat siap sekarang untuk lebih dari {n} jabatan (OVERLOAD)', en: 'Candidates ready now for more than {n} posts (OVERLOAD)' },
  retirements: { id: 'Pensiun (BUP) per tahun', en: 'Retirements (BUP) per year' },
  wrote: { id: 'Laporan suksesi ditulis ke', en: 'Succession report written to' },
  code: { id: 'Kode', en: 'Code' },
  name: { id: 'Jabatan', en: 'Post' },
  monthsShort: { id: 'Bulan', en: 'Months' },
  readyNow: { id: 'Siap skrg', en: 'Ready now' },
  risk: { id: 'Risiko', en: 'Risk' },
  unknown: { id: '?', en: '?' },
} satisfies Record<string, T>;
