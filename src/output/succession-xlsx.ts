/**
 * laporan-suksesi.xlsx (succession.md §5.9): Ringkasan Suksesi with the risk matrix, Jabatan
 * Target, Kandidat, Kelayakan (the nominees' checks not met or to verify), Proyeksi Pensiun, Rekap Cetak (one A4 page
 * per post for pimpinan meetings), Masalah Data, Metodologi. exceljs streaming writer, lazily
 * imported; atomic.
 */
import { renameIntoPlace } from '../io/atomic.js';
import type { LoadedFile } from '../io/inputs.js';
import { BAND_ROWS, HEALTH, RISK_LEVELS } from '../core/succession/params.js';
import type { CandidateResult, CheckResult } from '../core/succession/types.js';
import {
  BAND_LABEL,
  CHECK_LABEL,
  CHECK_MODE_LABEL,
  CHECK_REASON_TEXT,
  CHECK_STATUS_LABEL,
  HEALTH_LABEL,
  issueMessage,
  JOB_LEVEL_LABEL,
  READINESS_LABEL,
  RISK_LABEL,
  tr,
} from '../i18n.js';
import type { Column } from './model.js';
import { CANDIDATE_COLUMNS, POST_COLUMNS, RETIREMENT_COLUMNS, type SuccessionCtx } from './succession-model.js';
import { fill, HEADER_FILL, PAGE_LANDSCAPE } from './xlsx-style.js';
import { neutralise } from './shared/csv-cells.js';

const RISK_FILL: Record<string, string> = { KRITIS: 'FFFF7C80', TINGGI: 'FFFFC7CE', SEDANG: 'FFFFEB9C', RENDAH: 'FFC6EFCE' };
const READINESS_FILL: Record<string, string> = { SIAP_SEKARANG: 'FFC6EFCE', SIAP_1_2_TAHUN: 'FFFFEB9C', SIAP_3_TAHUN: 'FFFCE4D6' };

export interface SuccessionXlsxMeta {
  toolVersion: string;
  files: LoadedFile[];
  profileSource: string;
}

const W = (id: string, en: string) => ({ id, en });
const T = {
  summary: W('Ringkasan Suksesi', 'Succession summary'),
  posts: W('Jabatan Target', 'Target posts'),
  candidates: W('Kandidat', 'Candidates'),
  checks: W('Kelayakan', 'Eligibility'),
  retirements: W('Proyeksi Pensiun', 'Retirement projection'),
  print: W('Rekap Cetak', 'Print summary'),
  issues: W('Masalah Data', 'Data problems'),
  method: W('Metodologi', 'Methodology'),
  title: W('Rencana Suksesi: jabatan target, kandidat, kesiapan', 'Succession plan: target posts, candidates, readiness'),
  matrix: W('Matriks risiko: jumlah jabatan per pita waktu × kesehatan pipeline', 'Risk matrix: posts per band × pipeline health'),
  riskByLevel: W('Risiko per jenjang', 'Risk by level'),
  perOpd: W('Per perangkat daerah', 'Per agency unit'),
  perYear: W('Pensiun per tahun × jenjang', 'Retirements per year × level'),
  perYearOpd: W('Pensiun per tahun × perangkat daerah', 'Retirements per year × agency unit'),
  footer: W('Bahan pertimbangan; keputusan oleh PPK/Komite Talenta', 'For consideration; the decision rests with the PPK / talent committee'),
  incumbent: W('Pejabat', 'Incumbent'),
  pension: W('TMT pensiun', 'Pension date'),
  vacancy: W('Tanggal kosong', 'Vacancy date'),
  risk: W('Risiko', 'Risk'),
  calonUtama: W('Calon utama', 'Top candidate'),
  cadangan: W('Cadangan', 'Reserve'),
  noCandidate: W('Tidak ada kandidat yang memenuhi syarat.', 'No eligible candidate.'),
  mostFiltered: W('Tersaring terbanyak di', 'Most filtered at'),
  unmet: W('Belum terpenuhi / perlu verifikasi', 'Not met / needs verification'),
};

