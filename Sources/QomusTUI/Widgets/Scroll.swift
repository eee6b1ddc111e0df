/// The one rule for keeping something on screen, shared by lists, the card's links, the note editor's cursor and
/// the matrix's rows and columns.
enum Scroll {
  /// The first row (or column) on screen after scrolling the fewest from `offset` that show `target` in `visible`
  /// of `total`, never scrolled past the end.
  static func reveal(_ target: Range<Int>, offset: Int, visible: Int, total: Int) -> Int {
    var offset = offset
    if target.lowerBound < offset { offset = target.lowerBound }
    if target.upperBound > offset + visible { offset = target.upperBound - visible }
    return max(0, min(offset, total - visible))
  }
}
