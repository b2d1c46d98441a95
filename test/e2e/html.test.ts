/**
 * The one-page HTML report in headless Chromium (Debian's `chromium`, installed by .ci/run):
 * self-contained (no script, no external URL, a CSP that forbids every load), loads with no
 * console message and no network request (Chromium's net log), prints on exactly one A4 page,
 * escapes what the data holds, and a screenshot is taken.
 *
 * TALENTA_CHROMIUM names another Chromium binary; the screenshots stay in the temp folder
 * printed by the screenshot test (look at them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditAttributes, buildAudit } from '../../src/core/audit.js';
import { classify, prepareInputs } from '../../src/core/classify.js';
import { DEFAULT_PROFILE as P } from '../../src/core/profile.js';
import type { Cell, RawTable } from '../../src/core/types.js';
import { loadInputs } from '../../src/io/inputs.js';
import { makePseudonymizer, pseudonymizeAudit, pseudonymizeResult } from '../../src/io/pseudonym.js';
import { renderHtml } from '../../src/output/html.js';
import type { Ctx } from '../../src/output/model.js';
import type { Lang } from '../../src/i18n.js';
import { ROOT } from './helpers.js';

const CHROMIUM = process.env.TALENTA_CHROMIUM ?? '/usr/bin/chromium';
const AS_OF = '2026-09-30';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

const out = mkdtempSync(join(tmpdir(), 'talenta-html-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** URLs the page itself asked the network for (from the net log) */
  pageRequests: string[];
}

/** Run Chromium on a file with a fresh profile, logging to stderr and writing a net log. */
function chromium(file: string, args: string[]): Run {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  const profile = mkdtempSync(join(tmpdir(), 'talenta-chromium-'));
  const netlog = join(profile, 'netlog.json');
  try {
    const r = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', `--log-net-log=${netlog}`, ...args, pathToFileURL(file).href], {
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, pageRequests: pageRequests(netlog) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Requests started for the page: URL_REQUEST_START_JOB events whose network isolation key is the
 * file:// page (Chromium's own background requests carry another key or none).
 */
function pageRequests(netlog: string): string[] {
  if (!existsSync(netlog)) return [];
  const text = readFileSync(netlog, 'utf8').trim();
  // a log cut short by the browser's exit lacks its closing brackets
  const log = JSON.parse(text.endsWith('}') ? text : `${text.replace(/,\s*$/, '')}]}`) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; network_isolation_key?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url && (e.params.network_isolation_key ?? '').includes('file://')).map((e) => e.params!.url!);
}

/** Lines of the page's console (CONSOLE) and failed loads in Chromium's log. */
function pageMessages(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /:CONSOLE|net::ERR_|Failed to load|Refused to/.test(l));
}

async function sampleCtx(lang: Lang) {
  const { tables } = await loadInputs([{ path: join(ROOT, 'fixtures', 'contoh', 'roster.xlsx') }], {});
  const prepared = prepareInputs(tables, P);
  const result = classify(prepared, P, { asOf: AS_OF });
  const audit = buildAudit(result, P, { attributes: auditAttributes(prepared, result) });
  const ctx: Ctx = { lang, human: true, profile: P, result, profileHash: 'e0ea4ccfae9b8de4d963723919884ac16375ab08d89d8fef8da122642264543c' };
  return { ctx, audit, result };
}

function write(name: string, html: string): string {
  const file = join(out, name);
  writeFileSync(file, html);
  return file;
}

function pdfPages(pdf: Buffer): { pages: number; a4: boolean } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  // A4 = 595.28 × 841.89 pt; Chromium writes 594.96 × 841.92
  const box = /\/MediaBox\s*\[\s*0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*\]/.exec(text);
  const a4 = box !== null && Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2;
  return { pages, a4 };
}

function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the checks themselves catch what they look for (a bad page)', () => {
  it('a console message and an external image are detected', () => {
    const bad = write(
      'bad.html',
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>x</p><img src="http://contoh.invalid/x.png"><script>console.error("boom")</script></body></html>',
    );
    const r = chromium(bad, ['--dump-dom']);
    expect(pageMessages(r.stderr).join('\n')).toContain('boom');
    expect(r.pageRequests).toEqual(['http://contoh.invalid/x.png']);
  });
});

