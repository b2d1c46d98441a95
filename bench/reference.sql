-- DuckDB reference for `npm run bench`: the default profile of
-- docs/rules.md (permenpanrb-3-2020 v1) written as one query over the
-- same CSV files talenta reads, writing one result row per employee (nip, box, talent_pool, rank,
-- rank_in_target_level, rank_in_unit).
--
-- bench/duckdb-ref.ts substitutes the placeholders: {{pegawai}}, {{cact}}, {{hukdis}} (quoted
-- file names), {{skp}} (a list of quoted file names), {{out}} (quoted output CSV), {{asof}}
-- (YYYY-MM-DD). Every column is read as VARCHAR, as talenta reads text.
--
-- Scope: the headers the fixtures generator writes (SIASN / CACT BKN / e-Kinerja canonical
-- names), not the header aliases or role recognition; no roster BUP column (the generator does
-- not write one); several CACT rows with the same latest TANGGAL TES for one NIP pick one of
-- them arbitrarily (talenta: the first in input order; the generator writes one CACT row per
-- employee). Everything else follows the profile, including the parts of it the generated data
-- does not exercise (rating matrix, legacy NILAI SKP bands, kategori fallback, kompetensi from
-- its parts, duplicate SKP years, NIP validity, NIP_GANDA, identical roster rows merged).
--
-- The macros below are helpers only (value parsing shared by several columns); the job itself
-- is the single COPY statement at the end. Numeric work is in DOUBLE with round(x, 6), which
-- mirrors talenta's round6 (Math.round(x * 1e6) / 1e6) for the non-negative scores here.

-- text vocabulary key: lower case, whitespace folded, spaces around '/' removed, trimmed (the
-- regex replacements only for the values that need them; ASCII whitespace only)
CREATE OR REPLACE TEMP MACRO fold(s) AS CASE
  WHEN s IS NULL THEN ''
  WHEN NOT regexp_matches(s, '[\t\n\v\f\r ]{2}|[\t\n\v\f\r]|[\t\n\v\f\r ]/|/[\t\n\v\f\r ]|^[\t\n\v\f\r ]|[\t\n\v\f\r ]$') THEN lower(s)
  ELSE trim(regexp_replace(regexp_replace(lower(s), '[\t\n\v\f\r ]+', ' ', 'g'), ' ?/ ?', '/', 'g')) END;
CREATE OR REPLACE TEMP MACRO blank(s) AS coalesce(trim(s), '') = '';
-- NIP as a join key: trimmed, a leading apostrophe dropped, spaces / dots / hyphens removed
-- (CASE evaluates a branch only for the rows that reach it: plain digits skip the regexes)
CREATE OR REPLACE TEMP MACRO clean_nip(s) AS CASE
  WHEN regexp_full_match(s, '[0-9]+') THEN s
  ELSE regexp_replace(regexp_replace(trim(coalesce(s, '')), '^[''’`]', ''), '[\s.\-]', '', 'g') END;
-- numbers written the Indonesian or the English way (85,5 / 85.5 / 1.234,5 / 1,234.5 / 90%)
CREATE OR REPLACE TEMP MACRO num_norm(t) AS CASE
  WHEN strpos(t, ',') > 0 AND strpos(t, '.') > 0 THEN
    CASE WHEN strpos(reverse(t), ',') < strpos(reverse(t), '.')
         THEN replace(replace(t, '.', ''), ',', '.')
         ELSE replace(t, ',', '') END
  WHEN strpos(t, ',') > 0 THEN
    CASE WHEN length(t) - length(replace(t, ',', '')) > 1 THEN replace(t, ',', '') ELSE replace(t, ',', '.') END
  WHEN length(t) - length(replace(t, '.', '')) > 1 THEN replace(t, '.', '')
  ELSE t END;
CREATE OR REPLACE TEMP MACRO num_checked(t) AS CASE
  WHEN regexp_full_match(t, '[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?') THEN TRY_CAST(t AS DOUBLE) END;
