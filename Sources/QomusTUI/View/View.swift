/// Draws a state: a pure function from `AppState` to a `Screen`.
public enum View {
  public static func render(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
      TooSmallView(language: state.language, size: state.size).render(
        in: screen.bounds, on: &screen)
      return screen
    }
    let strip = TabStrip(
      catalog: state.catalog, language: state.language, active: state.tab,
      width: layout.header.width)
    TabsBar(strip: strip, active: state.tab).render(in: layout.header, on: &screen)
    if !layout.listBox.isEmpty {
      if let search = state.search {
        SearchResultsView(state: state, search: search, layout: layout).render(
          in: layout.listBox, on: &screen)
      } else {
        CardListView(state: state, layout: layout).render(in: layout.listBox, on: &screen)
      }
    }
    if !layout.cardBox.isEmpty {
      CardPaneView(state: state, layout: layout).render(in: layout.cardBox, on: &screen)
    }
    StatusBar(state: state, layout: layout).render(in: layout.status, on: &screen)
    if case .help(let scroll) = state.mode {
      HelpOverlay(state: state, scroll: scroll).render(
        in: HelpOverlay.frame(in: layout), on: &screen)
    }
    return screen
  }
}
