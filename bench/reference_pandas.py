#!/usr/bin/env python3
"""pandas reference for `npm run bench`.

The default profile of docs/rules.md (permenpanrb-3-2020 v1), written the
way a data engineer would in pandas, over the same CSV files talenta reads; writes one row per
employee (nip, box, talent_pool, rank, rank_in_target_level, rank_in_unit). Same scope as bench/reference.sql: the headers the
fixtures generator writes, no roster BUP column; everything else follows the profile.

    /usr/bin/python3 bench/reference_pandas.py --dir DIR --out FILE [--as-of YYYY-MM-DD]

Every column is read as text (dtype=str, no NA conversion), as talenta reads it. Text columns
with few distinct values (predikat, ratings, kategori, jabatan, dates, JPM numbers) are parsed
once per distinct value and mapped back. Dates stay ISO `YYYY-MM-DD` strings (compared as text,
as talenta does). Scores are float64 rounded with round6, which mirrors talenta's
Math.round(x * 1e6) / 1e6.
"""
import argparse
import glob
import os
import re
import sys

import numpy as np
import pandas as pd

# ---- value parsers (one call per distinct value) ---------------------------------------------

_WS = re.compile(r'\s+')
_SLASH = re.compile(r'\s*/\s*')
_NUM = re.compile(r'^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$')
_YEAR = re.compile(r'(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)')
_ISO = re.compile(r'^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$')
_DMY = re.compile(r'^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$')
_ESELON = re.compile(r'^(iv|v|i{1,3}|[1-5])\s*[./]?\s*[ab]?$')
_ROMAN = {'i': 1, 'ii': 2, 'iii': 3, 'iv': 4, 'v': 5}


def fold(v):
    """Vocabulary key: lower case, whitespace folded, spaces around '/' removed, trimmed."""
    return _SLASH.sub('/', _WS.sub(' ', v.lower())).strip()


def parse_number(v):
    """`85,5`, `85.5`, `1.234,5`, `1,234.5`, `90%` → float; None when not a number."""
    s = _WS.sub('', v.strip())
    if s.endswith('%'):
        s = s[:-1]
    if s == '':
        return None
    last_dot, last_comma = s.rfind('.'), s.rfind(',')
    if last_dot >= 0 and last_comma >= 0:
        s = s.replace('.', '').replace(',', '.', 1) if last_comma > last_dot else s.replace(',', '')
    elif last_comma >= 0:
        s = s.replace(',', '') if s.count(',') > 1 else s.replace(',', '.', 1)
    elif last_dot >= 0 and s.count('.') > 1:
        s = s.replace('.', '')
    if not _NUM.match(s):
        return None
    n = float(s)
    return n if np.isfinite(n) else None


