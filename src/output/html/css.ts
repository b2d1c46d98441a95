/** The page's style sheet: A4 portrait, small print, every table and chart in one page. */
export const CSS = `
@page { size: A4 portrait; margin: 7mm 8mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 7.1pt; line-height: 1.28; color: #1b1f24; }
.page { width: 194mm; margin: 0 auto; }
@media screen { body { background: #dde1e6; } .page { background: #fff; padding: 8mm; width: 210mm; min-height: 297mm; margin: 0 auto; } }
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.6mm solid #1f4e78; padding-bottom: 1.5mm; margin-bottom: 2mm; }
h1 { font-size: 12.5pt; margin: 0; color: #1f4e78; }
.sub { color: #4a5560; margin-top: 0.6mm; }
.kpis { display: flex; gap: 1.5mm; }
.kpi { border: 0.25mm solid #c9d3dd; border-radius: 1mm; padding: 0.8mm 1.6mm; text-align: center; min-width: 16mm; }
.kpi b { display: block; font-size: 10pt; color: #1f4e78; white-space: nowrap; }
h1 { white-space: nowrap; }
.kpi span { color: #4a5560; font-size: 6.2pt; }
h2 { font-size: 8pt; margin: 0 0 1mm; color: #1f4e78; border-bottom: 0.2mm solid #c9d3dd; padding-bottom: 0.4mm; }
section { break-inside: avoid; }
.row { display: grid; gap: 3.5mm; margin-bottom: 1.8mm; }
.r1 { grid-template-columns: 63mm 1fr; }
.r3 { grid-template-columns: 1fr 1fr; }
.r4 { grid-template-columns: 1.12fr 1fr; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; }
.grid .ax { font-size: 10px; font-weight: bold; fill: #1f4e78; }
.grid .lv { font-size: 9.5px; fill: #333; }
.grid .bn { font-size: 12px; font-weight: bold; }
.grid .cnt { font-size: 22px; font-weight: bold; fill: #1b1f24; }
.grid .sh { font-size: 10px; fill: #333; }
.bars .lb { font-size: 9.6px; fill: #1b1f24; }
.hist .lb { font-size: 8px; fill: #1b1f24; }
.b { font-weight: bold; }
.lb.b { font-weight: bold; }
.bars .note { font-size: 8px; fill: #4a5560; }
.tk { font-size: 8px; fill: #4a5560; }
.hists { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin-top: 1mm; }
.cap { color: #4a5560; font-size: 6.2pt; margin-top: 0.3mm; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.2mm 1mm; text-align: right; white-space: nowrap; }
.fair, .pool { font-size: 6.9pt; }
th { background: #1f4e78; color: #fff; font-weight: bold; font-size: 6.6pt; }
th.l, td.l { text-align: left; }
tr:nth-child(even) td { background-color: #f6f8fa; }
.heat td, .heat th { border: 0.15mm solid #fff; padding-top: 0.15mm; padding-bottom: 0.15mm; }
.heat { font-size: 6.8pt; }
.heat td.hm { text-align: center; width: 7mm; }
.heat tr:nth-child(even) td.hm { background-color: inherit; }
.heat th.bx { width: 7mm; text-align: center; color: #1b1f24; }
.heat th.bx.pool { background: #c6efce; } .heat th.bx.middle { background: #ffeb9c; } .heat th.bx.risk { background: #ffc7ce; }
.heat tr.agency td { font-weight: bold; border-bottom: 0.4mm solid #1f4e78; }
td.ok { color: #0b5d1e; } td.bad { color: #c0392b; font-weight: bold; } td.warn { color: #b35c00; font-weight: bold; }
.fair tr.dim td { background: #e8eef4; font-weight: bold; color: #1f4e78; }
.muted { color: #6b7580; font-weight: normal; }
.ref { font-size: 5.8pt; color: #1f4e78; border: 0.2mm solid #1f4e78; border-radius: 0.8mm; padding: 0 0.6mm; }
.rb { display: inline-block; width: 14mm; height: 2mm; background: #e3e6ea; vertical-align: middle; }
.rb span { display: block; height: 100%; background: #2e75b6; }
.chip { display: inline-block; min-width: 3.6mm; text-align: center; border-radius: 0.8mm; font-weight: bold; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 6.6pt; }
ul.find { margin: 0; padding-left: 3.5mm; }
p.checks .ok { color: #0b5d1e; } p.checks .bad { color: #c0392b; font-weight: bold; }
.heat td.g { white-space: normal; }
ul.find li { margin-bottom: 0.5mm; white-space: normal; }
p { margin: 0.6mm 0; }
.note { color: #4a5560; font-size: 6.2pt; }
.badge { display: inline-block; background: #fff2cc; border: 0.25mm solid #b35c00; color: #7a3e00; border-radius: 1mm; padding: 0.2mm 1.2mm; margin-top: 0.6mm; }
footer { border-top: 0.2mm solid #c9d3dd; padding-top: 1mm; color: #4a5560; font-size: 6pt; }
`;