CREATE OR REPLACE TEMP MACRO num(s) AS CASE
  WHEN s IS NULL THEN NULL
  WHEN regexp_full_match(s, '\d+(\.\d+)?') THEN CAST(s AS DOUBLE)
  ELSE num_checked(num_norm(regexp_replace(regexp_replace(s, '\s+', '', 'g'), '%$', ''))) END;
-- JPM percent: 0..200, else invalid (absent)
CREATE OR REPLACE TEMP MACRO jpm_range(x) AS CASE WHEN x BETWEEN 0 AND 200 THEN x END;
-- dates: ISO (optionally with a time part), else DD-MM-YYYY / DD/MM/YYYY / DD.MM.YYYY
CREATE OR REPLACE TEMP MACRO dt(s) AS coalesce(
  TRY_CAST(s AS DATE),
  try_strptime(regexp_extract(trim(s), '^(\d{4}-\d{1,2}-\d{1,2})(?:[T ].*)?$', 1), '%Y-%m-%d')::DATE,
  try_strptime(regexp_replace(trim(s), '[/.]', '-', 'g'), '%d-%m-%Y')::DATE);
-- predikat → score (Sangat Baik 100 … Sangat Kurang 20); unknown text → NULL
CREATE OR REPLACE TEMP MACRO predikat_score(f) AS CASE
  WHEN f = 'sangat baik' THEN 100
  WHEN f = 'baik' THEN 80
  WHEN f IN ('butuh perbaikan', 'butuh perbaikan/cukup', 'cukup') THEN 60
  WHEN f IN ('kurang/misconduct', 'kurang', 'misconduct') THEN 40
  WHEN f IN ('sangat kurang', 'buruk') THEN 20 END;
-- rating → 3 (di atas) / 2 (sesuai) / 1 (di bawah); unknown → NULL
CREATE OR REPLACE TEMP MACRO rating(f) AS CASE
  WHEN f IN ('di atas ekspektasi', 'diatas ekspektasi', 'di atas', 'diatas') THEN 3
  WHEN f IN ('sesuai ekspektasi', 'sesuai') THEN 2
  WHEN f IN ('di bawah ekspektasi', 'dibawah ekspektasi', 'di bawah', 'dibawah') THEN 1 END;
-- PermenPANRB 6/2022 matrix (hasil kerja × perilaku kerja) → score
CREATE OR REPLACE TEMP MACRO matrix_score(h, p) AS CASE
  WHEN h IS NULL OR p IS NULL THEN NULL
  WHEN h = 3 AND p = 3 THEN 100
  WHEN h >= 2 AND p = 1 THEN 40
  WHEN h >= 2 THEN 80
  WHEN p = 1 THEN 20
  ELSE 60 END;
-- legacy NILAI SKP: PP 46/2011 up to 2018 (0–100), PP 30/2019 from 2019 (0–120); out of scale → NULL
CREATE OR REPLACE TEMP MACRO legacy_score(n, y) AS CASE
  WHEN n IS NULL OR y IS NULL THEN NULL
  WHEN y <= 2018 THEN CASE
    WHEN n < 0 OR n > 100 THEN NULL
    WHEN n >= 91 THEN 100 WHEN n >= 76 THEN 80 WHEN n >= 61 THEN 60 WHEN n >= 51 THEN 40 ELSE 20 END
  ELSE CASE
    WHEN n < 0 OR n > 120 THEN NULL
    WHEN n >= 110 THEN 100 WHEN n >= 90 THEN 80 WHEN n >= 70 THEN 60 WHEN n >= 50 THEN 40 ELSE 20 END
  END;
-- eselon tier 1–5 from II.a, IIa, 2a, II/a, Eselon III.b; NULL when blank or unknown
CREATE OR REPLACE TEMP MACRO eselon_tier(f) AS CASE WHEN f = '' THEN NULL ELSE CASE regexp_extract(
    regexp_replace(f, '^eselon\s*', ''), '^(iv|v|i{1,3}|[1-5])\s*[./]?\s*[ab]?$', 1)
  WHEN 'i' THEN 1 WHEN '1' THEN 1 WHEN 'ii' THEN 2 WHEN '2' THEN 2 WHEN 'iii' THEN 3 WHEN '3' THEN 3
  WHEN 'iv' THEN 4 WHEN '4' THEN 4 WHEN 'v' THEN 5 WHEN '5' THEN 5 END END;
