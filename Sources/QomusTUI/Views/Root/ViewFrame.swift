/// Where a full-screen view draws: a box over the body, the content inside it, and, when the screen is tall
/// enough, a detail strip at the bottom of the box (under a rule) that tells more about the selection.
struct ViewFrame: Hashable {
  /// The box, borders included.
  let box: Rect
  /// Inside the box, above the detail strip.
  let content: Rect
  /// The rule above the detail strip (empty when there is none).
  let rule: Rect
  /// The detail text rows (empty when there is none).
  let detail: Rect

  /// The frame over `body`, with `detailRows` rows of detail when at least `minimumContent` rows remain.
  init(body: Rect, detailRows: Int = 3, minimumContent: Int = 8) {
    box = body
    let inner = box.isEmpty ? Rect.zero : box.inset(dx: 2, dy: 1)
    if detailRows > 0, inner.height - detailRows - 1 >= minimumContent {
      let (top, bottom) = inner.splitBottom(detailRows + 1)
      content = top
      rule = Rect(x: box.x, y: bottom.y, width: box.width, height: 1)
      detail = bottom.splitRows(1).1
    } else {
      content = inner
      rule = .zero
      detail = .zero
    }
  }
}
