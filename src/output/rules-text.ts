/** The rules of a profile in words (Metodologi sheet, README-like), generated from the data. */
import { gridOf } from '../core/grid.js';
import type { Profile } from '../core/profile.js';
import { PREDIKAT_TERM, type Lang } from '../i18n.js';

export function rulesInWords(p: Profile, lang: Lang): [string, string][] {
  const en = lang === 'en';
  const n = (x: number) => (en ? String(x) : String(x).replace('.', ','));
  const scores = Object.entries(p.performance.scores)
    .map(([k, v]) => `${PREDIKAT_TERM[k] ?? k} ${v}`)
    .join(', ');
  const eras = p.performance.legacyEras
    .map(
      (e) =>
        `${e.name} (${e.fromYear ?? '…'}–${e.toYear ?? '…'}, ${en ? 'scale' : 'skala'} ${e.scaleMin}–${e.scaleMax}): ` +
        e.bands.map((b) => `≥ ${n(b.min)} ${PREDIKAT_TERM[b.predikat]}`).join(', ') +
        `, ${en ? 'else' : 'selain itu'} ${PREDIKAT_TERM[e.otherwise]}`,
    )
    .join('; ');
  const w = p.performance.yearWeights.map((x, i) => `${n(x)} × ${i === 0 ? 'N' : `N-${i}`}`).join(' + ');
  const pt = p.performance.thresholds;
  const qt = p.potential.thresholds;
  const tp = p.talentPool;
  const byPotential = (high: string, medium: string, low: string) =>
    (
      [
        ['TINGGI', high],
        ['MENENGAH', medium],
        ['RENDAH', low],
      ] as const
    )
      .map(([lv, name]) => `${name}: ${p.boxes[lv].DI_BAWAH} / ${p.boxes[lv].SESUAI} / ${p.boxes[lv].DI_ATAS}`)
      .join(', ');
  const poolOrder = gridOf(p).poolOrder.join(', ');
  if (en) {
    return [
      [
        'Performance: predikat per year',
        `The SKP predikat; if empty, the PermenPANRB 6/2022 matrix of the two ratings; if only a legacy value, the bands of its year: ${eras}. A value outside its scale counts as absent.`,
      ],
      ['Performance: score', `Predikat scores: ${scores}. Score = ${w} (one year alone when only one is present; duplicate years use the worse predikat).`],
      ['Performance: level', `≥ ${n(pt.high)} Above expectations; ≥ ${n(pt.middle)} Meets expectations; else Below expectations (inclusive lower bounds).`],
      [
        'Potential: score',
        `${n(p.potential.potensiWeight)} × JPM potensi + ${n(p.potential.kompetensiWeight)} × JPM kompetensi (kompetensi = mean of mansoskul, literasi digital, emerging skill when not given; one component alone when only one is present; no clamping).`,
      ],
      [
        'Potential: level',
        `≥ ${n(qt.high)} High; ≥ ${n(qt.middle)} Medium; else Low. Without a score: the CACT kategori. A test more than ${p.potential.validityYears} years before the reference date is expired (not mapped).`,
      ],
      ['Box', `${byPotential('High', 'Medium', 'Low')} (performance below / meets / above).`],
      [
        'Talent pool',
        `Boxes ${tp.boxes.join(', ')}, except: not Aktif; hukdis ${tp.hukdis.levels.join('/')} within ${tp.hukdis.years} years; within ${tp.bup.monthsBefore} months of BUP (${tp.bup.default}; ${tp.bup.jpt} JPT and JF Ahli Madya; ${tp.bup.ahliUtama} JF Ahli Utama; the roster's BUP when given); not PNS.`,
      ],
      [
        'Ranking',
        `Box ${poolOrder}; then talent score (${n(p.talentScore.performanceWeight)} performance + ${n(p.talentScore.potentialWeight)} potential), potential score, performance score, NIP ascending; empty values last.`,
      ],
    ];
  }
  return [
    [
      'Kinerja: predikat per tahun',
      `Predikat SKP; bila kosong, matriks PermenPANRB 6/2022 dari kedua rating; bila hanya nilai lama, pita tahunnya: ${eras}. Nilai di luar skala dianggap tidak ada.`,
    ],
    ['Kinerja: skor', `Skor predikat: ${scores}. Skor = ${w} (satu tahun saja bila hanya satu yang ada; tahun ganda memakai predikat yang lebih rendah).`],
    ['Kinerja: level', `≥ ${n(pt.high)} Di Atas Ekspektasi; ≥ ${n(pt.middle)} Sesuai Ekspektasi; selain itu Di Bawah Ekspektasi (batas bawah inklusif).`],
    [
      'Potensial: skor',
      `${n(p.potential.potensiWeight)} × JPM potensi + ${n(p.potential.kompetensiWeight)} × JPM kompetensi (kompetensi = rata-rata mansoskul, literasi digital, emerging skill bila tidak diberikan; satu komponen saja bila hanya satu; tanpa pemotongan).`,
    ],
    [
      'Potensial: level',
      `≥ ${n(qt.high)} Tinggi; ≥ ${n(qt.middle)} Menengah; selain itu Rendah. Tanpa skor: kategori CACT. Tes lebih dari ${p.potential.validityYears} tahun sebelum tanggal acuan kedaluwarsa (tidak dipetakan).`,
    ],
    ['Kotak', `${byPotential('Tinggi', 'Menengah', 'Rendah')} (kinerja di bawah / sesuai / di atas).`],
    [
      'Talent pool',
      `Kotak ${tp.boxes.join(', ')}, kecuali: tidak Aktif; hukdis ${tp.hukdis.levels.join('/').toLowerCase()} dalam ${tp.hukdis.years} tahun; dalam ${tp.bup.monthsBefore} bulan sebelum BUP (${tp.bup.default}; ${tp.bup.jpt} JPT dan JF Ahli Madya; ${tp.bup.ahliUtama} JF Ahli Utama; BUP roster bila ada); bukan PNS.`,
    ],
    [
      'Peringkat',
      `Kotak ${poolOrder}; lalu nilai talenta (${n(p.talentScore.performanceWeight)} kinerja + ${n(p.talentScore.potentialWeight)} potensial), skor potensial, skor kinerja, NIP menaik; nilai kosong di akhir.`,
    ],
  ];
}
