/// The handout's inline style sheet: readable on screen, clean on paper (no contents list, black on white, link
/// targets printed, fact-check boxes kept whole).
enum HTMLStyle {
  static let css = """
    :root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #0b5cad; --warn: #8a5a00; --warn-bg: #fff7e6; --note-bg: #eef4fb; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 4rem; color: var(--ink); background: #fff;
      font: 16px/1.55 Georgia, "Times New Roman", serif; }
    h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
    h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; padding-top: .75rem; border-top: 2px solid var(--ink); }
    h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
    a { color: var(--accent); }
    .generated, .meta, .cited-by { color: var(--muted); font-size: .9rem; }
    .meta code, .cited-by code { font-size: .85rem; }
    .summary { font-weight: bold; }
    .lecturer-note { background: var(--note-bg); border-left: 4px solid var(--accent); padding: .5rem .9rem; margin: 1rem 0; }
    .fact-check { background: var(--warn-bg); border: 1px solid var(--warn); border-left-width: 4px; padding: .5rem .9rem; margin: 1rem 0; }
    .fact-check h3 { color: var(--warn); margin-top: .25rem; }
    .fact-check li { margin-bottom: .4rem; }
    .fact-check .source { color: var(--muted); font-style: italic; }
    dl.links { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .95rem; margin: 1rem 0; }
    dl.links dt { font-weight: bold; }
    dl.links dd { margin: 0; }
    .sources-line { font-size: .9rem; }
    blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    ol.bibliography li, ul.citations li { margin-bottom: .35rem; word-break: break-word; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; color: #000; }
      nav.contents { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
      .card { break-before: auto; }
      .lecturer-note, .fact-check, dl.links { break-inside: avoid; page-break-inside: avoid; }
      .lecturer-note, .fact-check { background: none; }
      a { color: #000; text-decoration: none; }
      .body a[href^="http"]::after, .bibliography a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
    }
    """

  /// The brief's style sheet: one compact page on paper (A4 or Letter, small margins, two columns at 8.5pt), the
  /// fact-check caveats boxed, link targets not repeated.
  static let briefCSS = """
    :root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #0b5cad; --warn: #8a5a00; --warn-bg: #fff7e6; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 1.25rem 2rem; color: var(--ink); background: #fff;
      font: 15px/1.45 Georgia, "Times New Roman", serif; }
    h1, h2 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
    h1 { font-size: 1.5rem; margin: .1rem 0 .4rem; }
    h2 { font-size: 1rem; margin: 1rem 0 .25rem; padding-top: .3rem; border-top: 1px solid var(--ink); }
    a { color: var(--accent); }
    ul, ol { margin: .2rem 0; padding-left: 1.2rem; }
    li { margin-bottom: .15rem; }
    .kicker, .facts, footer, .source, .lead { color: var(--muted); }
    .kicker, footer { font-size: .85rem; }
    .summary { font-weight: bold; margin: .2rem 0; }
    .fact-check { background: var(--warn-bg); border: 1px solid var(--warn); border-left-width: 4px; padding: .1rem .7rem .4rem; margin: 1rem 0; }
    .fact-check h2 { color: var(--warn); border-top: none; }
    .source { font-style: italic; }
    #sources li, .citation { word-break: break-word; }
    footer { margin-top: 1rem; }
    @page { size: auto; margin: 9mm 11mm; }
    @media print {
      body { max-width: none; padding: 0; font: 8.5pt/1.15 "Times New Roman", Times, "Liberation Serif", serif; color: #000; }
      h1, h2 { font-family: Arial, "Helvetica Neue", "Liberation Sans", sans-serif; }
      #sources, #citation { font-size: 7.5pt; }
      footer { display: none; }
      h1 { font-size: 13pt; }
      h2 { font-size: 9.5pt; margin: .45rem 0 .15rem; break-after: avoid; page-break-after: avoid; }
      main { columns: 2; column-gap: 6mm; }
      main section:first-child h2 { margin-top: 0; }
      li { break-inside: avoid; page-break-inside: avoid; }
      .fact-check { background: none; margin: .5rem 0; }
      a { color: #000; text-decoration: none; }
    }
    """

  /// The matrix page's style sheet: a full-width table, the topic column and header kept in view on paper (landscape).
  static let matrixCSS = """
    body { margin: 1.5rem; color: #1b1b1b; background: #fff; font: 14px/1.4 Georgia, "Times New Roman", serif; }
    h1 { font: bold 1.4rem/1.2 "Helvetica Neue", Arial, sans-serif; margin: 0 0 1rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #d0d0d0; padding: .35rem .5rem; vertical-align: top; text-align: left; }
    thead th { background: #eef4fb; font-family: "Helvetica Neue", Arial, sans-serif; }
    tbody th { font-family: "Helvetica Neue", Arial, sans-serif; width: 11rem; }
    .status { color: #5a5a5a; font-size: .9em; }
    @page { size: landscape; margin: 10mm; }
    @media print {
      body { margin: 0; font-size: 8pt; color: #000; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      thead th { background: none; }
    }
    """
}
