import QomusCore

/// The header: the app's name and one tab per kind with its count; the active tab stands out.
struct TabsBar: Widget {
  var strip: TabStrip
  var active: Int

  func render(in area: Rect, on screen: inout Screen) {
    screen.fill(area, role: .normal)
    if strip.nameWidth > 0 {
      screen.write(" " + Strings.appName, x: area.x, y: area.y, role: .appName, clip: area)
      screen.write("│", x: area.x + strip.nameWidth - 1, y: area.y, role: .border, clip: area)
    }
    for item in strip.items {
      let isActive = item.tab == active
      var x = area.x + item.x
      x = screen.write(
        " " + item.number, x: x, y: area.y, role: isActive ? .tabActive : .tabCount, clip: area)
      if !item.label.isEmpty {
        x = screen.write(
          " " + item.label, x: x, y: area.y, role: isActive ? .tabActive : .tab, clip: area)
      }
      if !item.count.isEmpty {
        x = screen.write(
          " " + item.count, x: x, y: area.y, role: isActive ? .tabActive : .tabCount, clip: area)
      }
      screen.write(" ", x: x, y: area.y, role: isActive ? .tabActive : .tab, clip: area)
    }
  }
}
