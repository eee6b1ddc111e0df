import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 auxiliary function `qomus_snippet(fts, language, words)`: up to `words` words around the matches of
/// the summary in `language` (0 Uzbek, 1 English, -1 the language `qomus_language` picks), or of the body if the
/// summary has none, each matched phrase wrapped in `SnippetMarkers`, with `…` where the text is cut; NULL when
/// neither has a match in the current row.
///
/// FTS5's own `snippet()` re-tokenizes the whole column to find where its matches are, which runs the analyzer over
/// every word of a body for every hit. This function reads the matches' word positions from FTS5 and only scans the
/// text for word boundaries (`WordScanner`, no folding or stemming) up to the end of the window: each scanned word
/// is exactly one token position (`Analyzer.term`).
enum SnippetFunction {
  static let name = "qomus_snippet"

  /// Makes `qomus_snippet` available on `db`'s connection.
  static func register(in db: Database) {
    let api = FTS5.api(db)
    _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, snippetFunction, nil)
  }

  /// The marked window of `bytes` whose matched word ranges are `matches` (positions, end exclusive).
  static func snippet(_ bytes: UnsafeBufferPointer<UInt8>, matches: [Range<Int>], words: Int) -> String? {
    guard let first = matches.first, words > 0 else { return nil }
    // The window of `words` positions holding the most matches, starting a little before one of them.
    var start = max(first.lowerBound - 2, 0)
    var best = 0
    for match in matches {
      let candidate = max(match.lowerBound - 2, 0)
      let count = matches.filter { $0.lowerBound >= candidate && $0.upperBound <= candidate + words }.count
      if count > best {
        best = count
        start = candidate
      }
    }
    let end = start + words
    // Word boundaries up to the end of the window.
    struct WindowEnd: Error {}
    var ranges: [Range<Int>] = []
    var reachedEnd = false
    do {
      try WordScanner.scan(bytes) { group in
        for word in group {
          if ranges.count == end { throw WindowEnd() }
          ranges.append(word.start..<word.end)
        }
      }
    } catch {
      reachedEnd = true
    }
    // A window that reaches the end of the text starts early enough to be full.
    if !reachedEnd { start = min(start, max(ranges.count - words, 0)) }
    guard start < ranges.count else { return nil }
    var marked = Array(repeating: false, count: ranges.count)
    var runStarts = Set<Int>()
    for match in merged(matches) where match.lowerBound < ranges.count {
      runStarts.insert(match.lowerBound)
      for position in match.clamped(to: 0..<ranges.count) { marked[position] = true }
    }
    var output = start > 0 ? "…" : ""
    var cursor = start > 0 ? ranges[start].lowerBound : 0
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    for position in start..<ranges.count {
      let range = ranges[position]
      let opens = marked[position] && (position == start || !marked[position - 1] || runStarts.contains(position))
      let closes = marked[position] && (position + 1 == ranges.count || !marked[position + 1] || runStarts.contains(position + 1))
      output += text(cursor..<range.lowerBound)
      if opens { output.append(SnippetMarkers.open) }
      output += text(range)
      if closes { output.append(SnippetMarkers.close) }
      cursor = range.upperBound
    }
    if reachedEnd {
      output += "…"
    } else {
      // The window reaches the end of the text: keep its closing punctuation.
      output += text(cursor..<bytes.count)
    }
    return output
  }

  /// Overlapping ranges merged (adjacent ones stay apart, so separate phrases are marked separately).
  private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound < last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private func snippetFunction(
  _ apiPointer: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
  _ argumentCount: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
) {
  guard let api = apiPointer?.pointee, let fts, argumentCount >= 2, let xInstCount = api.xInstCount,
    let xInst = api.xInst, let xPhraseSize = api.xPhraseSize, let xColumnText = api.xColumnText
  else {
    sqlite3_result_error(context, "qomus_snippet failed", -1)
    return
  }
  let requested = sqlite3_value_int(arguments?[0])
  let words = Int(sqlite3_value_int(arguments?[1]))
  var instances: Int32 = 0
  guard xInstCount(fts, &instances) == SQLITE_OK else {
    sqlite3_result_error(context, "qomus_snippet failed", -1)
    return
  }
  // Every instance: (column, token range).
  var found: [(column: Int32, range: Range<Int>)] = []
  for instance in 0..<instances {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    guard xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK else { continue }
    let size = max(Int(xPhraseSize(fts, phrase)), 1)
    found.append((column, Int(offset)..<Int(offset) + size))
  }
  let language: Language
  switch requested {
  case 0: language = .uz
  case 1: language = .en
  default: language = MatchLanguageFunction.language(ofInstancesIn: found.map { Int($0.column) })
  }
  let summary = Int32(SearchIndex.Column.summary(language).rawValue)
  let body = Int32(SearchIndex.Column.body(language).rawValue)
  let column = found.contains { $0.column == summary } ? summary : body
  var matches = found.filter { $0.column == column }.map(\.range)
  matches.sort { $0.lowerBound < $1.lowerBound }
  var text: UnsafePointer<CChar>?
  var length: Int32 = 0
  guard !matches.isEmpty, xColumnText(fts, column, &text, &length) == SQLITE_OK, let text else {
    sqlite3_result_null(context)
    return
  }
  let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: Int(length))
  guard let snippet = SnippetFunction.snippet(bytes, matches: matches, words: words) else {
    sqlite3_result_null(context)
    return
  }
  sqlite3_result_text(context, snippet, -1, transient)
}
