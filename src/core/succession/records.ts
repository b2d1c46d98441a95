/**
 * Roster fields and hukdis rows the succession checks need but the classifier does not keep
 * (TMT jabatan, tingkat pendidikan, TMT golongan, the roster's BUP; hukdis level and TMT), read
 * by NIP from the tables the classifier recognised. Pure.
 */
import type { Profile } from '../profile.js';
import { forEachDataRow, type RecognisedTable } from '../tables.js';
import { cellText, cleanNip, foldText, normHeader, parseDate, parseNumber } from '../values.js';
import type { SuccessionParams } from './params.js';
import type { HukdisRecord, PersonExtra } from './types.js';

export interface Records {
  extras: Map<string, PersonExtra>;
  hukdis: Map<string, HukdisRecord[]>;
  /** a hukdis table was among the inputs (S11 can be checked) */
  hukdisTable: boolean;
  /** which optional roster fields were found (header text), for the Metodologi sheet */
  rosterFields: Record<string, string>;
}

/** Hukdis level from its text (PP 94/2021: ringan, sedang, berat), as the classifier reads it. */
function hukdisLevelOf(text: string): HukdisRecord['level'] | null {
  const f = foldText(text);
  return f.includes('berat') ? 'BERAT' : f.includes('sedang') ? 'SEDANG' : f.includes('ringan') ? 'RINGAN' : null;
}

export function readRecords(tables: readonly RecognisedTable[], profile: Profile, p: SuccessionParams): Records {
  const extras = new Map<string, PersonExtra>();
  const hukdis = new Map<string, HukdisRecord[]>();
  const rosterFields: Record<string, string> = {};
  let hukdisTable = false;
  for (const t of tables) {
    if (t.headerIndex === null) continue;
    if (t.roles.includes('roster')) {
      const r = t.columns.roster ?? {};
      const nipCol = r.nip;
      if (nipCol === undefined) continue;
      const cols: Record<string, number> = {};
      t.headers.forEach((h, col) => {
        const k = normHeader(h);
        for (const [field, aliases] of Object.entries(p.headers.roster)) {
          const pr = aliases.findIndex((a) => normHeader(a) === k);
          if (pr >= 0 && !(field in cols)) {
            cols[field] = col;
            rosterFields[field] = h;
          }
        }
      });
      const d1904 = t.raw.date1904;
      const date = (row: (typeof t.raw.rows)[number], f: string) => (cols[f] === undefined ? null : parseDate(row[cols[f]] ?? null, d1904));
      const text = (row: (typeof t.raw.rows)[number], f: string) => {
        if (cols[f] === undefined) return null;
        const s = cellText(row[cols[f]] ?? null);
        return s === '' ? null : s;
      };
      forEachDataRow(t, (row) => {
        const nip = cleanNip(row[nipCol] ?? null);
        if (nip === '' || extras.has(nip)) return;
        const bupCell = r.bup === undefined ? null : parseNumber(row[r.bup] ?? null);
        extras.set(nip, {
          tmtJabatan: date(row, 'tmt_jabatan'),
          tingkatPendidikan: text(row, 'tingkat_pendidikan'),
          pendidikan: text(row, 'pendidikan'),
          tmtGolongan: date(row, 'tmt_golongan'),
          kodeJabatan: text(row, 'kode_jabatan'),
          rosterBup: bupCell !== null && Number.isInteger(bupCell) && bupCell >= 50 && bupCell <= 75 ? bupCell : null,
        });
      });
    }
    if (t.roles.includes('hukdis')) {
      hukdisTable = true;
      const h = t.columns.hukdis ?? {};
      if (h.nip === undefined || h.tingkat === undefined || h.tmt === undefined) continue;
      forEachDataRow(t, (row) => {
        const nip = cleanNip(row[h.nip!] ?? null);
        const level = hukdisLevelOf(cellText(row[h.tingkat!] ?? null));
        const tmt = parseDate(row[h.tmt!] ?? null, t.raw.date1904);
        // unreadable rows are already reported by the classifier (HUKDIS_*_TIDAK_*)
        if (nip === '' || !level || !tmt) return;
        const list = hukdis.get(nip);
        if (list) list.push({ level, tmt });
        else hukdis.set(nip, [{ level, tmt }]);
      });
    }
  }
  return { extras, hukdis, hukdisTable, rosterFields };
}