-- current job level (docs/rules.md §9.2, UU 5/2014 Pasal 131): eselon I → JPT Madya, II → JPT
-- Pratama, III → Administrator, IV → Pengawas, V → Pelaksana; without an eselon, the JF jenjang
-- named in the jabatan (highest first), unless the jenis jabatan says pelaksana / fungsional
-- umum, which is Pelaksana; otherwise unknown (NULL). jj and jab are folded (see fold).
CREATE OR REPLACE TEMP MACRO job_level(tier, jj, jab) AS CASE
  WHEN tier = 1 THEN 'JPT_MADYA'
  WHEN tier = 2 THEN 'JPT_PRATAMA'
  WHEN tier = 3 THEN 'ADMINISTRATOR'
  WHEN tier = 4 THEN 'PENGAWAS'
  WHEN tier = 5 THEN 'PELAKSANA'
  WHEN jj LIKE '%pelaksana%' OR jj LIKE '%umum%' THEN 'PELAKSANA'
  WHEN regexp_matches(jab, '\bahli utama\b') THEN 'JF_AHLI_UTAMA'
  WHEN regexp_matches(jab, '\bahli madya\b') THEN 'JF_AHLI_MADYA'
  WHEN regexp_matches(jab, '\bahli muda\b') THEN 'JF_AHLI_MUDA'
  WHEN regexp_matches(jab, '\bahli pertama\b') THEN 'JF_AHLI_PERTAMA'
  WHEN regexp_matches(jab, '\bpenyelia\b') THEN 'JF_PENYELIA'
  WHEN regexp_matches(jab, '\bmahir\b') THEN 'JF_MAHIR'
  WHEN regexp_matches(jab, '\bterampil\b') THEN 'JF_TERAMPIL'
  WHEN regexp_matches(jab, '\bpemula\b') THEN 'JF_PEMULA' END;
-- target level = the next level up (docs/rules.md §9); NULL at the top of a ladder
-- (JPT Madya, JF Penyelia, JF Ahli Utama) and for an unknown level
CREATE OR REPLACE TEMP MACRO next_level(lv) AS CASE lv
  WHEN 'PELAKSANA' THEN 'PENGAWAS'
  WHEN 'PENGAWAS' THEN 'ADMINISTRATOR'
  WHEN 'ADMINISTRATOR' THEN 'JPT_PRATAMA'
  WHEN 'JPT_PRATAMA' THEN 'JPT_MADYA'
  WHEN 'JF_PEMULA' THEN 'JF_TERAMPIL'
  WHEN 'JF_TERAMPIL' THEN 'JF_MAHIR'
  WHEN 'JF_MAHIR' THEN 'JF_PENYELIA'
  WHEN 'JF_AHLI_PERTAMA' THEN 'JF_AHLI_MUDA'
  WHEN 'JF_AHLI_MUDA' THEN 'JF_AHLI_MADYA'
  WHEN 'JF_AHLI_MADYA' THEN 'JF_AHLI_UTAMA' END;

