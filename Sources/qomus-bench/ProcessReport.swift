import Foundation

/// The whole-process figures as a table, with the ratios the targets are stated in.
struct ProcessReport {
  var report: ProcessBench.Report

  func print() {
    func ms(_ value: Double) -> String {
      value >= 1000 ? String(format: "%.2f s", value / 1000) : String(format: "%.0f ms", value)
    }
    func ratio(_ value: Double, _ reference: Double) -> String {
      reference > 0 ? String(format: "%.1f×", value / reference) : "-"
    }
    Swift.print(
      """

      What the user waits for: whole processes, release build, median of warm runs; cold = an empty cache
      directory (every card file read, the snapshot and the search index built). Same run: `qomus --version` \
      \(ms(report.versionMs)) (the process floor), `less` on one card \(ms(report.lessMs)).
      """)
    var rows = [
      [
        "corpus", "cards", "grep -rli", "search warm", "÷ grep", "search cold", "list warm", "list cold",
        "first frame warm", "÷ grep", "÷ floor", "first frame cold", "cold per 1k cards", "peak MiB",
      ]
    ]
    for figure in report.corpora {
      let coldPerThousand = figure.frameColdMs / max(Double(figure.cards), 1) * 1000
      rows.append([
        figure.corpus, String(figure.cards), ms(figure.grepMs), ms(figure.searchWarmMs),
        ratio(figure.searchWarmMs, figure.grepMs), ms(figure.searchColdMs), ms(figure.listWarmMs),
        ms(figure.listColdMs), ms(figure.frameWarmMs), ratio(figure.frameWarmMs, figure.grepMs),
        ratio(figure.frameWarmMs, report.versionMs), ms(figure.frameColdMs), ms(coldPerThousand),
        String(format: "%.0f", figure.peakMiB),
      ])
    }
    Swift.print(MarkdownTable.render(rows))
    Swift.print("\nTargets:")
    for line in targets() { Swift.print("  " + line) }
  }

  /// Each target with its figure and whether it holds.
  func targets() -> [String] {
    var lines: [String] = []
    func check(_ holds: Bool, _ text: String) { lines.append((holds ? "✓ " : "✗ ") + text) }
    if let bundled = report.corpora.first(where: { $0.corpus == "bundled" }) {
      let value = bundled.frameWarmMs / report.versionMs
      check(value <= 2, String(format: "first frame, bundled ≤ 2× qomus --version: %.1f×", value))
    }
    if let tenK = report.corpora.first(where: { $0.corpus == "10000" }) {
      let search = tenK.searchWarmMs / tenK.grepMs
      check(search <= 1, String(format: "10k warm: qomus search ≤ grep -rli: %.2f×", search))
      let frame = tenK.frameWarmMs / tenK.grepMs
      check(frame <= 3, String(format: "10k warm: first frame ≤ 3× grep -rli: %.2f×", frame))
    }
    if let big = report.corpora.first(where: { $0.corpus == "100000" }) {
      check(big.frameWarmMs <= 300, String(format: "100k warm first frame ≤ 300 ms: %.0f ms", big.frameWarmMs))
      let perThousand = big.frameColdMs / Double(big.cards) * 1000
      check(
        perThousand <= 3000, String(format: "100k cold first run ≤ 3 s per 1,000 cards: %.2f s", perThousand / 1000))
      check(big.peakMiB <= 300, String(format: "100k peak memory ≤ 300 MiB: %.0f MiB", big.peakMiB))
    }
    return lines
  }
}