describe("the sample agency's report", () => {
  it('is self-contained: no script, no link, no external URL, a CSP that forbids loads', async () => {
    const { ctx, audit } = await sampleCtx('id');
    const html = renderHtml(ctx, audit, { toolVersion: '0.1.0', pseudonymized: false });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<img|<iframe|<object|<embed/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\s(src|href)\s*=/i);
    // url(...) only for fragment references inside the file (the funnel's clip path)
    expect(html.match(/url\(([^)]*)\)/g)?.every((u) => u.startsWith('url(#')) ?? true).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain('@page { size: A4 portrait;');
  });

  for (const lang of ['id', 'en'] as const) {
    it(`loads in Chromium with no console message and no network request, prints on one A4 page (${lang})`, async () => {
      const { ctx, audit } = await sampleCtx(lang);
      const file = write(`laporan-${lang}.html`, renderHtml(ctx, audit, { toolVersion: '0.1.0', pseudonymized: false }));
      const dom = chromium(file, ['--dump-dom']);
      expect(dom.code).toBe(0);
      expect(dom.stdout).toContain(lang === 'en' ? 'ASN talent map — one-page summary' : 'Peta Talenta ASN — ringkasan satu halaman');
      // the grid's nine cells, the funnel, the heat map and the fairness table are there
      expect((dom.stdout.match(/<rect [^>]*rx="3"/g) ?? []).length).toBe(9);
      expect(dom.stdout).toContain('<svg class="funnel"');
      expect(dom.stdout).toContain('<table class="heat">');
      expect(dom.stdout).toContain('<table class="fair">');
      expect(pageMessages(dom.stderr)).toEqual([]);
      expect(dom.pageRequests).toEqual([]);

      const pdfFile = join(out, `laporan-${lang}.pdf`);
      const pdf = chromium(file, ['--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`]);
      expect(pdf.code).toBe(0);
      expect(pageMessages(pdf.stderr)).toEqual([]);
      expect(pdfPages(readFileSync(pdfFile))).toEqual({ pages: 1, a4: true });
    });
  }

  it('a screenshot is taken (1240 × 1754, A4 at 150 dpi)', async () => {
    const { ctx, audit } = await sampleCtx('id');
    const file = write('laporan-layar.html', renderHtml(ctx, audit, { toolVersion: '0.1.0', pseudonymized: false }));
    const png = join(out, 'laporan.png');
    const r = chromium(file, [`--screenshot=${png}`, '--window-size=1240,1754']);
    expect(r.code).toBe(0);
    expect(pageMessages(r.stderr)).toEqual([]);
    expect(r.pageRequests).toEqual([]);
    const buf = readFileSync(png);
    expect(pngSize(buf)).toEqual([1240, 1754]);
    // a rendered page, not a blank one: a real PNG of this size with colour runs > 100 kB
    expect(buf.length).toBeGreaterThan(100_000);
    console.log(`screenshot: ${png}`);
  });

  it('pseudonymised: no NIP, no name, a pseudonym column', async () => {
    const { ctx, audit, result } = await sampleCtx('id');
    const p = makePseudonymizer('a3f1c9e07b2d4e6f8a1b3c5d7e9f0a2b');
    const html = renderHtml({ ...ctx, result: pseudonymizeResult(result, p) }, pseudonymizeAudit(audit, p), { toolVersion: '0.1.0', pseudonymized: true });
    for (const e of result.employees) {
      expect(html.includes(e.nip), e.nip).toBe(false);
      if (e.nama.length > 6) expect(html.includes(e.nama), e.nama).toBe(false);
    }
    expect(html).toContain('Pseudonim');
    expect(html).toContain('Dipseudonimkan');
    const file = write('pseudonim.html', html);
    const r = chromium(file, ['--dump-dom']);
    expect(pageMessages(r.stderr)).toEqual([]);
    expect(r.pageRequests).toEqual([]);
  });
});

