/// A guided walk through the cards, for a lecturer: an ordered list of stops, read from `content/tours/<id>.yaml`.
public struct Tour: Sendable, Hashable, Identifiable {
  public var id: String
  public var title: LocalizedText
  public var description: LocalizedText
  public var stops: [TourStop]
  /// The file the tour was read from (empty for tours built in code).
  public var file: String

  public init(
    id: String, title: LocalizedText, description: LocalizedText, stops: [TourStop],
    file: String = ""
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.stops = stops
    self.file = file
  }

  /// The tour as slides in `language`, one per stop whose card exists, numbered `1/n … n/n`.
  public func slides(in corpus: Corpus, language: Language) -> [Slide] {
    let present = stops.compactMap { stop in corpus[stop.card].map { (card: $0, note: stop.note) } }
    return present.enumerated().map { offset, stop in
      SlideBuilder(corpus: corpus, language: language).slide(
        for: stop.card, note: stop.note, position: offset + 1, count: present.count)
    }
  }
}

/// One stop of a tour: a card, and what the lecturer may say about it.
public struct TourStop: Sendable, Hashable {
  /// The id of the card shown at this stop.
  public var card: String
  /// The lecturer's note, shown only on request.
  public var note: LocalizedText?
  /// The 1-based line of the stop in its file, for diagnostics.
  public var line: Int

  public init(card: String, note: LocalizedText? = nil, line: Int = 0) {
    self.card = card
    self.note = note
    self.line = line
  }
}