export async function writeSuccessionXlsx(path: string, ctx: SuccessionCtx, meta: SuccessionXlsxMeta): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const { succ: s, lang, result } = ctx;
  const t = (x: { id: string; en: string }) => x[lang];
  await renameIntoPlace(path, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    const fixed = new Date(`${s.asOf}T00:00:00Z`);
    wb.creator = `talenta ${meta.toolVersion}`;
    wb.created = fixed;
    wb.modified = fixed;
    const bold = { bold: true };
    const header = (row: { font: unknown; fill: unknown; alignment: unknown; commit: () => void }) => {
      row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      row.fill = fill(HEADER_FILL);
      row.alignment = { wrapText: true, vertical: 'top' };
    };
    const safe = (v: unknown) => (typeof v === 'string' ? neutralise(v) : v);

    // ---- Ringkasan Suksesi ----
    const ws = wb.addWorksheet(t(T.summary), { pageSetup: PAGE_LANDSCAPE });
    ws.columns = [{ width: 46 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 14 }, { width: 14 }];
    const title = ws.addRow([t(T.title)]);
    title.font = { bold: true, size: 14 };
    title.commit();
    const m = s.summary;
    const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1).replace('.', lang === 'en' ? '.' : ',')}%`);
    const kpi: [string, string | number][] = [
      [lang === 'en' ? 'Reference date' : 'Tanggal acuan', s.asOf],
      [lang === 'en' ? 'Target posts' : 'Jabatan target', m.positions],
      [lang === 'en' ? 'Critical posts' : 'Jabatan kritikal', m.critical],
      [lang === 'en' ? 'Vacant now' : 'Sudah kosong', m.vacantNow],
      [lang === 'en' ? 'Opening ≤ 12 months' : 'Kosong ≤ 12 bulan', m.openingWithin12],
      [lang === 'en' ? `Opening within ${s.params.vacancy.horizonMonths} months` : `Kosong dalam ${s.params.vacancy.horizonMonths} bulan`, m.openingWithinHorizon],
      [lang === 'en' ? 'Coverage (≥ 1 ready now)' : 'Cakupan (≥ 1 siap sekarang)', pct(m.coverage)],
      [lang === 'en' ? 'Coverage of critical posts' : 'Cakupan jabatan kritikal', pct(m.coverageCritical)],
      [lang === 'en' ? 'Opening posts with a ready successor' : 'Jabatan yang akan kosong dengan suksesor siap', pct(m.coverageOpening)],
      [lang === 'en' ? 'Without a successor' : 'Tanpa suksesor', m.withoutSuccessor],
      [lang === 'en' ? 'Evaluated pairs' : 'Pasangan dinilai', m.evaluatedPairs],
      [lang === 'en' ? 'Distinct nominees' : 'Nomine berbeda', m.uniqueCandidates],
      [`OVERLOAD (> ${s.params.readiness.overloadPositions})`, m.overloaded],
    ];
    for (const [k, v] of kpi) ws.addRow([k, v]).commit();
    ws.addRow([]).commit();
    const mh = ws.addRow([t(T.matrix)]);
    mh.font = bold;
    mh.commit();
    const hr = ws.addRow(['', ...HEALTH.map((h) => tr(HEALTH_LABEL[h], lang))]);
    header(hr);
    hr.commit();
    const rowsOf = (b: string) => (b === 'DI_LUAR_HORIZON' ? ['DI_LUAR_HORIZON', 'TANPA_TANGGAL'] : [b]);
    for (const b of BAND_ROWS) {
      const cells: (string | number)[] = [
        rowsOf(b)
          .map((x) => tr(BAND_LABEL[x], lang))
          .join(' / '),
      ];
      const fills: string[] = [];
      for (const h of HEALTH) {
        const n = s.posts.filter((r) => rowsOf(b).includes(r.band) && r.health === h).length;
        const risk = s.params.risk.matrix[b][h];
        cells.push(`${n} · ${tr(RISK_LABEL[risk], lang)}`);
        fills.push(RISK_FILL[risk]!);
      }
      const r = ws.addRow(cells);
      fills.forEach((f, i) => (r.getCell(i + 2).fill = fill(f)));
      r.commit();
    }
    ws.addRow([]).commit();
    const lh = ws.addRow([
      t(T.riskByLevel),
      ...RISK_LEVELS.slice()
        .reverse()
        .map((k) => tr(RISK_LABEL[k], lang)),
    ]);
    header(lh);
    lh.commit();
    const levels = [...new Set(s.posts.map((r) => r.post.level))];
    for (const l of levels) {
      const here = s.posts.filter((r) => r.post.level === l);
      ws.addRow([
        tr(JOB_LEVEL_LABEL[l], lang, l),
        ...RISK_LEVELS.slice()
          .reverse()
          .map((k) => here.filter((r) => r.risk === k).length),
      ]).commit();
    }
    ws.addRow([]).commit();
    const oh = ws.addRow([
      t(T.perOpd),
      lang === 'en' ? 'Posts' : 'Jabatan',
      lang === 'en' ? 'Vacant' : 'Kosong',
      lang === 'en' ? '≤ 12 months' : '≤ 12 bulan',
      lang === 'en' ? 'Coverage' : 'Cakupan',
      lang === 'en' ? 'No successor' : 'Tanpa suksesor',
    ]);
    header(oh);
    oh.commit();
    const opds = [...new Set(s.posts.map((r) => r.post.opd))].sort();
    for (const o of opds) {
      const here = s.posts.filter((r) => r.post.opd === o);
      const matched = here.filter((r) => r.matched);
      ws.addRow([
        safe(o || '—'),
        here.length,
        here.filter((r) => r.band === 'SUDAH_KOSONG').length,
        here.filter((r) => ['SUDAH_KOSONG', 'BULAN_6', 'BULAN_12'].includes(r.band)).length,
        pct(matched.length === 0 ? null : matched.filter((r) => r.bench.readyNow > 0).length / matched.length),
        matched.filter((r) => r.benchStatus === 'TANPA_SUKSESOR').length,
      ]).commit();
    }
    ws.addRow([]).commit();
    const ph = ws.addRow([lang === 'en' ? 'Parameters' : 'Parameter']);
    ph.font = bold;
    ph.commit();
    ws.addRow([lang === 'en' ? 'Horizon (months)' : 'Horizon (bulan)', s.params.vacancy.horizonMonths]).commit();
    ws.addRow([lang === 'en' ? 'Candidate boxes' : 'Kotak kandidat', s.params.candidateBoxes.join(', ')]).commit();
    ws.addRow([
      lang === 'en' ? 'Readiness by box' : 'Kesiapan per kotak',
      Object.entries(s.params.readiness.byBox)
        .map(([b, r]) => `${b}: ${tr(READINESS_LABEL[r], lang)}`)
        .join('; '),
    ]).commit();
    ws.addRow([lang === 'en' ? 'Profile' : 'Profil', `${ctx.profile.id} v${ctx.profile.version} (${ctx.profileHash.slice(0, 12)})`]).commit();
    ws.commit();

    // ---- tables ----
    const table = <R>(name: string, columns: Column<R>[], rows: Iterable<R>, color?: (r: R) => { col: number; argb: string } | null) => {
      const sh = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_LANDSCAPE });
      sh.pageSetup.printTitlesRow = '1:1';
      sh.columns = columns.map((c) => (c.kind === 'number' ? { width: c.width, style: { numFmt: '0.00' } } : { width: c.width }));
      sh.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      const head = sh.addRow(columns.map((c) => c.header[lang]));
      header(head);
      head.height = 44;
      head.commit();
      for (const r of rows) {
        const row = sh.addRow(columns.map((c) => safe(c.get(r, ctx))));
        const k = color?.(r);
        if (k) row.getCell(k.col).fill = fill(k.argb);
        row.commit();
      }
      sh.commit();
    };
    const riskCol = POST_COLUMNS.findIndex((c) => c.key === 'risiko') + 1;
    table(t(T.posts), POST_COLUMNS, s.posts, (r) => (r.risk ? { col: riskCol, argb: RISK_FILL[r.risk]! } : null));
    const readyCol = CANDIDATE_COLUMNS.findIndex((c) => c.key === 'kesiapan') + 1;
    table(t(T.candidates), CANDIDATE_COLUMNS, s.nominees, (r) => (READINESS_FILL[r.readiness] ? { col: readyCol, argb: READINESS_FILL[r.readiness]! } : null));
    // the nominees' checks that are not met or need verification (every check of any pair: explain --kode, the JSON)
    const checkRows = s.nominees.flatMap((c) => c.checks.filter((k) => k.status === 'TIDAK_TERPENUHI' || k.status === 'PERLU_VERIFIKASI').map((k) => ({ c, k })));
    table(t(T.checks), CHECK_COLUMNS, checkRows);
    table(t(T.retirements), RETIREMENT_COLUMNS, s.retirements);

    // ---- Rekap Cetak: one page per post ----
    const pr = wb.addWorksheet(t(T.print), {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${t(T.footer)}&R${lang === 'en' ? 'Page' : 'Hal.'} &P / &N` },
    });
    pr.columns = [{ width: 12 }, { width: 21 }, { width: 26 }, { width: 30 }, { width: 9 }, { width: 6 }, { width: 8 }, { width: 8 }, { width: 18 }, { width: 44 }];
    const printHead = [
      lang === 'en' ? 'Role' : 'Peran',
      'NIP',
      lang === 'en' ? 'Name' : 'Nama',
      lang === 'en' ? 'Current post' : 'Jabatan sekarang',
      lang === 'en' ? 'Grade' : 'Golongan',
      lang === 'en' ? 'Box' : 'Kotak',
      lang === 'en' ? 'Score' : 'Skor',
      lang === 'en' ? 'Gap' : 'Selisih',
      lang === 'en' ? 'Readiness' : 'Kesiapan',
      t(T.unmet),
    ];
    s.posts.forEach((r, pi) => {
      const h1 = pr.addRow([safe(`${r.post.name} (${r.post.code})`)]);
      h1.font = { bold: true, size: 13 };
      h1.commit();
      pr.addRow([safe([r.post.unit, r.post.opd].filter((x) => x !== '').join(' · ')), '', '', '', '', '', '', '', '', '']).commit();
      const inc = r.incumbents.map((x) => `${x.name || x.nip}`).join('; ') || '—';
      const info = pr.addRow([
        `${t(T.incumbent)}: ${inc}`,
        '',
        '',
        `${t(T.pension)}: ${r.incumbents.map((x) => x.pensionDate ?? '?').join('; ') || '—'} · ${t(T.vacancy)}: ${r.vacancyDate ?? '?'} (${tr(BAND_LABEL[r.band], lang)})`,
        '',
        '',
        '',
        '',
        r.risk ? `${t(T.risk)}: ${tr(RISK_LABEL[r.risk], lang)}` : '',
      ]);
      if (r.risk) info.getCell(9).fill = fill(RISK_FILL[r.risk]!);
      info.commit();
      const hh = pr.addRow(printHead);
      header(hh);
      hh.commit();
      if (r.nominees.length === 0)
        pr.addRow([
          t(T.noCandidate),
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          r.mostFiltered ? `${t(T.mostFiltered)}: ${tr(CHECK_LABEL[r.mostFiltered], lang, r.mostFiltered)}` : '',
        ]).commit();
      r.nominees.forEach((ni, k) => {
        const c = s.nominees[ni]!;
        const e = result.employees[c.employee]!;
        const row = pr.addRow([
          k === 0 ? t(T.calonUtama) : `${t(T.cadangan)} ${k}`,
          c.nip,
          safe(e.nama),
          safe(e.jabatan),
          e.golongan,
          e.box,
          c.matchScore,
          c.gap,
          tr(READINESS_LABEL[c.readiness], lang),
          unmetWords(c, lang),
        ]);
        row.alignment = { wrapText: true, vertical: 'top' };
        if (READINESS_FILL[c.readiness]) row.getCell(9).fill = fill(READINESS_FILL[c.readiness]!);
        row.commit();
      });
      const last = pr.addRow([]);
      if (pi < s.posts.length - 1) last.addPageBreak();
      last.commit();
    });
    pr.commit();

    // ---- Masalah Data ----
    const iss = wb.addWorksheet(t(T.issues), { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_LANDSCAPE });
    iss.columns = [{ width: 9 }, { width: 30 }, { width: 30 }, { width: 8 }, { width: 22 }, { width: 80 }];
    const ih = iss.addRow([
      lang === 'en' ? 'Severity' : 'Tingkat',
      lang === 'en' ? 'Code' : 'Kode',
      lang === 'en' ? 'File' : 'Berkas',
      lang === 'en' ? 'Row' : 'Baris',
      lang === 'en' ? 'Value' : 'Nilai',
      lang === 'en' ? 'Message' : 'Pesan',
    ]);
    header(ih);
    ih.commit();
    for (const i of s.issues)
      iss.addRow([tr(CHECK_MODE_LABEL[i.severity], lang, i.severity), i.code, safe(i.file ?? ''), i.row, safe(i.value ?? ''), issueMessage(i, lang)]).commit();
    iss.commit();

    // ---- Metodologi ----
    const me = wb.addWorksheet(t(T.method), { pageSetup: PAGE_LANDSCAPE });
    me.columns = [{ width: 120 }];
    for (const line of methodology(ctx, meta)) {
      const r = me.addRow([line]);
      r.alignment = { wrapText: true, vertical: 'top' };
      r.commit();
    }
    me.commit();
    await wb.commit();
  });
}

