/// Builds a hit's snippet from where FTS5 found its matches (word positions, see `MatchCollector`) and the text the
/// index holds: the summary of the language that matched best if the match is there, else the body. Only word
/// boundaries are scanned (`WordScanner`, no folding or stemming): each scanned word is exactly one token position
/// (`Analyzer.term`).
enum Snippet {
  /// The language whose columns hold the greater weight of `instances`; Uzbek on a tie. With `preferred`, that
  /// language whenever it has a match at all (the reader's language, for a card that matches in both).
  static func language(of instances: [MatchCollector.Instance], preferring preferred: Language? = nil)
    -> Language
  {
    var uzbek = 0.0
    var english = 0.0
    for instance in instances {
      guard let column = SearchIndex.Column(rawValue: instance.column), column != .keys else {
        continue
      }
      if SearchIndex.Column.columns(of: .uz).contains(column) {
        uzbek += column.weight
      } else {
        english += column.weight
      }
    }
    if let preferred, (preferred == .uz ? uzbek : english) > 0 { return preferred }
    return english > uzbek ? .en : .uz
  }

  /// The marked snippet of `card` in `language` for `instances`, or nil if neither its summary nor its body has a
  /// match. `phraseSizes[i]` is the number of words of phrase `i`; `text` gives the stored text of a column.
  static func highlighted(
    _ card: Card, language: Language, instances: [MatchCollector.Instance], phraseSizes: [Int], words: Int,
    text: (SearchIndex.Column) -> SnippetText
  ) -> HighlightedText? {
    let summary = SearchIndex.Column.summary(language)
    let body = SearchIndex.Column.body(language)
    let column = instances.contains { $0.column == summary.rawValue } ? summary : body
    let matches = instances.filter { $0.column == column.rawValue }.map { instance in
      let size = instance.phrase < phraseSizes.count ? max(phraseSizes[instance.phrase], 1) : 1
      return instance.position..<instance.position + size
    }.sorted { $0.lowerBound < $1.lowerBound }
    guard !matches.isEmpty else { return nil }
    let stored = text(column)
    var bytes = stored.text
    return bytes.withUTF8 { self.highlighted($0, wordRanges: stored.words, matches: matches, words: words) }
  }

  /// The window of `words` words of `bytes` with the most `matches` (word ranges, end exclusive), with each match
  /// highlighted and `…` where the text is cut; line breaks and tabs become spaces.
  static func highlighted(_ bytes: UnsafeBufferPointer<UInt8>, matches: [Range<Int>], words: Int)
    -> HighlightedText?
  {
    var wordRanges: [Range<Int>] = []
    WordScanner.scan(bytes) { group in
      for word in group { wordRanges.append(word.start..<word.end) }
    }
    return highlighted(bytes, wordRanges: wordRanges, matches: matches, words: words)
  }

  /// As above, with the byte range of every word of `bytes` already known.
  static func highlighted(
    _ bytes: UnsafeBufferPointer<UInt8>, wordRanges: [Range<Int>], matches: [Range<Int>], words: Int
  ) -> HighlightedText? {
    guard let first = matches.first, words > 0 else { return nil }
    // The window of `words` positions holding the most matches, starting a little before one of them.
    var start = max(first.lowerBound - 2, 0)
    var best = 0
    for match in matches {
      let candidate = max(match.lowerBound - 2, 0)
      let count = matches.filter {
        $0.lowerBound >= candidate && $0.upperBound <= candidate + words
      }.count
      if count > best {
        best = count
        start = candidate
      }
    }
    let end = start + words
    // The words up to the end of the window; `reachedEnd` when the text goes on past it.
    let ranges = Array(wordRanges.prefix(end))
    let reachedEnd = wordRanges.count > end
    // A window that reaches the end of the text starts early enough to be full.
    if !reachedEnd { start = min(start, max(ranges.count - words, 0)) }
    guard start < ranges.count else { return nil }
    var marked = Array(repeating: false, count: ranges.count)
    var runStarts = Set<Int>()
    for match in merged(matches) where match.lowerBound < ranges.count {
      runStarts.insert(match.lowerBound)
      for position in match.clamped(to: 0..<ranges.count) { marked[position] = true }
    }
    var builder = SegmentBuilder()
    if start > 0 { builder.append(ellipsis, highlighted: false) }
    var cursor = start > 0 ? ranges[start].lowerBound : 0
    for position in start..<ranges.count {
      let range = ranges[position]
      // The gap before a word belongs to its marked run when the word before is in the same run.
      let inRun =
        marked[position] && position > start && marked[position - 1]
        && !runStarts.contains(position)
      builder.append(
        UnsafeBufferPointer(rebasing: bytes[cursor..<range.lowerBound]), highlighted: inRun)
      builder.append(UnsafeBufferPointer(rebasing: bytes[range]), highlighted: marked[position])
      cursor = range.upperBound
    }
    // A window that reaches the end of the text keeps its closing punctuation.
    if reachedEnd {
      builder.append(ellipsis, highlighted: false)
    } else {
      builder.append(UnsafeBufferPointer(rebasing: bytes[cursor..<bytes.count]), highlighted: false)
    }
    return HighlightedText(segments: builder.finish())
  }

  private static let ellipsis = Array("…".utf8)

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

/// Collects snippet bytes into segments: runs of the same kind merge, and line breaks and tabs become single spaces.
private struct SegmentBuilder {
  private var segments: [HighlightedText.Segment] = []
  private var current: [UInt8] = []
  private var highlighted = false

  mutating func append<Bytes: Collection>(_ bytes: Bytes, highlighted: Bool)
  where Bytes.Element == UInt8 {
    guard !bytes.isEmpty else { return }
    if highlighted != self.highlighted {
      flush()
      self.highlighted = highlighted
    }
    for byte in bytes {
      if byte == 0x0A || byte == 0x0D || byte == 0x09 {
        if current.last != 0x20 { current.append(0x20) }
      } else {
        current.append(byte)
      }
    }
  }

  mutating func finish() -> [HighlightedText.Segment] {
    flush()
    return segments
  }

  private mutating func flush() {
    guard !current.isEmpty else { return }
    segments.append(
      .init(text: String(decoding: current, as: UTF8.self), isHighlighted: highlighted))
    current.removeAll(keepingCapacity: true)
  }
}