def _days_in_month(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _ymd(y, m, d):
    if 1 <= m <= 12 and 1 <= d <= _days_in_month(y, m):
        return f'{y:04d}-{m:02d}-{d:02d}'
    return None


def parse_date(v):
    """ISO (optionally with a time part), DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY → ISO text or None."""
    s = v.strip()
    m = _ISO.match(s)
    if m:
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.match(s)
    if m:
        return _ymd(int(m[3]), int(m[2]), int(m[1]))
    return None


def parse_year(v):
    m = _YEAR.search(v.strip())
    return int(m[1]) if m else None


def add_months(iso, months):
    """talenta's addMonths: the day is clamped to the length of the target month."""
    y, m, d = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    total = y * 12 + (m - 1) + months
    ny, nm = total // 12, total % 12 + 1
    return f'{ny:04d}-{nm:02d}-{min(d, _days_in_month(ny, nm)):02d}'


def eselon_tier(v):
    s = re.sub(r'^eselon\s*', '', fold(v))
    m = _ESELON.match(s)
    if not m:
        return None
    g = m[1]
    return _ROMAN.get(g) or int(g)


def by_value(s, fn):
    """Apply fn once per distinct value of a text column and map the results back."""
    u = s.unique()
    return s.map(dict(zip(u, (fn(x) for x in u))))


def as_float(s):
    return pd.to_numeric(s, errors='coerce').astype('float64')


def round6(x):
    """Math.round(x * 1e6) / 1e6 (half up), for float64 arrays."""
    y = np.asarray(x, dtype='float64') * 1e6
    r = np.floor(y)
    return (r + (y - r >= 0.5)) / 1e6


def clean_nip(s):
    """Join key: trimmed, a leading apostrophe dropped, spaces / dots / hyphens removed."""
    plain = s.str.isdigit()
    if plain.all():
        return s
    out = s.copy()
    odd = s[~plain].str.strip().str.replace(r"^['’`]", '', regex=True).str.replace(r'[\s.\-]', '', regex=True)
    out[~plain] = odd
    return out


PREDIKAT = {'sangat baik': 100, 'baik': 80, 'butuh perbaikan': 60, 'butuh perbaikan/cukup': 60, 'cukup': 60,
            'kurang/misconduct': 40, 'kurang': 40, 'misconduct': 40, 'sangat kurang': 20, 'buruk': 20}
RATING = {'di atas ekspektasi': 3, 'diatas ekspektasi': 3, 'di atas': 3, 'diatas': 3,
          'sesuai ekspektasi': 2, 'sesuai': 2,
          'di bawah ekspektasi': 1, 'dibawah ekspektasi': 1, 'di bawah': 1, 'dibawah': 1}
# PermenPANRB 6/2022: MATRIX[hasil][perilaku] (1 di bawah, 2 sesuai, 3 di atas) → score
MATRIX = np.full((4, 4), np.nan)
MATRIX[3, 1], MATRIX[3, 2], MATRIX[3, 3] = 40, 80, 100
MATRIX[2, 1], MATRIX[2, 2], MATRIX[2, 3] = 40, 80, 80
MATRIX[1, 1], MATRIX[1, 2], MATRIX[1, 3] = 20, 60, 60
KATEGORI = {'optimal': 3, 'ms': 3, 'memenuhi syarat': 3,
            'cukup optimal': 2, 'mms': 2, 'masih memenuhi syarat': 2,
            'kurang optimal': 1, 'kms': 1, 'kurang memenuhi syarat': 1}
# box[potential level][performance level], levels 1 (Rendah / Di Bawah) .. 3 (Tinggi / Di Atas)
BOX = np.zeros((4, 4), dtype='int64')
BOX[1, 1:] = [1, 2, 4]
BOX[2, 1:] = [3, 5, 7]
BOX[3, 1:] = [6, 8, 9]


# job levels (docs/rules.md §9.2): eselon I → JPT Madya … V → Pelaksana; else the JF jenjang named
# in the jabatan (highest first) unless the jenis jabatan says pelaksana / fungsional umum
ESELON_LEVEL = {1: 'JPT_MADYA', 2: 'JPT_PRATAMA', 3: 'ADMINISTRATOR', 4: 'PENGAWAS', 5: 'PELAKSANA'}
JF_JENJANG = [(re.compile(rf'\b{k}\b'), lv) for k, lv in [
    ('ahli utama', 'JF_AHLI_UTAMA'), ('ahli madya', 'JF_AHLI_MADYA'), ('ahli muda', 'JF_AHLI_MUDA'),
    ('ahli pertama', 'JF_AHLI_PERTAMA'), ('penyelia', 'JF_PENYELIA'), ('mahir', 'JF_MAHIR'),
    ('terampil', 'JF_TERAMPIL'), ('pemula', 'JF_PEMULA')]]
# the target level: the next level up (docs/rules.md §9); none at the top of a ladder
NEXT_LEVEL = {'PELAKSANA': 'PENGAWAS', 'PENGAWAS': 'ADMINISTRATOR', 'ADMINISTRATOR': 'JPT_PRATAMA',
              'JPT_PRATAMA': 'JPT_MADYA', 'JF_PEMULA': 'JF_TERAMPIL', 'JF_TERAMPIL': 'JF_MAHIR',
              'JF_MAHIR': 'JF_PENYELIA', 'JF_AHLI_PERTAMA': 'JF_AHLI_MUDA', 'JF_AHLI_MUDA': 'JF_AHLI_MADYA',
              'JF_AHLI_MADYA': 'JF_AHLI_UTAMA'}


def jf_level(v):
    f = fold(v)
    return next((lv for rx, lv in JF_JENJANG if rx.search(f)), None)


def legacy_score(n, y):
    """Legacy NILAI SKP: PP 46/2011 up to 2018 (0–100), PP 30/2019 from 2019 (0–120); out of scale → NaN."""
    n = np.asarray(n, dtype='float64')
    y = np.asarray(y, dtype='float64')
    old = y <= 2018
    out_of_scale = np.isnan(n) | np.isnan(y) | (n < 0) | (n > np.where(old, 100, 120))
    old_s = np.select([n >= 91, n >= 76, n >= 61, n >= 51], [100, 80, 60, 40], 20)
    new_s = np.select([n >= 110, n >= 90, n >= 70, n >= 50], [100, 80, 60, 40], 20)
    return np.where(out_of_scale, np.nan, np.where(old, old_s, new_s).astype('float64'))


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding='utf-8')