function unmetWords(c: CandidateResult, lang: 'id' | 'en'): string {
  return c.checks
    .filter((k) => k.status === 'TIDAK_TERPENUHI' || k.status === 'PERLU_VERIFIKASI')
    .map(
      (k) =>
        `${tr(CHECK_LABEL[k.code], lang, k.code)}: ${tr(CHECK_STATUS_LABEL[k.status], lang)}${k.value !== null ? ` (${k.value}${k.required !== null ? ` / ${k.required}` : ''})` : ''}${k.metDate ? ` → ${k.metDate}` : ''}`,
    )
    .join('; ');
}

type CheckRow = { c: CandidateResult; k: CheckResult };
const h = (id: string, en: string) => ({ id, en });
const CHECK_COLUMNS: Column<CheckRow>[] = [
  { key: 'kode_jabatan', header: h('Kode jabatan', 'Post code'), kind: 'text', width: 22, get: (r) => r.c.post },
  { key: 'nip', header: h('NIP', 'NIP'), kind: 'text', width: 21, get: (r) => r.c.nip },
  { key: 'kode_syarat', header: h('Syarat', 'Check'), kind: 'text', width: 34, get: (r, c) => (c.human ? tr(CHECK_LABEL[r.k.code], c.lang, r.k.code) : r.k.code) },
  { key: 'mode', header: h('Mode', 'Mode'), kind: 'text', width: 10, get: (r, c) => (c.human ? tr(CHECK_MODE_LABEL[r.k.mode], c.lang, r.k.mode) : r.k.mode) },
  { key: 'status', header: h('Status', 'Status'), kind: 'text', width: 16, get: (r, c) => (c.human ? tr(CHECK_STATUS_LABEL[r.k.status], c.lang, r.k.status) : r.k.status) },
  { key: 'nilai_pegawai', header: h('Nilai pegawai', 'Candidate value'), kind: 'text', width: 18, get: (r) => r.k.value },
  { key: 'nilai_syarat', header: h('Nilai syarat', 'Required'), kind: 'text', width: 14, get: (r) => r.k.required },
  { key: 'tanggal_terpenuhi', header: h('Tanggal terpenuhi', 'Date met'), kind: 'text', width: 12, get: (r) => r.k.metDate },
  { key: 'dasar', header: h('Dasar', 'Basis'), kind: 'text', width: 40, get: (r) => r.k.basis },
  { key: 'pesan', header: h('Keterangan', 'Note'), kind: 'text', width: 40, get: (r, c) => tr(CHECK_REASON_TEXT[r.k.reason], c.lang, r.k.reason) },
];

