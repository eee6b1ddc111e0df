/// Something that draws itself into a rect of a screen, and nowhere else.
protocol Widget {
  func render(in area: Rect, on screen: inout Screen)
}
