/**
 * The HTML report's one stylesheet, inline: system fonts, light and dark schemes (every text
 * colour at least 4.5:1 against its background), a phone layout, and print rules that fit a
 * report on one or two pages of Letter or A4.
 */
export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --accent: #0b5cad; --band: #b6d4f2; --range: #57606a;
  --good: #1a7f37; --bad: #c4232d; --warn: #8a5a00; --offer: #b3261e; --pay: #6639ba;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9ba5b0; --line: #3d444d; --soft: #161b22;
    --accent: #79b8ff; --band: #1f4a78; --range: #9ba5b0;
    --good: #4ac26b; --bad: #ff8182; --warn: #e3b341; --offer: #ff8f7e; --pay: #c8a6ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-variant-numeric: tabular-nums;
}
main { max-width: 56rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
header .kicker { margin: 0; color: var(--muted); font-size: .85rem; letter-spacing: .04em; text-transform: uppercase; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: .2rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p { margin: .3rem 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .88em; overflow-wrap: anywhere; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1rem; }
.table-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { padding: .3rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--fg); font-weight: 600; vertical-align: bottom; }
tbody th { font-weight: normal; }
tfoot td, tfoot th { font-weight: 600; border-top: 2px solid var(--fg); border-bottom: 0; }
.num { text-align: right; white-space: nowrap; }
.note { color: var(--muted); font-size: .85em; }
table.pairs th { width: 34%; color: var(--muted); }
td.chart { min-width: 7rem; width: 24%; vertical-align: middle; }
td.chart svg { display: block; width: 100%; height: .8rem; }
.t-strong { font-weight: 600; }
.t-muted { color: var(--muted); }
.t-good { color: var(--good); }
.t-bad { color: var(--bad); }
.t-warn { color: var(--warn); }
.lines p.indent { padding-left: 1.2rem; }
.lines p.t-warn { border-left: 3px solid var(--warn); padding-left: .5rem; }
dl.terms { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: .2rem 1rem; margin: .4rem 0 1rem; font-size: .93rem; }
dl.terms dt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em; padding-top: .1rem; }
dl.terms dd { margin: 0; }
figure { margin: .8rem 0 1.2rem; }
figure svg { display: block; width: 100%; height: auto; max-width: 46rem; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-variant-numeric: tabular-nums; }
svg .small { font-size: 11px; fill: var(--muted); }
svg .axis { stroke: var(--muted); stroke-width: 1; fill: none; }
svg .grid { stroke: var(--line); stroke-width: 1; fill: none; }
svg .span { stroke: var(--range); stroke-width: 2; fill: none; }
svg .band { fill: var(--band); }
svg .median { stroke: var(--accent); stroke-width: 3; fill: none; }
svg .path { stroke: var(--accent); stroke-width: 2.5; fill: none; stroke-linejoin: round; }
svg .dot { fill: var(--accent); }
svg .bar { fill: var(--accent); }
svg .offer { fill: var(--offer); stroke: var(--offer); }
svg .pay { fill: var(--pay); stroke: var(--pay); }
svg .mark { stroke: var(--muted); stroke-dasharray: 3 3; fill: none; }
svg .promo { fill: var(--good); }
footer.about { margin-top: 2rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .88rem; }
footer.about h2 { color: var(--fg); font-size: 1rem; margin-top: 0; }
footer.about dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; margin: 0 0 .5rem; }
footer.about dt { font-weight: 600; color: var(--fg); }
footer.about dd { margin: 0; }
@media (max-width: 36rem) {
  body { font-size: 15px; }
  main { padding: .9rem .7rem 1.5rem; }
  h1 { font-size: 1.25rem; }
  th, td { padding: .25rem .35rem; }
  table { font-size: .86rem; }
  dl.terms, footer.about dl { grid-template-columns: 1fr; }
  dl.terms dd { margin-bottom: .35rem; }
  /* Source columns leave narrow screens; the sources are listed under the report. */
  th.note, td.note { display: none; }
  /* Charts are drawn 640 units wide: on a phone their text needs more units to stay readable. */
  svg text { font-size: 19px; }
  svg .small { font-size: 16px; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff; --fg: #000000; --muted: #444c56; --line: #b8c0c8; --soft: #ffffff;
    --accent: #0b4f96; --band: #c9def4; --range: #444c56;
    --good: #116329; --bad: #a40e26; --warn: #7a4e00; --offer: #a40e26; --pay: #5a2ea6;
  }
  @page { margin: 12mm 12mm 14mm; }
  body { font-size: 9.5pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 14pt; margin-bottom: 6pt; }
  h2 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
  h3 { break-after: avoid; }
  table { font-size: 8.8pt; }
  th, td { padding: 1.5pt 5pt; }
  tr, figure, dl.terms dd { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  figure svg { max-width: 15cm; }
  footer.about { margin-top: 10pt; font-size: 8pt; break-inside: avoid; }
}
`;