function methodology(ctx: SuccessionCtx, meta: SuccessionXlsxMeta): string[] {
  const p = ctx.succ.params;
  const en = ctx.lang === 'en';
  const lines = en
    ? [
        'Method (succession.md §5; every parameter below comes from the profile section "succession").',
        `Candidates: mapped employees in boxes ${p.candidateBoxes.join(', ')}${p.excludePoolExclusions ? ', not excluded from the talent pool' : ''}, at a feeder level of the post (PP 11/2017 Pasal 54 d, 55 d, 107). JF target posts get a vacancy forecast only.`,
        'Each check is met, not met (with the date time cures it), needs verification (data missing), or not checked. Only "keras" checks decide eligibility; "peringatan" checks add notes.',
        `Readiness = the worse of the box readiness (${Object.entries(p.readiness.byBox)
          .map(([b, r]) => `${b} ${r}`)
          .join(
            ', ',
          )}) and the date the last curable check is met (≤ ${p.readiness.monthBuckets[0]} months ready now, ≤ ${p.readiness.monthBuckets[1]} months 1–2 years, else 3+ years).`,
        `BUP: the roster's BUP column, else special JF ages (profile data, UU-set; confirm with the agency), else PP 11/2017 Pasal 239 (58/60/65). Pension date: ${p.vacancy.pensionDate} (UNCONFIRMED convention).`,
        `"At least N years": full years, inclusive. Age, duration and remaining service are measured at the post's reference date (planned fill date, else the vacancy date, never before --as-of). Regular promotion in grade every ${p.golongan.kpRegulerTahun} years (UNCONFIRMED). Golongan minimum from PP 100/2000 + PP 13/2002 (force contested): mode ${p.golongan.mode}.`,
        'Risk = matrix[band][pipeline health], raised one level for critical posts. Shared bench = Σ 1/(posts the person is ready now for).',
        'One person may be a nominee for several posts; nothing is allocated. The decision rests with the PPK / talent committee.',
      ]
    : [
        'Metode (succession.md §5; setiap parameter di bawah berasal dari bagian profil "succession").',
        `Kandidat: pegawai terpetakan di kotak ${p.candidateBoxes.join(', ')}${p.excludePoolExclusions ? ', tidak dikecualikan dari talent pool' : ''}, pada jenjang asal jabatan (PP 11/2017 Pasal 54 huruf d, 55 huruf d, 107). Jabatan target JF hanya mendapat perkiraan kekosongan.`,
        'Setiap syarat: terpenuhi, tidak terpenuhi (dengan tanggal terpenuhi bila waktu dapat memenuhinya), perlu verifikasi (data tidak ada), atau tidak diperiksa. Hanya syarat "keras" yang menentukan kelayakan; syarat "peringatan" hanya catatan.',
        `Kesiapan = yang terburuk dari kesiapan kotak (${Object.entries(p.readiness.byBox)
          .map(([b, r]) => `${b} ${r}`)
          .join(
            ', ',
          )}) dan tanggal syarat terakhir yang dapat dipenuhi waktu (≤ ${p.readiness.monthBuckets[0]} bulan siap sekarang, ≤ ${p.readiness.monthBuckets[1]} bulan 1–2 tahun, selebihnya ≥3 tahun).`,
        `BUP: kolom BUP roster, lalu usia khusus JF (data profil, ditetapkan UU; konfirmasi dengan instansi), lalu PP 11/2017 Pasal 239 (58/60/65). TMT pensiun: ${p.vacancy.pensionDate} (konvensi BELUM DIKONFIRMASI).`,
        `"Paling singkat N tahun": tahun penuh, inklusif. Usia, lama jabatan dan sisa masa kerja diukur pada tanggal acuan jabatan (tanggal rencana pengisian, atau tanggal kosong, tidak sebelum --as-of). Kenaikan pangkat reguler setiap ${p.golongan.kpRegulerTahun} tahun (BELUM DIKONFIRMASI). Golongan minimal dari PP 100/2000 + PP 13/2002 (keberlakuannya diperdebatkan): mode ${p.golongan.mode}.`,
        'Risiko = matriks[pita waktu][kesehatan pipeline], naik satu tingkat untuk jabatan kritikal. Bench terbagi = Σ 1/(jumlah jabatan tempat orang itu siap sekarang).',
        'Satu orang boleh menjadi nomine beberapa jabatan; tidak ada alokasi. Keputusan ada pada PPK/Komite Talenta.',
      ];
  lines.push('');
  lines.push(`${en ? 'Profile' : 'Profil'}: ${ctx.profile.id} v${ctx.profile.version} · SHA-256 ${ctx.profileHash} · ${meta.profileSource}`);
  lines.push(`talenta ${meta.toolVersion}`);
  for (const f of meta.files) lines.push(`${f.path}  SHA-256 ${f.sha256}`);
  return lines;
}