def level3(score, high, middle):
    return np.select([score >= high, score >= middle, ~np.isnan(score)], [3, 2, 1], 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dir', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--as-of', default='2026-09-30')
    a = ap.parse_args()
    as_of = a.as_of
    as_of_year = int(as_of[:4])
    cact_expiry = add_months(as_of, -36)
    hukdis_from = add_months(as_of, -24)

    # ---- roster ----------------------------------------------------------------------------
    roster = read(os.path.join(a.dir, 'pegawai.csv'))
    roster = roster.drop_duplicates()  # a row repeated identically is one employee
    nip = clean_nip(roster['NIP BARU'])
    jenis_pegawai = by_value(roster['JENIS PEGAWAI NAMA'], fold)
    pns_checked = (jenis_pegawai != '') & ~by_value(jenis_pegawai, lambda f: bool(re.search(r'\b(pppk|p3k)\b', f)))
    # NIP (docs/rules.md §4.3): 18 digits, birth date, TMT year (+ month for PNS/CPNS), sex digit, sequence
    digits = nip.str.fullmatch(r'[0-9]{18}').fillna(False).to_numpy()
    n = np.where(digits, pd.to_numeric(nip.where(digits, '0'), errors='coerce'), 0).astype('int64')
    by, bm, bd = n // 10**14, (n // 10**12) % 100, (n // 10**10) % 100
    ty, tm, sex, seq = (n // 10**6) % 10000, (n // 10**4) % 100, (n // 1000) % 10, n % 1000
    leap = (by % 4 == 0) & ((by % 100 != 0) | (by % 400 == 0))
    dim = np.select([bm == 2, np.isin(bm, [4, 6, 9, 11])], [np.where(leap, 29, 28), 30], 31)
    nip_valid = (digits & (bm >= 1) & (bm <= 12) & (bd >= 1) & (bd <= dim)
                 & (by >= 1940) & (by <= as_of_year - 17) & (ty >= by + 18) & (ty <= as_of_year)
                 & (~pns_checked.to_numpy() | ((tm >= 1) & (tm <= 12)))
                 & ((sex == 1) | (sex == 2)) & (seq != 0))
    nip_ganda = (nip.duplicated(keep=False) & (nip != '')).to_numpy()
    emp = pd.DataFrame({'nip': nip.to_numpy(), 'nip_ok': nip_valid & ~nip_ganda})
    keys = pd.Index(nip[nip != ''].unique())

    # ---- SKP -------------------------------------------------------------------------------
    skp_files = sorted(glob.glob(os.path.join(a.dir, 'skp-*.csv')))
    skp = pd.concat([read(f) for f in skp_files], ignore_index=True)
    skp_nip = clean_nip(skp['NIP BARU'])
    keep = skp_nip.isin(keys).to_numpy()
    skp = skp[keep]
    skp_nip = skp_nip[keep]
    yr = as_float(by_value(skp['TAHUN'], parse_year)).to_numpy()
    blank = lambda col: by_value(skp[col], lambda v: v.strip() == '').to_numpy(dtype=bool)
    p_blank, h_blank, b_blank, n_blank = (blank('PREDIKAT KINERJA'), blank('RATING HASIL KERJA'),
                                          blank('RATING PERILAKU KERJA'), blank('NILAI SKP'))
    p_score = as_float(by_value(skp['PREDIKAT KINERJA'], lambda v: PREDIKAT.get(fold(v)))).to_numpy()
    rh = as_float(by_value(skp['RATING HASIL KERJA'], lambda v: RATING.get(fold(v)))).fillna(0).to_numpy('int64')
    rb = as_float(by_value(skp['RATING PERILAKU KERJA'], lambda v: RATING.get(fold(v)))).fillna(0).to_numpy('int64')
    m_score = MATRIX[rh, rb]
    l_score = legacy_score(as_float(by_value(skp['NILAI SKP'], parse_number)), yr)
    score = np.where(~p_blank, p_score,
                     np.where(~h_blank & ~b_blank, m_score,
                              np.where(~n_blank, l_score, np.nan)))
    s = pd.DataFrame({'nip': skp_nip.to_numpy(), 'yr': yr, 'score': score})
    s = s[~np.isnan(s['yr']) & ~np.isnan(s['score'])]
    # two rows for one NIP and year: the worse predikat
    s = s.groupby(['nip', 'yr'], sort=False, as_index=False)['score'].min()
    in_window = s['yr'] <= as_of_year
    n_year = s.loc[in_window, 'yr'].max() if in_window.any() else np.nan
    s_n = s[s['yr'] == n_year].set_index('nip')['score'].rename('s_n')
    s_n1 = s[s['yr'] == n_year - 1].set_index('nip')['score'].rename('s_n1')
    perf = pd.concat([s_n, s_n1], axis=1)
    both = perf['s_n'].notna() & perf['s_n1'].notna()
    perf['perf'] = np.where(both, round6(perf['s_n'] * 0.6 + perf['s_n1'] * 0.4),
                            perf['s_n'].fillna(perf['s_n1']))

    # ---- CACT ------------------------------------------------------------------------------
    cact = read(os.path.join(a.dir, 'cact.csv'))
    cact_nip = clean_nip(cact['NIP BARU'])
    keep = cact_nip.isin(keys).to_numpy()
    cact = cact[keep]

    def jpm(col):
        x = as_float(by_value(cact[col], parse_number)).to_numpy()
        return np.where((x >= 0) & (x <= 200), x, np.nan)

    c = pd.DataFrame({
        'nip': cact_nip[keep].to_numpy(),
        'potensi': jpm('JPM POTENSI'),
        'kompetensi': jpm('JPM KOMPETENSI'),
        'm': jpm('JPM MANSOSKUL'),
        'l': jpm('JPM LITERASI DIGITAL'),
        'e': jpm('JPM EMERGING SKILL'),
        'kategori': as_float(by_value(cact['KATEGORI'], lambda v: KATEGORI.get(fold(v)))).to_numpy(),
        'tanggal': by_value(cact['TANGGAL TES'], parse_date).to_numpy(),
    })
    has_value = c[['potensi', 'kompetensi', 'm', 'l', 'e', 'kategori']].notna().any(axis=1)
    c = c[has_value]
    # several rows: the latest test; a row without a date counts as oldest; ties keep input order
    dup = c['nip'].duplicated(keep=False)
    if dup.any():
        many = c[dup].assign(tk=c.loc[dup, 'tanggal'].fillna(''))
        many = many.sort_values(['nip', 'tk'], ascending=[True, False], kind='stable')
        many = many.drop_duplicates('nip', keep='first').drop(columns='tk')
        c = pd.concat([c[~dup], many])
    c = c.set_index('nip')
    parts = c[['m', 'l', 'e']]
    n_parts = parts.notna().sum(axis=1)
    parts_sum = (c['m'].fillna(0) + c['l'].fillna(0)) + c['e'].fillna(0)
    komp = c['kompetensi'].where(c['kompetensi'].notna(),
                                 pd.Series(np.where(n_parts > 0, round6(parts_sum / n_parts.where(n_parts > 0, 1)), np.nan),
                                           index=c.index))
    pot = c['potensi']
    c['pot'] = np.where(pot.notna() & komp.notna(), round6(0.5 * pot + 0.5 * komp), pot.fillna(komp))
    c['expired'] = c['tanggal'].notna() & (c['tanggal'].fillna('9999') < cact_expiry)

    # ---- hukdis ----------------------------------------------------------------------------
    hk = read(os.path.join(a.dir, 'hukdis.csv'))
    if len(hk):
        lvl = by_value(hk['TINGKAT HUKUMAN'], lambda v: 'berat' in fold(v) or 'sedang' in fold(v)).to_numpy(dtype=bool)
        tmt = by_value(hk['TMT HUKUMAN'], parse_date).fillna('')
        hit = lvl & (tmt >= hukdis_from).to_numpy() & (tmt <= as_of).to_numpy() & (tmt != '').to_numpy()
        hukdis_nips = pd.Index(clean_nip(hk['NIP BARU'])[hit].unique())
    else:
        hukdis_nips = pd.Index([])

    # ---- per employee ----------------------------------------------------------------------
    emp = emp.join(perf['perf'], on='nip').join(c[['pot', 'kategori', 'expired']], on='nip')
    emp['has_cact'] = emp['nip'].isin(c.index) & (emp['nip'] != '')
    perf_s = emp['perf'].to_numpy(dtype='float64')
    pot_s = emp['pot'].to_numpy(dtype='float64')
    perf_lvl = level3(perf_s, 90, 70)
    pot_lvl = level3(pot_s, 90, 78)
    pot_lvl = np.where(pot_lvl == 0, emp['kategori'].fillna(0).to_numpy('int64'), pot_lvl)
    mapped = (emp['nip_ok'].to_numpy() & (perf_lvl > 0) & emp['has_cact'].to_numpy()
              & ~emp['expired'].fillna(False).to_numpy(dtype=bool) & (pot_lvl > 0))
    box = np.where(mapped, BOX[pot_lvl, perf_lvl], 0)
    talent = np.where(mapped, round6(0.5 * perf_s + 0.5 * pot_s), np.nan)

    # talent-pool exclusions
    kedudukan = by_value(roster['KEDUDUKAN HUKUM NAMA'], fold).to_numpy()
    tidak_aktif = (kedudukan != '') & (kedudukan != 'aktif')
    hukdis = emp['nip'].isin(hukdis_nips).to_numpy() & (emp['nip'] != '').to_numpy()
    bukan_pns = by_value(jenis_pegawai, lambda f: f != '' and not (f in ('pns', 'p') or re.match(r'pns\b', f))).to_numpy(dtype=bool)
    # BUP: 60 for JPT (eselon I/II) and JF Ahli Madya, 65 for JF Ahli Utama, else 58
    tier = as_float(by_value(roster['ESELON NAMA'], eselon_tier)).to_numpy()
    jf_ok = np.isnan(tier) & by_value(roster['JENIS JABATAN NAMA'],
                                      lambda v: 'pelaksana' not in fold(v) and 'umum' not in fold(v)).to_numpy(dtype=bool)
    jab = by_value(roster['JABATAN NAMA'], lambda v: 2 if re.search(r'\bahli utama\b', fold(v))
                   else 1 if re.search(r'\bahli madya\b', fold(v)) else 0).to_numpy()
    bup = np.select([(tier == 1) | (tier == 2), jf_ok & (jab == 2), jf_ok & (jab == 1)], [60, 65, 60], 58)
    # birth date: TANGGAL LAHIR, else from a valid NIP
    birth = by_value(roster['TANGGAL LAHIR'], parse_date).to_numpy(dtype=object)
    no_birth = pd.isna(birth) & nip_valid
    if no_birth.any():
        nb = nip.to_numpy()[no_birth]
        birth[no_birth] = [f'{x[0:4]}-{x[4:6]}-{x[6:8]}' for x in nb]
    pairs = pd.DataFrame({'birth': birth, 'bup': bup})
    has_birth = pairs['birth'].notna().to_numpy()
    pairs = pairs[has_birth]
    thresholds = {}
    for b, age in pairs.drop_duplicates().itertuples(index=False):
        thresholds[(b, age)] = add_months(add_months(b, age * 12), -12)
    near_bup = np.zeros(len(emp), dtype=bool)
    near_bup[has_birth] = [as_of >= thresholds[(b, age)] for b, age in pairs.itertuples(index=False)]

    in_pool = np.isin(box, [7, 8, 9]) & ~(tidak_aktif | hukdis | near_bup | bukan_pns)

    # target level (of the current level) and unit, for the ranks inside each
    level = by_value(roster['JABATAN NAMA'], jf_level).to_numpy(dtype=object)
    level[~jf_ok] = None
    level[np.isnan(tier) & ~jf_ok] = 'PELAKSANA'
    has_tier = ~np.isnan(tier)
    level[has_tier] = [ESELON_LEVEL.get(int(t)) for t in tier[has_tier]]
    target = pd.Series(level).map(NEXT_LEVEL).to_numpy(dtype=object)
    unit = roster['SATUAN KERJA INDUK NAMA'].str.strip().to_numpy(dtype=object)

    # ---- ranking ---------------------------------------------------------------------------
    out = pd.DataFrame({'nip': emp['nip'].to_numpy(), 'box': box, 'talent': talent, 'pot': pot_s, 'perf': perf_s})
    pool = out[in_pool].sort_values(['box', 'talent', 'pot', 'perf', 'nip'],
                                    ascending=[False, False, False, False, True], na_position='last', kind='stable')
    rank = pd.Series(np.arange(1, len(pool) + 1), index=pool.index)
    # the same order inside each target level and each unit (no rank without a target level)
    pool_target = pd.Series(target[pool.index.to_numpy()], index=pool.index)
    with_target = pool_target[pool_target.notna()]
    rank_in_target = with_target.groupby(with_target, sort=False).cumcount() + 1
    pool_unit = pd.Series(unit[pool.index.to_numpy()], index=pool.index)
    rank_in_unit = pool_unit.groupby(pool_unit, sort=False).cumcount() + 1
    result = pd.DataFrame({
        'nip': out['nip'],
        'box': pd.Series(box).where(box > 0).astype('Int64'),
        'talent_pool': in_pool.astype('int64'),
        'rank': rank.reindex(out.index).astype('Int64'),
        'rank_in_target_level': rank_in_target.reindex(out.index).astype('Int64'),
        'rank_in_unit': rank_in_unit.reindex(out.index).astype('Int64'),
    })
    result.to_csv(a.out, index=False)


if __name__ == '__main__':
    try:
        main()
    except Exception as err:  # noqa: BLE001 (a reference job: report and exit 2)
        print(f'reference_pandas: {type(err).__name__}: {err}', file=sys.stderr)
        sys.exit(2)
