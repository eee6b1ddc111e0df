import Testing

@testable import QomusTUI

/// The generic list: selection and offset from item heights, and what it draws in its rect.
@Suite("ListView")
struct ListViewTests {
  /// Items of 1, 3, 2 and 1 rows with a heading row before the first: rows 1, 2–4, 5–6, 7.
  let rows = ListRows(items: [1..<2, 2..<5, 5..<7, 7..<8], rows: 8)

  @Test func revealScrollsTheFewestRowsToShowTheSelection() {
    var state = ListState()
    state.select(2, in: rows, visible: 4)
    // Item 2 ends at row 7: rows 3–6 show it, so the offset is 7 − 4 = 3.
    #expect(state == ListState(selected: 2, offset: 3))
    state.select(1, in: rows, visible: 4)
    // Item 1 starts at row 2, above the window: it goes to the top.
    #expect(state == ListState(selected: 1, offset: 2))
    state.select(0, in: rows, visible: 4)
    // The first item shows its heading too.
    #expect(state == ListState(selected: 0, offset: 0))
  }

  @Test func selectionAndOffsetStayInRange() {
    var state = ListState(selected: 9, offset: 9)
    state.reveal(in: rows, visible: 4)
    // The last item, and no empty rows past the end: 8 − 4 = 4.
    #expect(state == ListState(selected: 3, offset: 4))
    state.reveal(in: .uniform(count: 0), visible: 4)
    #expect(state == ListState(selected: 0, offset: 0))
  }

  @Test func uniformRowsMapRowsToItems() {
    let three = ListRows.uniform(count: 4, height: 3)
    #expect(three.count == 12)
    #expect(three.rows(ofItem: 2) == 6..<9)
    #expect(three.item(atRow: 7) == 2)
    #expect(three.item(atRow: 12) == nil)
    #expect(rows.item(atRow: 0) == nil, "a heading row belongs to no item")
  }

  @Test func drawsOnlyInsideItsRectWithTheSelectionMarked() {
    var screen = Screen(size: Size(width: 6, height: 5))
    let lines: [[Span]] = (0..<8).map { [Span("row \($0) long", role: .normal)] }
    ListView(rows: rows, state: ListState(selected: 2)) { Array(lines[$0]) }
      .render(in: Rect(x: 1, y: 1, width: 4, height: 3), on: &screen)
    // Three rows from offset 4 (item 2 ends at row 7), cut at four columns.
    #expect(screen.textLines == ["      ", " row  ", " row  ", " row  ", "      "])
    #expect(screen[1, 1].role == .normal, "row 4 belongs to item 1")
    #expect(screen[1, 2].role == .selection)
    #expect(screen[4, 3].role == .selection)
    #expect(screen[5, 2].role == .normal, "nothing right of the rect")
  }

  @Test func viewportClampsItsOffsetToTheLastPage() {
    var screen = Screen(size: Size(width: 3, height: 2))
    let lines: [[Span]] = ["a", "b", "c"].map { [Span($0, role: .normal)] }
    Viewport(lines: lines, offset: 5).render(in: screen.bounds, on: &screen)
    #expect(screen.textLines == ["b  ", "c  "])
  }
}
