/**
 * Messages for files talenta cannot read at all (exit 2): what the file is, and how to fix it.
 * Indonesian and English, like src/i18n.ts. Row-level reader findings are issues instead (their
 * texts are in the ISSUE_TEXT table of src/i18n.ts).
 */
import type { Lang } from '../i18n.js';
import type { FileProblem } from './detect.js';

type T = { id: string; en: string };

const SAVE_AS_XLSX: T = {
  id: 'Buka di Excel lalu simpan ulang sebagai .xlsx (File → Save As → Excel Workbook).',
  en: 'Open it in Excel and save it again as .xlsx (File → Save As → Excel Workbook).',
};

const TEXT: Record<FileProblem, T> = {
  empty: {
    id: 'berkas kosong (0 byte atau hanya baris kosong). Ekspor ulang data dari SIASN/e-Kinerja/CACT.',
    en: 'the file is empty (0 bytes or only blank lines). Export the data again from SIASN/e-Kinerja/CACT.',
  },
  'ole-encrypted': {
    id: 'workbook dilindungi password (terenkripsi); isinya tidak dapat dibaca. Ini bukan .xlsx biasa dan bukan pula .xls lama. Buka di Excel dengan password-nya, hapus password (File → Info → Protect Workbook → Encrypt with Password → kosongkan), lalu simpan sebagai .xlsx.',
    en: 'the workbook is password-protected (encrypted); its content cannot be read. It is neither a plain .xlsx nor an old .xls. Open it in Excel with its password, remove the password (File → Info → Protect Workbook → Encrypt with Password → clear it), then save as .xlsx.',
  },
  'ole-xls': {
    id: 'berkas Excel lama (.xls, Excel 97–2003), bukan .xlsx. Buka di Excel lalu simpan sebagai .xlsx (File → Save As → Excel Workbook); bila workbook berpassword, hapus dulu password-nya.',
    en: 'an old Excel file (.xls, Excel 97–2003), not .xlsx. Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook); if the workbook has a password, remove it first.',
  },
  'ole-other': {
    id: 'berkas Excel lama (.xls) atau workbook berpassword; keduanya tidak dapat dibaca. Buka di Excel, hapus password bila ada, lalu simpan sebagai .xlsx (Excel Workbook).',
    en: 'an old Excel file (.xls) or a password-protected workbook; neither can be read. Open it in Excel, remove the password if there is one, and save it as .xlsx (Excel Workbook).',
  },
  'zip-truncated': {
    id: 'berkas zip/XLSX terpotong atau rusak (akhir berkas tidak ditemukan), mungkin unduhannya belum selesai. Unduh atau ekspor ulang; bila berkas masih terbuka di Excel, simpan ulang sebagai .xlsx.',
    en: 'the zip/XLSX file is truncated or damaged (its end is missing), perhaps an unfinished download. Download or export it again; if it still opens in Excel, save it again as .xlsx.',
  },
  'zip-corrupt': {
    id: 'berkas zip/XLSX rusak (daftar isi zip tidak terbaca). Ekspor ulang, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
    en: 'the zip/XLSX file is damaged (its zip directory cannot be read). Export it again, or open it in Excel and save it again as .xlsx.',
  },
  'zip-damaged': {
    id: 'berkas zip/XLSX rusak: bagian {detail} tidak dapat dibuka (data terkompresinya rusak). Unduh atau ekspor ulang berkas; bila masih dapat dibuka di Excel, simpan ulang sebagai .xlsx.',
    en: 'the zip/XLSX file is damaged: its part {detail} cannot be opened (the compressed data is broken). Download or export the file again; if Excel still opens it, save it again as .xlsx.',
  },
  'zip-encrypted': {
    id: 'arsip zip berpassword. Ekstrak dengan password-nya, lalu berikan berkas .xlsx/.csv di dalamnya.',
    en: 'a password-protected zip archive. Extract it with its password and give the .xlsx/.csv files inside.',
  },
  'zip-xlsb': {
    id: 'workbook biner Excel (.xlsb), bukan .xlsx. ' + SAVE_AS_XLSX.id,
    en: 'a binary Excel workbook (.xlsb), not .xlsx. ' + SAVE_AS_XLSX.en,
  },
  'xlsx-layout': {
    id: 'workbook Office Open XML dengan susunan isi yang tidak biasa (xl/workbook.xml tidak ada). ' + SAVE_AS_XLSX.id,
    en: 'an Office Open XML workbook with an unusual layout (no xl/workbook.xml). ' + SAVE_AS_XLSX.en,
  },
  'xlsx-no-sheets': {
    id: 'workbook tanpa worksheet yang dapat dibaca (hanya chart sheet, atau susunan isi tidak biasa). ' + SAVE_AS_XLSX.id,
    en: 'a workbook without a readable worksheet (chart sheets only, or an unusual layout). ' + SAVE_AS_XLSX.en,
  },
  'xlsx-unreadable': {
    id: 'bukan berkas XLSX yang dapat dibaca ({detail}). Buka di Excel lalu simpan ulang sebagai .xlsx.',
    en: 'not a readable XLSX file ({detail}). Open it in Excel and save it again as .xlsx.',
  },
  'zip-ods': {
    id: 'spreadsheet OpenDocument (.ods), bukan .xlsx. Buka di LibreOffice atau Excel lalu simpan sebagai .xlsx (Excel 2007-365).',
    en: 'an OpenDocument spreadsheet (.ods), not .xlsx. Open it in LibreOffice or Excel and save it as .xlsx (Excel 2007-365).',
  },
  'zip-office': {
    id: 'dokumen {detail}, bukan workbook. Berikan ekspor datanya dalam .xlsx atau .csv.',
    en: 'a {detail} document, not a workbook. Give the data export as .xlsx or .csv.',
  },
  'zip-archive': {
    id: 'arsip zip biasa berisi {count} berkas ({names}), bukan workbook .xlsx. Ekstrak dulu, lalu berikan berkas .xlsx/.csv di dalamnya.',
    en: 'a plain zip archive holding {count} file(s) ({names}), not an .xlsx workbook. Extract it and give the .xlsx/.csv files inside.',
  },
  html: {
    id: 'halaman web (HTML), bukan workbook atau CSV; beberapa aplikasi mengekspor tabel HTML dengan nama .xls. ' + SAVE_AS_XLSX.id,
    en: 'a web page (HTML), not a workbook or CSV; some applications export an HTML table under an .xls name. ' + SAVE_AS_XLSX.en,
  },
  'xml-2003': {
    id: 'XML Spreadsheet 2003, bukan .xlsx. ' + SAVE_AS_XLSX.id,
    en: 'an XML Spreadsheet 2003 file, not .xlsx. ' + SAVE_AS_XLSX.en,
  },
  xml: {
    id: 'berkas XML, bukan workbook .xlsx atau CSV. Berikan ekspor datanya dalam .xlsx atau .csv.',
    en: 'an XML file, not an .xlsx workbook or CSV. Give the data export as .xlsx or .csv.',
  },
  pdf: {
    id: 'berkas PDF, bukan CSV/XLSX; tabel dalam PDF tidak dapat dibaca. Minta ekspor datanya dalam .xlsx atau .csv.',
    en: 'a PDF file, not CSV/XLSX; tables in a PDF cannot be read. Ask for the data export as .xlsx or .csv.',
  },
  binary: {
    id: 'bukan teks CSV maupun workbook XLSX (berisi data biner). Berikan ekspor datanya dalam .xlsx atau .csv.',
    en: 'neither CSV text nor an XLSX workbook (it holds binary data). Give the data export as .xlsx or .csv.',
  },
  'xlsx-not-zip': {
    id: 'berekstensi .xlsx tetapi bukan berkas zip/XLSX (isinya teks). Bila isinya CSV, ganti ekstensinya menjadi .csv; bila tidak, buka di Excel lalu simpan ulang sebagai .xlsx.',
    en: 'named .xlsx but not a zip/XLSX file (it holds text). If it is CSV, rename it to .csv; otherwise open it in Excel and save it again as .xlsx.',
  },
  'xls-text': {
    id: 'berekstensi .xls tetapi isinya teks (CSV/TSV), bukan workbook Excel. Ganti ekstensinya menjadi .csv, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
    en: 'named .xls but it holds text (CSV/TSV), not an Excel workbook. Rename it to .csv, or open it in Excel and save it again as .xlsx.',
  },
};

/** `<file>: <what it is>. <how to fix>` */
export function fileProblemMessage(problem: FileProblem, file: string, lang: Lang, params: Record<string, string> = {}): string {
  const text = TEXT[problem][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  return `${file}: ${text}`;
}

const IO_TEXT = {
  notFound: { id: 'Berkas tidak ditemukan: {file}', en: 'File not found: {file}' },
  isDir: { id: '{file} adalah folder, bukan berkas CSV/XLSX.', en: '{file} is a folder, not a CSV/XLSX file.' },
  unreadable: { id: 'Berkas tidak dapat dibaca: {file} ({code})', en: 'File cannot be read: {file} ({code})' },
} satisfies Record<string, T>;

export function ioMessage(key: keyof typeof IO_TEXT, lang: Lang, params: Record<string, string>): string {
  return IO_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}
