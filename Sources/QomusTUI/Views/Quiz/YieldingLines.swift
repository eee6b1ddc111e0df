/// Lines in blocks that give way when the height is short: blank gaps go first, then whole blocks from the least
/// important up, so what matters most (the question, the verdict) always stays on screen.
struct YieldingLines {
  /// A run of lines, shown in order, dropped whole when the room is short.
  struct Block {
    let lines: [[Span]]
    /// Lower gives way first; `nil` never gives way.
    let yieldOrder: Int?
    /// A blank line before the block, dropped before any block.
    let gapBefore: Bool
  }

  private(set) var blocks: [Block] = []

  /// Appends `lines` that give way in `yieldOrder` (nil: never).
  mutating func add(_ lines: [[Span]], yieldOrder: Int?, gapBefore: Bool = false) {
    guard !lines.isEmpty else { return }
    blocks.append(Block(lines: lines, yieldOrder: yieldOrder, gapBefore: gapBefore))
  }

  /// Every line, gaps included.
  var all: [[Span]] { lines(of: blocks, gaps: true) }

  /// The lines that fit in `height` rows: all of them when they fit; else the blocks that give way go, least
  /// important first, until the rest fits without gaps (and the gaps come back if they then fit too). When even the
  /// blocks that never give way are taller, they are all returned.
  func fitted(height: Int) -> [[Span]] {
    var kept = blocks
    var order = blocks.compactMap(\.yieldOrder).sorted()[...]
    while lines(of: kept, gaps: false).count > height, let next = order.popFirst() {
      if let index = kept.firstIndex(where: { $0.yieldOrder == next }) { kept.remove(at: index) }
    }
    let spaced = lines(of: kept, gaps: true)
    return spaced.count <= height ? spaced : lines(of: kept, gaps: false)
  }

  private func lines(of blocks: [Block], gaps: Bool) -> [[Span]] {
    blocks.enumerated().flatMap { index, block in
      (gaps && block.gapBefore && index > 0 ? [[]] : []) + block.lines
    }
  }
}