COPY (
WITH
params AS (
  SELECT DATE '{{asof}}' AS ref_date,
         year(DATE '{{asof}}') AS ref_year,
         (DATE '{{asof}}' - INTERVAL 3 YEAR)::DATE AS cact_expiry,
         (DATE '{{asof}}' - INTERVAL 2 YEAR)::DATE AS hukdis_from
),
roster_raw AS MATERIALIZED (
  SELECT * FROM read_csv({{pegawai}}, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
),
-- a roster row repeated identically is one employee (identical rows share their NIP cell, so
-- only rows whose NIP cell repeats need the whole-row DISTINCT)
repeated AS (
  SELECT "NIP BARU" AS k FROM roster_raw GROUP BY ALL HAVING count(*) > 1
),
roster_rows AS (
  SELECT * FROM roster_raw ANTI JOIN repeated ON "NIP BARU" IS NOT DISTINCT FROM k
  UNION ALL
  SELECT DISTINCT * FROM roster_raw SEMI JOIN repeated ON "NIP BARU" IS NOT DISTINCT FROM k
),
roster AS MATERIALIZED (
  SELECT nip, jenis_pegawai, kedudukan, tier, level, next_level(level) AS target_level, unor_induk, tanggal_lahir
  FROM (
    SELECT *, job_level(tier, jenis_jabatan, jabatan) AS level FROM (
      SELECT
        clean_nip("NIP BARU") AS nip,
        fold("JENIS PEGAWAI NAMA") AS jenis_pegawai,
        fold("KEDUDUKAN HUKUM NAMA") AS kedudukan,
        fold("JENIS JABATAN NAMA") AS jenis_jabatan,
        fold("JABATAN NAMA") AS jabatan,
        eselon_tier(fold("ESELON NAMA")) AS tier,
        -- the unit of rank_in_unit: the unor_induk text, trimmed (blank is one unit of its own)
        coalesce(trim("SATUAN KERJA INDUK NAMA"), '') AS unor_induk,
        dt("TANGGAL LAHIR") AS tanggal_lahir
      FROM roster_rows
    )
  )
),
-- roster NIPs (join keys) and how many employees carry each (more than one: NIP_GANDA)
keys AS MATERIALIZED (SELECT nip, count(*) AS rows FROM roster WHERE nip <> '' GROUP BY nip),
roster_checked AS (
  SELECT r.*,
    -- NIP (docs/rules.md §4.3): 18 digits, birth date, TMT year (+ month for PNS/CPNS), sex digit, sequence
    regexp_full_match(nip, '\d{18}')
      AND try_strptime(substr(nip, 1, 8), '%Y%m%d') IS NOT NULL
      AND substr(nip, 1, 4)::INT BETWEEN 1940 AND p.ref_year - 17
      AND substr(nip, 9, 4)::INT BETWEEN substr(nip, 1, 4)::INT + 18 AND p.ref_year
      AND (jenis_pegawai = '' OR regexp_matches(jenis_pegawai, '\b(pppk|p3k)\b')
           OR substr(nip, 13, 2)::INT BETWEEN 1 AND 12)
      AND substr(nip, 15, 1) IN ('1', '2')
      AND substr(nip, 16, 3) <> '000' AS nip_valid,
    coalesce(k.rows > 1, false) AS nip_ganda
  FROM roster r CROSS JOIN params p LEFT JOIN keys k USING (nip)
),
-- SKP: predikat; else the 6/2022 matrix of both ratings; else the legacy value by its year
skp_rows AS MATERIALIZED (
  SELECT nip, yr,
    CASE
      WHEN NOT blank(predikat) THEN predikat_score(fold(predikat))
      WHEN NOT blank(hasil) AND NOT blank(perilaku) THEN matrix_score(rating(fold(hasil)), rating(fold(perilaku)))
      WHEN NOT blank(nilai) THEN legacy_score(num(nilai), yr)
    END AS score
  FROM (
    SELECT clean_nip("NIP BARU") AS nip,
      CASE WHEN regexp_full_match("TAHUN", '\d{4}') THEN "TAHUN"::INT
           ELSE TRY_CAST(regexp_extract(trim("TAHUN"), '(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)', 1) AS INT) END AS yr,
      "PREDIKAT KINERJA" AS predikat, "RATING HASIL KERJA" AS hasil,
      "RATING PERILAKU KERJA" AS perilaku, "NILAI SKP" AS nilai
    FROM read_csv({{skp}}, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"', union_by_name = true)
  ) s
  WHERE yr BETWEEN 1900 AND 2199
),
-- the window: the latest year of a usable row of a roster NIP not after the reference date's
-- year (N), and N-1
win AS (
  SELECT max(yr) FILTER (WHERE score IS NOT NULL) AS n
  FROM (SELECT nip, yr, score FROM skp_rows, params WHERE yr <= ref_year) SEMI JOIN keys USING (nip)
),
-- two rows for one NIP and year: the worse predikat (min); 0.6 × N + 0.4 × N-1, or one year alone
perf AS (
  SELECT nip,
    CASE WHEN s_n IS NOT NULL AND s_n1 IS NOT NULL THEN round(s_n * 0.6::DOUBLE + s_n1 * 0.4::DOUBLE, 6)
         ELSE coalesce(s_n, s_n1)::DOUBLE END AS perf_score
  FROM (
    SELECT nip, min(score) FILTER (WHERE yr = win.n) AS s_n, min(score) FILTER (WHERE yr = win.n - 1) AS s_n1
    FROM skp_rows, win
    WHERE yr = win.n OR yr = win.n - 1
    GROUP BY nip
  )
  WHERE s_n IS NOT NULL OR s_n1 IS NOT NULL
),
-- CACT
cact_rows AS (
  SELECT nip, jpm_range(potensi) AS potensi, jpm_range(kompetensi) AS kompetensi,
    jpm_range(m) AS m, jpm_range(l) AS l, jpm_range(e) AS e,
    CASE
      WHEN kategori IN ('optimal', 'ms', 'memenuhi syarat') THEN 3
      WHEN kategori IN ('cukup optimal', 'mms', 'masih memenuhi syarat') THEN 2
      WHEN kategori IN ('kurang optimal', 'kms', 'kurang memenuhi syarat') THEN 1
    END AS kategori,
    tanggal
  FROM (
    SELECT clean_nip("NIP BARU") AS nip,
      num("JPM POTENSI") AS potensi,
      num("JPM KOMPETENSI") AS kompetensi,
      num("JPM MANSOSKUL") AS m, num("JPM LITERASI DIGITAL") AS l, num("JPM EMERGING SKILL") AS e,
      fold("KATEGORI") AS kategori,
      dt("TANGGAL TES") AS tanggal
    FROM read_csv({{cact}}, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
  ) c
  SEMI JOIN keys USING (nip)
),
-- several CACT rows: the latest test (a row without a date counts as oldest); rows without any
-- value and without a known kategori are not CACT data (an aggregate FILTER, so that the
-- optimiser does not push the test into the scan and parse every value twice)
cact AS (
  SELECT * FROM (
    SELECT nip, arg_max(c, coalesce(tanggal, DATE '0001-01-01')) FILTER (
      WHERE potensi IS NOT NULL OR kompetensi IS NOT NULL OR m IS NOT NULL OR l IS NOT NULL OR e IS NOT NULL
         OR kategori IS NOT NULL) AS c
    FROM cact_rows c
    GROUP BY nip
  ) WHERE c IS NOT NULL
),
pot AS (
  SELECT nip, (c).tanggal AS tanggal, (c).potensi AS potensi, (c).kategori AS kategori,
    coalesce((c).kompetensi,
      CASE WHEN (c).m IS NOT NULL OR (c).l IS NOT NULL OR (c).e IS NOT NULL
           THEN round(((coalesce((c).m, 0) + coalesce((c).l, 0)) + coalesce((c).e, 0))
                      / (((c).m IS NOT NULL)::INT + ((c).l IS NOT NULL)::INT + ((c).e IS NOT NULL)::INT), 6) END
    ) AS kompetensi
  FROM cact
),
pot_scored AS (
  SELECT nip, tanggal, kategori,
    CASE WHEN potensi IS NOT NULL AND kompetensi IS NOT NULL
         THEN round(0.5::DOUBLE * potensi + 0.5::DOUBLE * kompetensi, 6)
         ELSE coalesce(potensi, kompetensi) END AS pot_score
  FROM pot
),
-- hukdis sedang / berat with TMT in [as-of − 2 years, as-of]
hukdis AS (
  SELECT DISTINCT nip FROM (
    SELECT clean_nip("NIP BARU") AS nip, fold("TINGKAT HUKUMAN") AS tingkat, dt("TMT HUKUMAN") AS tmt
    FROM read_csv({{hukdis}}, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')
  ), params
  WHERE (tingkat LIKE '%berat%' OR tingkat LIKE '%sedang%') AND tmt BETWEEN hukdis_from AND ref_date AND nip <> ''
),
emp AS (
  SELECT r.nip, r.nip_valid, r.nip_ganda, r.target_level, r.unor_induk, f.perf_score, ps.pot_score,
    ps.nip IS NOT NULL AS has_cact,
    ps.tanggal IS NOT NULL AND ps.tanggal < p.cact_expiry AS cact_expired,
    CASE WHEN f.perf_score >= 90 THEN 3 WHEN f.perf_score >= 70 THEN 2 WHEN f.perf_score IS NOT NULL THEN 1 END AS perf_level,
    CASE WHEN ps.pot_score >= 90 THEN 3 WHEN ps.pot_score >= 78 THEN 2 WHEN ps.pot_score IS NOT NULL THEN 1
         ELSE ps.kategori END AS pot_level,
    -- talent-pool exclusions
    r.kedudukan <> '' AND r.kedudukan <> 'aktif' AS tidak_aktif,
    h.nip IS NOT NULL AS hukdis,
    -- birth date: TANGGAL LAHIR, else from a valid NIP; BUP 60 (JPT, JF Ahli Madya), 65 (JF Ahli Utama), else 58
    coalesce(r.tanggal_lahir, CASE WHEN r.nip_valid THEN strptime(substr(r.nip, 1, 8), '%Y%m%d')::DATE END) AS birth,
    CASE
      WHEN r.tier IN (1, 2) THEN 60
      WHEN r.level = 'JF_AHLI_UTAMA' THEN 65
      WHEN r.level = 'JF_AHLI_MADYA' THEN 60
      ELSE 58 END AS bup,
    r.jenis_pegawai <> '' AND NOT (r.jenis_pegawai IN ('pns', 'p') OR regexp_matches(r.jenis_pegawai, '^pns\b')) AS bukan_pns
  FROM roster_checked r
  CROSS JOIN params p
  -- plain equi-joins (perf, pot_scored and hukdis hold no empty NIP): a condition on the outer
  -- side in ON would turn these into nested-loop joins
  LEFT JOIN perf f ON f.nip = r.nip
  LEFT JOIN pot_scored ps ON ps.nip = r.nip
  LEFT JOIN hukdis h ON h.nip = r.nip
),
classified AS MATERIALIZED (
  SELECT nip, target_level, unor_induk, perf_score, pot_score, box,
    CASE WHEN box IS NOT NULL THEN round(0.5::DOUBLE * perf_score + 0.5::DOUBLE * pot_score, 6) END AS talent,
    coalesce(box IN (7, 8, 9), false)
      AND NOT (tidak_aktif OR hukdis OR bukan_pns
               OR coalesce(ref_date >= ((birth + to_years(bup)) - INTERVAL 12 MONTH)::DATE, false)) AS in_pool
  FROM (
    SELECT e.*, p.ref_date,
      CASE WHEN e.nip_valid AND NOT e.nip_ganda AND e.perf_level IS NOT NULL AND e.has_cact
                AND NOT e.cact_expired AND e.pot_level IS NOT NULL
           THEN [1, 2, 4, 3, 5, 7, 6, 8, 9][(e.pot_level - 1) * 3 + e.perf_level] END AS box
    FROM emp e, params p
  )
),
-- the pool order (total: pool NIPs are unique, NIP_GANDA rows are never mapped); the ranks in a
-- target level and in a unit number the same order inside each group (no rank in a target level
-- without a target level)
pool_order AS (
  SELECT nip, target_level, unor_induk, row_number() OVER (
    ORDER BY box DESC, talent DESC NULLS LAST, pot_score DESC NULLS LAST, perf_score DESC NULLS LAST, nip ASC
  ) AS rank
  FROM classified WHERE in_pool
),
pool AS (
  SELECT nip, rank,
    CASE WHEN target_level IS NOT NULL THEN row_number() OVER (PARTITION BY target_level ORDER BY rank) END AS rank_in_target_level,
    row_number() OVER (PARTITION BY unor_induk ORDER BY rank) AS rank_in_unit
  FROM pool_order
)
SELECT c.nip, c.box, CASE WHEN c.in_pool THEN 1 ELSE 0 END AS talent_pool, p.rank,
  p.rank_in_target_level, p.rank_in_unit
FROM classified c LEFT JOIN pool p ON p.nip = c.nip
) TO {{out}} (FORMAT csv, HEADER true);
