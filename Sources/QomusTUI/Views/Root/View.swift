import QomusCore

/// Draws a state: a pure function from `AppState` to a `Screen`.
public enum View {
  /// The frame for `state`: the slide, view or explorer at the bottom of the mode stack, then the overlay on top.
  public static func render(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size, glyphs: state.isAccessible ? .plain : .unicode)
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
    if case .present(let present) = base, present.role == .presenter {
      PresenterView(model: presenter(state, present)).render(in: screen.bounds, on: &screen)
    } else if case .present(let present) = base {
      SlideView(model: slide(state, present)).render(in: screen.bounds, on: &screen)
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
      StatusBar(model: statusBar(state, layout: layout)).render(in: layout.status, on: &screen)
    }
    switch state.mode {
    case .help(let scroll):
      HelpOverlay(language: state.language, scroll: scroll).render(
        in: HelpOverlay.frame(in: state.size), on: &screen)
    case .tours(let list):
      TourPicker(model: tourPicker(state, list)).render(
        in: TourPicker.frame(in: layout, tours: state.catalog.tours.count), on: &screen)
    case .citation(let id, let scroll):
      let frame = CitationOverlay.frame(in: layout.body)
      let lines =
        state.catalog[id].map {
          CitationOverlay.lines(
            for: $0, in: state.catalog.corpus, language: state.language, frame: frame)
        } ?? []
      CitationOverlay(cardID: id, lines: lines, language: state.language, scroll: scroll).render(
        in: frame, on: &screen)
    case .noteEditor(let editor):
      NoteEditorView(model: noteEditor(state, editor)).render(in: layout.body, on: &screen)
    default: break
    }
    return screen
  }

  /// The slide's model: the tour's stop at the present position, built into a slide.
  private static func slide(_ state: AppState, _ present: PresentState) -> SlideView.Model {
    let catalog = state.catalog
    let language = state.language
    let tour = catalog.tour(present.tourID)
    let card = state.slideStop(present).flatMap { stop in catalog[stop.card].map { (stop, $0) } }
    let slide =
      tour == nil
      ? nil
      : card.map { stop, card in
        SlideBuilder(corpus: catalog.corpus, language: language.primary).slide(
          for: card, note: stop.note, position: present.index + 1,
          count: catalog.stops(ofTour: present.tourID).count)
      }
    let id = card?.1.id
    let marks =
      id.map { (state.user.isStarred($0) ? "★" : "") + (state.user.note(on: $0) != nil ? " ✎" : "") }
      ?? ""
    let count = catalog.stops(ofTour: present.tourID).count
    let isEnd = tour != nil && present.index >= count
    return SlideView.Model(
      slide: slide, endOf: isEnd ? count : nil, tourTitle: tour?.title[language.primary] ?? "",
      marks: marks, showsNote: present.showsNote, message: state.message,
      typedNumber: present.typedNumber, hints: slideHints(state, present, isEnd: isEnd),
      language: language, letterScales: state.isAccessible ? [] : BlockFont.Scale.allCases)
  }

  /// The keys that work on a slide: on the end slide no next slide, note or card; on the presenter's screen
  /// never the note (always on show) or the card.
  private static func slideHints(_ state: AppState, _ present: PresentState, isEnd: Bool) -> [KeyHint] {
    let inert: Set<Command> =
      isEnd
      ? [.nextSlide, .toggleLecturerNote, .open]
      : present.role == .presenter ? [.toggleLecturerNote, .open] : []
    return KeyTable.hints(for: state.keyContexts).filter { !inert.contains($0.command) }
  }

  /// The presenter's screen's model: this slide's title and note, the next slide's title, the clock.
  private static func presenter(_ state: AppState, _ present: PresentState) -> PresenterView.Model {
    let catalog = state.catalog
    let language = state.language
    let primary = language.primary
    let stops = catalog.stops(ofTour: present.tourID)
    let title = { (index: Int) -> String? in
      guard stops.indices.contains(index), let card = catalog[stops[index].card] else { return nil }
      return language.script(card.title[primary], language: primary)
    }
    let note = state.slideStop(present)?.note.map { $0[primary] }.flatMap { $0.isEmpty ? nil : $0 }
    let isEnd = present.index >= stops.count
    let hints = slideHints(state, present, isEnd: isEnd)
    return PresenterView.Model(
      tourTitle: catalog.tour(present.tourID).map { language.text($0.title) } ?? "",
      position: "\(min(present.position, stops.count))/\(stops.count)" + (isEnd ? " ✓" : ""),
      clock: present.elapsed.map(PresenterClock.text), isLinked: present.isLinked,
      projectorCommand: "qomus present \(present.tourID)",
      title: isEnd ? language.text(Strings.theEnd) : title(present.index),
      note: note.map { language.script($0, language: primary) }, isEnd: isEnd,
      nextTitle: title(present.index + 1), typedNumber: present.typedNumber, hints: hints,
      message: state.message, language: language)
  }

  /// The tour picker's model: every tour with its number of stops.
  private static func tourPicker(_ state: AppState, _ list: ListState) -> TourPicker.Model {
    let catalog = state.catalog
    return TourPicker.Model(
      tours: catalog.tours.map {
        TourPicker.Model.Tour(
          title: $0.title, description: $0.description, stops: catalog.stops(ofTour: $0.id).count)
      }, list: list, language: state.language)
  }

  /// The status bar's model: the keys of the current contexts, the message, the position.
  private static func statusBar(_ state: AppState, layout: Layout) -> StatusBar.Model {
    StatusBar.Model(
      hints: KeyTable.hints(for: state.keyContexts), message: state.message,
      position: statusPosition(state, layout: layout), language: state.language)
  }

  /// `3/8` in the list, the percentage read in a card.
  private static func statusPosition(_ state: AppState, layout: Layout) -> String {
    switch state.mode {
    case .browse, .search, .filter: break
    default: return ""
    }
    if let search = state.search {
      return search.hits.isEmpty ? "" : "\(search.list.selected + 1)/\(search.hits.count)"
    }
    if state.focus == .card {
      guard let view = state.cardView, let document = state.document else { return "" }
      let total = document.lines.count
      let rows = layout.cardRows
      if total <= rows { return "100%" }
      return "\(min(100, (view.scroll + rows) * 100 / total))%"
    }
    let count = state.listIDs.count
    return count == 0 ? "0/0" : "\(state.list.selected + 1)/\(count)"
  }

  /// The note editor's model: the editor and the title of its card.
  private static func noteEditor(_ state: AppState, _ editor: NoteEditorState) -> NoteEditorView.Model {
    NoteEditorView.Model(
      editor: editor,
      cardTitle: state.catalog[editor.cardID].map { state.language.text($0.title) } ?? editor.cardID,
      language: state.language)
  }

  /// Tabs, list (or search) and card.
  private static func renderExplorer(_ state: AppState, layout: Layout, on screen: inout Screen) {
    if !layout.listBox.isEmpty {
      if let search = state.search {
        SearchResultsView(search: search, language: state.language, isFocused: state.mode != .browse)
          .render(in: layout.listBox, on: &screen)
      } else {
        CardListView(model: cardList(state)).render(in: layout.listBox, on: &screen)
      }
    }
    if !layout.cardBox.isEmpty {
      CardPaneView(model: cardPane(state)).render(in: layout.cardBox, on: &screen)
    }
  }

  /// The list pane's model: the current tab's cards, narrowed by the filter.
  private static func cardList(_ state: AppState) -> CardListView.Model {
    let catalog = state.catalog
    let language = state.language
    var title = [
      Span(
        catalog.tabs.indices.contains(state.tab)
          ? language.text(catalog.tabs[state.tab].pluralName) : "", role: .normal)
    ]
    if !state.filter.isEmpty {
      title.append(
        Span(" · " + language.text(Strings.filter) + ": " + state.filter.text, role: .accent))
    }
    // The jurisdiction column, unless the pane is narrow and every card of the tab shares one; the year
    // column when some card of the tab has a year.
    let tabCards = catalog.ids(inTab: state.tab).compactMap { catalog[$0] }
    let user = state.user
    return CardListView.Model(
      title: title, cards: state.listIDs.compactMap { catalog[$0] }, list: state.list,
      isFocused: state.focus == .list || state.mode == .filter,
      filter: state.mode == .filter ? state.filter : nil, language: language,
      isStarred: { user.isStarred($0) },
      tabMixesJurisdictions: Set(tabCards.map(\.jurisdiction)).count > 1,
      tabHasYears: tabCards.contains { $0.year != nil })
  }

  /// The card pane's model: the card on show, laid out.
  private static func cardPane(_ state: AppState) -> CardPaneView.Model {
    let card = state.cardView.flatMap { state.catalog[$0.cardID] }
    let history = state.history
    return CardPaneView.Model(
      card: card, document: state.document, view: state.cardView,
      isFocused: state.focus == .card && state.mode == .browse,
      history: history.current?.cardID == card?.id && card != nil
        ? (history.backCount, history.forwardCount) : nil,
      isStarred: card.map { state.user.isStarred($0.id) } ?? false,
      hasNote: card.map { state.user.note(on: $0.id) != nil } ?? false, language: state.language)
  }

  /// A full-screen view over the body.
  private static func renderView(_ mode: Mode, state: AppState, on screen: inout Screen) {
    let body = state.layout.body
    let language = state.language
    switch mode {
    case .matrix(let cursor):
      guard let matrix = state.catalog.matrix else { return }
      let user = state.user
      MatrixView(
        model: MatrixView.Model(
          matrix: matrix, cursor: cursor, isStarred: { user.isStarred($0) }, language: language)
      ).render(in: body, on: &screen)
    case .notes(let notes):
      guard let outline = state.outline(of: mode) else { return }
      let found = notes.query.isEmpty ? 0 : NotesOutline.notes(state, query: notes.query.text).count
      NotesView(
        notes: notes, outline: outline, detail: selectedCard(outline, notes.list, state),
        counts: (state.user.bookmarks.count, state.user.notes.count, found), language: language
      ).render(in: body, on: &screen)
    case .quiz(let quiz):
      QuizView(model: quizModel(state, quiz)).render(in: body, on: &screen)
    case .chain, .overview, .timeline:
      guard let outline = state.outline(of: mode), let list = mode.outlineList else { return }
      OutlineView(
        title: [Span(language.text(viewTitle(mode, state: state)), role: .normal)],
        outline: outline, list: list, detail: selectedCard(outline, list, state),
        language: language
      ).render(in: body, on: &screen)
    default: break
    }
  }

  /// The quiz's model: the summary at the end, the cards behind the answered question.
  private static func quizModel(_ state: AppState, _ quiz: QuizState) -> QuizView.Model {
    let question = quiz.feedback?.question ?? quiz.session?.current
    return QuizView.Model(
      quiz: quiz,
      summary: quiz.showsSummary ? QuizSummary(corpus: state.catalog.corpus, quiz: quiz) : nil,
      sourceCards: quiz.feedback == nil ? [] : question?.cardIDs.compactMap { state.catalog[$0] } ?? [],
      canSave: state.storeStatus.canWrite, language: state.language)
  }

  /// The card of the item selected in `outline`.
  private static func selectedCard(_ outline: OutlineModel, _ list: ListState, _ state: AppState)
    -> Card?
  {
    outline.cardID(at: list.selected).flatMap { state.catalog[$0] }
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
