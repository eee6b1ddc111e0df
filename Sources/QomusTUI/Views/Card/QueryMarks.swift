import QomusCore

/// Marks a search's words in laid-out lines: the pieces of text the query meets take the `highlight` role, so a
/// card opened from search shows why it was found. Links keep their own style.
enum QueryMarks {
  /// `lines` with every word `highlighter` meets, line by line, in the `highlight` role.
  static func mark(_ lines: [[Span]], with highlighter: QueryHighlighter) -> [[Span]] {
    guard !highlighter.isEmpty else { return lines }
    return lines.map { mark($0, with: highlighter) }
  }

  /// One line's spans, split where a marked word starts or ends.
  static func mark(_ line: [Span], with highlighter: QueryHighlighter) -> [Span] {
    let text = line.map(\.text).joined()
    let utf8 = text.utf8
    let marked = highlighter.ranges(in: text).map {
      utf8.distance(from: utf8.startIndex, to: $0.lowerBound)..<utf8.distance(from: utf8.startIndex, to: $0.upperBound)
    }
    guard !marked.isEmpty else { return line }
    var result: [Span] = []
    var offset = 0
    for span in line {
      let bytes = Array(span.text.utf8)
      let spanRange = offset..<(offset + bytes.count)
      offset = spanRange.upperBound
      guard span.link == nil, span.role != .highlight, marked.contains(where: { $0.overlaps(spanRange) }) else {
        result.append(span)
        continue
      }
      var cuts = Set([0, bytes.count])
      for range in marked where range.overlaps(spanRange) {
        cuts.insert(max(0, range.lowerBound - spanRange.lowerBound))
        cuts.insert(min(bytes.count, range.upperBound - spanRange.lowerBound))
      }
      let points = cuts.sorted()
      for (start, end) in zip(points, points.dropFirst()) where start < end {
        let absolute = (spanRange.lowerBound + start)..<(spanRange.lowerBound + end)
        let isMarked = marked.contains { $0.contains(absolute.lowerBound) }
        let piece = String(decoding: bytes[start..<end], as: UTF8.self)
        result.append(Span(piece, role: isMarked ? .highlight : span.role))
      }
    }
    return result
  }
}