describe('what the data holds is escaped', () => {
  it('markup in names and units stays text', () => {
    const evil = '<img src=x onerror="console.log(\'xss\')">';
    const rows: Cell[][] = [['NIP BARU', 'NAMA', 'JENIS PEGAWAI NAMA', 'KEDUDUKAN HUKUM NAMA', 'SATUAN KERJA INDUK NAMA']];
    const skp: Cell[][] = [['NIP BARU', 'TAHUN', 'PREDIKAT KINERJA']];
    const cact: Cell[][] = [['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES']];
    for (let k = 1; k <= 8; k++) {
      const nip = `19850726201001${(k % 2) + 1}${String(k).padStart(3, '0')}`;
      rows.push([nip, `${evil} ${k}`, 'PNS', 'Aktif', `Dinas ${evil}`]);
      skp.push([nip, 2025, 'Sangat Baik'], [nip, 2024, 'Sangat Baik']);
      cact.push([nip, 95, 95, '2025-03-01']);
    }
    const table = (file: string, r: Cell[][]): RawTable => ({ file, sheet: null, rows: r, rowNumbers: r.map((_, i) => i + 1) });
    const prepared = prepareInputs([table('pegawai.csv', rows), table('skp.csv', skp), table('cact.csv', cact)], P);
    const result = classify(prepared, P, { asOf: AS_OF });
    const audit = buildAudit(result, P, { attributes: auditAttributes(prepared, result) });
    const html = renderHtml({ lang: 'id', human: true, profile: P, result, profileHash: '0'.repeat(64) }, audit, { toolVersion: '0.1.0', pseudonymized: false });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;console.log(&#39;xss&#39;)&quot;&gt;');
    const file = write('escape.html', html);
    const r = chromium(file, ['--dump-dom']);
    expect(r.stdout).not.toMatch(/<img/i);
    expect(pageMessages(r.stderr)).toEqual([]);
    expect(r.pageRequests).toEqual([]);
  });
});

describe('the funnel plot names its units', () => {
  /** An agency whose units lie inside and outside the limits; the largest, lowest unit sits at the right edge. */
  const UNITS: [string, number, number][] = [
    ['Dinas Pendidikan dan Kebudayaan Kabupaten', 40, 30],
    ['Badan Perencanaan Pembangunan Daerah', 40, 2],
    ['Sekretariat Dewan Perwakilan Rakyat Daerah', 12, 10],
    ['Dinas Kesehatan', 60, 15],
    ['Kecamatan Cibening', 10, 3],
    ['Kecamatan Sukamaju', 10, 3],
    ['RSUD Sukamaju Unit Pelayanan Terpadu', 80, 2],
  ];
  function outlierAgency(lang: Lang) {
    const rows: Cell[][] = [['NIP BARU', 'NAMA', 'JENIS PEGAWAI NAMA', 'KEDUDUKAN HUKUM NAMA', 'SATUAN KERJA INDUK NAMA']];
    const skp: Cell[][] = [['NIP BARU', 'TAHUN', 'PREDIKAT KINERJA']];
    const cact: Cell[][] = [['NIP BARU', 'JPM POTENSI', 'JPM KOMPETENSI', 'TANGGAL TES']];
    let k = 0;
    for (const [unit, n, pool] of UNITS) {
      for (let i = 0; i < n; i++) {
        k++;
        const nip = `19850726201001${1 + (k % 2)}${String(k).padStart(3, '0')}`;
        rows.push([nip, `Pegawai ${k}`, 'PNS', 'Aktif', unit]);
        // pool: Sangat Baik and JPM 95 (box 9); the others Baik and JPM 60 (a box outside 7–9)
        const top = i < pool;
        skp.push([nip, 2025, top ? 'Sangat Baik' : 'Baik'], [nip, 2024, top ? 'Sangat Baik' : 'Baik']);
        cact.push([nip, top ? 95 : 60, top ? 95 : 60, '2025-03-01']);
      }
    }
    const table = (file: string, r: Cell[][]): RawTable => ({ file, sheet: null, rows: r, rowNumbers: r.map((_, i) => i + 1) });
    const prepared = prepareInputs([table('pegawai.csv', rows), table('skp.csv', skp), table('cact.csv', cact)], P);
    const result = classify(prepared, P, { asOf: AS_OF });
    const audit = buildAudit(result, P, { attributes: auditAttributes(prepared, result, P) });
    const html = renderHtml({ lang, human: true, profile: P, result, profileHash: '0'.repeat(64) }, audit, { toolVersion: '0.1.0', pseudonymized: false });
    return { audit, html };
  }
  const funnelOf = (html: string) => html.slice(html.indexOf('<svg class="funnel"'), html.indexOf('</svg>', html.indexOf('<svg class="funnel"')));
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");

  for (const lang of ['id', 'en'] as const) {
    it(`every dot has a title with its unit and numbers; the outliers are labelled, inside the plot, apart (${lang})`, () => {
      const { audit, html } = outlierAgency(lang);
      const svg = funnelOf(html);
      const rows = audit.leniency.units.rows;
      // the fixture does what it says: p₀ = 65/252; four units outside the 95% limits, three within
      expect(audit.leniency.units.agencyShare).toBeCloseTo(65 / 252, 6);
      const outside = rows.filter((r) => r.flag !== 'WITHIN').map((r) => r.key);
      expect(outside.sort()).toEqual(
        [
          'Badan Perencanaan Pembangunan Daerah',
          'Dinas Pendidikan dan Kebudayaan Kabupaten',
          'RSUD Sukamaju Unit Pelayanan Terpadu',
          'Sekretariat Dewan Perwakilan Rakyat Daerah',
        ].sort(),
      );
      const titles = [...svg.matchAll(/<circle [^>]*><title>([^<]*)<\/title><\/circle>/g)].map((m) => unescape(m[1]!));
      expect(titles.length).toBe(rows.length);
      for (const r of rows) {
        const t = titles.find((x) => x.startsWith(`${r.key}: `));
        expect(t, r.key).toBeDefined();
        // 30/40 = 75,0% (id) · 75.0% (en), with the 95% limits and z
        expect(t).toContain(`${r.pool}/${r.n} = `);
        expect(t).toMatch(lang === 'en' ? /95% limits \d+\.\d%–\d+\.\d% · z = -?\d+\.\d\d/ : /Batas 95% \d+,\d%–\d+,\d% · z = -?\d+,\d\d/);
      }
      const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="tk fl"( text-anchor="end")?>([^<]*)<\/text>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        end: m[3] !== undefined,
        text: unescape(m[4]!),
      }));
      // one label per outlier, its unit's name (cut with … where the room ends), none for the others
      expect(labels.length).toBe(outside.length);
      for (const key of outside)
        expect(
          labels.some((l) => l.text === key || (l.text.endsWith('…') && key.startsWith(l.text.slice(0, -1)))),
          key,
        ).toBe(true);
      // inside the viewBox (330 × 168) by the width estimate of 0.6 em at 8 px, and no two on one line over each other
      const boxes = labels.map((l) => {
        const w = [...l.text].length * 8 * 0.6;
        return { x0: l.end ? l.x - w : l.x, x1: l.end ? l.x : l.x + w, y0: l.y - 7, y1: l.y + 2.5 };
      });
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(330);
        expect(b.y0).toBeGreaterThanOrEqual(0);
        expect(b.y1).toBeLessThanOrEqual(168);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect({ a: labels[i]!.text, b: labels[j]!.text, apart }).toEqual({ a: labels[i]!.text, b: labels[j]!.text, apart: true });
        }
      }
    });

    it(`renders in Chromium on one A4 page with the labels (${lang}; screenshot kept)`, () => {
      const { html } = outlierAgency(lang);
      const file = write(`corong-${lang}.html`, html);
      const png = join(out, `corong-${lang}.png`);
      const r = chromium(file, [`--screenshot=${png}`, '--window-size=1240,1754']);
      expect(r.code).toBe(0);
      expect(pageMessages(r.stderr)).toEqual([]);
      expect(pngSize(readFileSync(png))).toEqual([1240, 1754]);
      const pdfFile = join(out, `corong-${lang}.pdf`);
      expect(chromium(file, ['--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`]).code).toBe(0);
      expect(pdfPages(readFileSync(pdfFile))).toEqual({ pages: 1, a4: true });
      console.log(`funnel screenshot: ${png}`);
    });
  }
});
