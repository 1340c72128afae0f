/// The style sheet and script the HTML report embeds: no file, font or image is fetched.
enum HTMLAssets {
    /// Light and dark colours follow the reader's preference; narrow screens get one column and
    /// the file table as cards; print shows every finding and drops the controls.
    static let style = """
    :root { color-scheme: light dark; --bg: #f6f7f9; --card: #ffffff; --text: #1d2330; --muted: #5b6475;
      --line: #d9dde4; --error: #b42318; --error-bg: #fde8e6; --warning: #8a5a00; --warning-bg: #fdf1d6;
      --note: #175cd3; --note-bg: #e4eefc; --pass: #067647; --pass-bg: #dcf5e7; --track: #e6e9ee; --bar: #3f6fd8;
      --high: #2e9e5b; --mid: #d99a0b; --low: #d4483b; }
    @media (prefers-color-scheme: dark) {
      :root { --bg: #12151b; --card: #1b2029; --text: #e7eaf0; --muted: #a3acbb; --line: #2f3643;
        --error: #ff8a80; --error-bg: #3a1d1b; --warning: #f5c565; --warning-bg: #382c12; --note: #8fb8ff;
        --note-bg: #172a47; --pass: #6fdc9f; --pass-bg: #143325; --track: #2b313c; --bar: #7ea4ff;
        --high: #4cc47f; --mid: #e0b040; --low: #ff6f61; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--bg); color: var(--text); line-height: 1.5;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main, header > div, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
    header { padding: 1.5rem 0 1.25rem; border-bottom: 1px solid var(--line); background: var(--card); }
    header.fail { border-top: 6px solid var(--error); }
    header.pass { border-top: 6px solid var(--pass); }
    .tool, .root { margin: 0; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
    h1 { margin: .25rem 0; font-size: 1.75rem; line-height: 1.2; }
    h1 .mark { display: inline-block; width: 1.2em; }
    header.fail h1 { color: var(--error); }
    header.pass h1 { color: var(--pass); }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
    h3 { font-size: 1rem; margin: 0 0 .5rem; overflow-wrap: anywhere; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
    .counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .75rem 0 0; }
    .counts li { padding: .25rem .75rem; border-radius: 999px; background: var(--bg); border: 1px solid var(--line); font-size: .95rem; }
    .counts li.error { background: var(--error-bg); color: var(--error); border-color: transparent; }
    .counts li.warning { background: var(--warning-bg); color: var(--warning); border-color: transparent; }
    .counts li.note { background: var(--note-bg); color: var(--note); border-color: transparent; }
    section { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1rem 1.25rem; margin: 1.25rem 0; }
    section > h2:first-child { margin-top: 0; }
    .bars { display: grid; gap: .6rem; }
    .bar { display: grid; grid-template-columns: 8.5rem 1fr 3.5rem; align-items: center; gap: .75rem; }
    .bar .label b { display: inline-block; width: 1.25rem; }
    .track { height: .9rem; background: var(--track); border-radius: 999px; overflow: hidden; }
    .fill { height: 100%; background: var(--bar); border-radius: 999px; min-width: 2px; }
    .high .fill { background: var(--high); }
    .mid .fill { background: var(--mid); }
    .low .fill { background: var(--low); }
    .bar .value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
    .hint { color: var(--muted); font-size: .875rem; margin: .75rem 0 0; }
    .filters { border: 0; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
    .filters legend { float: left; margin-right: .5rem; color: var(--muted); }
    .filters label { cursor: pointer; white-space: nowrap; }
    .file { border-top: 1px solid var(--line); padding: .9rem 0 .25rem; }
    .file[hidden] { display: none; }
    .findings { list-style: none; margin: 0; padding: 0; }
    .finding { display: grid; grid-template-columns: 5.5rem 1fr; gap: .15rem .75rem; padding: .5rem 0 .6rem; }
    .finding + .finding { border-top: 1px dashed var(--line); }
    .sev { align-self: start; justify-self: start; font-size: .8rem; font-weight: 700; text-transform: uppercase;
      letter-spacing: .03em; padding: .1rem .5rem; border-radius: .35rem; }
    .error .sev { background: var(--error-bg); color: var(--error); }
    .warning .sev { background: var(--warning-bg); color: var(--warning); }
    .note .sev { background: var(--note-bg); color: var(--note); }
    .finding p { margin: 0; grid-column: 2; overflow-wrap: anywhere; }
    .finding .fix { color: var(--muted); }
    .finding .meta { font-size: .85rem; color: var(--muted); }
    .finding .message code, .finding .fix code { background: var(--track);
      border-radius: .25rem; padding: 0 .25rem; overflow-wrap: anywhere; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
    .hide-error .finding.error, .hide-warning .finding.warning, .hide-note .finding.note { display: none; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .925rem; }
    th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    td.path { overflow-wrap: anywhere; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
    td.size, th.size { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
    th button::after { content: " ↕"; color: var(--muted); font-weight: 400; }
    th[aria-sort="ascending"] button::after { content: " ↑"; }
    th[aria-sort="descending"] button::after { content: " ↓"; }
    .none { color: var(--muted); }
    footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
    @media (max-width: 640px) {
      body { font-size: 15px; }
      h1 { font-size: 1.4rem; }
      section { padding: .9rem; border-radius: .5rem; margin: 1rem 0; }
      main { padding: 0 .5rem; }
      .bar { grid-template-columns: 7.75rem 1fr 2.75rem; gap: .5rem; }
      .finding { grid-template-columns: 1fr; }
      .finding p { grid-column: 1; }
      table, thead, tbody, tr, td { display: block; }
      thead tr { display: flex; flex-wrap: wrap; gap: .25rem .9rem; padding-bottom: .5rem; border-bottom: 1px solid var(--line); }
      thead th { border: 0; padding: 0; }
      tbody tr { display: flex; flex-wrap: wrap; gap: 0 .9rem; padding: .5rem 0; border-bottom: 1px solid var(--line); font-size: .875rem; }
      td { border: 0; padding: .05rem 0; }
      td.path { flex-basis: 100%; }
      td.none { display: none; }
      tbody tr:last-child { border-bottom: 0; }
      td.size { text-align: left; }
      td[data-label]:not(.path)::before { content: attr(data-label) ": "; color: var(--muted); }
    }
    @media print {
      body { background: #fff; color: #000; font-size: 11pt; }
      section { border: 0; padding: 0; break-inside: auto; }
      .filters, th button::after { display: none; }
      .hide-error .finding.error, .hide-warning .finding.warning, .hide-note .finding.note { display: grid; }
      .file[hidden] { display: block; }
      .finding, tr { break-inside: avoid; }
      .fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """

    /// Severity filters and the sortable file table; the page reads fully without it.
    static let script = """
    (function () {
      var body = document.body;
      function refresh() {
        document.querySelectorAll(".file").forEach(function (file) {
          var shown = Array.prototype.some.call(file.querySelectorAll(".finding"), function (item) {
            return getComputedStyle(item).display !== "none";
          });
          file.hidden = !shown;
        });
      }
      document.querySelectorAll(".filters input").forEach(function (box) {
        box.addEventListener("change", function () {
          body.classList.toggle("hide-" + box.value, !box.checked);
          refresh();
        });
      });
      document.querySelectorAll("table.sortable th button").forEach(function (button, column) {
        button.addEventListener("click", function () {
          var header = button.parentElement, table = header.closest("table"), rows = table.tBodies[0];
          var ascending = header.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
          header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = header.classList.contains("size");
          var list = Array.prototype.slice.call(rows.rows);
          list.sort(function (a, b) {
            var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
            var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
            var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
            return ascending ? order : -order;
          });
          list.forEach(function (row) { rows.appendChild(row); });
        });
      });
    })();
    """
}
