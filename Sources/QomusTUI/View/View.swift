import QomusCore

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
    // The mode under the overlays decides the screen: a slide, a view, or the explorer.
    let base =
      state.modes.last { mode in
        switch mode {
        case .help, .tours, .citation, .noteEditor: false
        default: true
        }
      } ?? .browse
    if case .present(let present) = base {
      SlideView(state: state, present: present).render(in: screen.bounds, on: &screen)
    } else {
      let strip = TabStrip(
        catalog: state.catalog, language: state.language, active: state.tab,
        width: layout.header.width)
      TabsBar(strip: strip, active: state.tab).render(in: layout.header, on: &screen)
      if base.isView {
        renderView(base, state: state, on: &screen)
      } else {
        renderExplorer(state, layout: layout, on: &screen)
      }
      StatusBar(state: state, layout: layout).render(in: layout.status, on: &screen)
    }
    switch state.mode {
    case .help(let scroll):
      HelpOverlay(state: state, scroll: scroll).render(
        in: HelpOverlay.frame(in: layout), on: &screen)
    case .tours(let list):
      TourPicker(state: state, list: list).render(
        in: TourPicker.frame(in: layout, tours: state.catalog.tours.count), on: &screen)
    case .citation(let id, let scroll):
      CitationOverlay(state: state, cardID: id, scroll: scroll).render(
        in: CitationOverlay.frame(in: layout), on: &screen)
    case .noteEditor(let editor):
      NoteEditorView(state: state, editor: editor).render(in: layout.body, on: &screen)
    default: break
    }
    return screen
  }

  /// Tabs, list (or search) and card.
  private static func renderExplorer(_ state: AppState, layout: Layout, on screen: inout Screen) {
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
  }

  /// A full-screen view over the body.
  private static func renderView(_ mode: Mode, state: AppState, on screen: inout Screen) {
    let body = state.layout.body
    let language = state.language
    switch mode {
    case .matrix(let cursor):
      guard let matrix = state.catalog.matrix else { return }
      MatrixView(state: state, matrix: matrix, cursor: cursor).render(in: body, on: &screen)
    case .notes(let notes):
      NotesView(state: state, notes: notes).render(in: body, on: &screen)
    case .quiz(let quiz):
      QuizView(state: state, quiz: quiz).render(in: body, on: &screen)
    case .chain, .overview, .timeline:
      let area = state.outlineArea(for: mode)
      guard let outline = state.outline(for: mode, width: area.width),
        let list = state.outlineList(of: mode)
      else { return }
      OutlineView(
        state: state, title: [Span(language.text(viewTitle(mode, state: state)), role: .normal)],
        outline: outline, list: list, area: area
      ).render(in: body, on: &screen)
    default: break
    }
  }

  private static func viewTitle(_ mode: Mode, state: AppState) -> LocalizedText {
    switch mode {
    case .chain: Strings.chain
    case .overview(let overview):
      LocalizedText(
        uz: Strings.proposals.uz + " · " + overview.order.label.uz,
        en: Strings.proposals.en + " · " + overview.order.label.en)
    case .timeline:
      if let span = state.catalog.timeline.span {
        LocalizedText(
          uz: Strings.timeline.uz + " · \(span.lowerBound)–\(span.upperBound)",
          en: Strings.timeline.en + " · \(span.lowerBound)–\(span.upperBound)")
      } else {
        Strings.timeline
      }
    default: LocalizedText(uz: "", en: "")
    }
  }
}
