/// One file's row of the content snapshot, encoded: its card's fields but the body (with the card's index digest)
/// and its own diagnostics. The body is kept apart and read when the card is opened.
enum SnapshotRecord {
  /// The encoded card (nil: the file yields no card) and diagnostics.
  static func encode(card: Card?, diagnostics: [Diagnostic]) -> [UInt8] {
    var writer = SnapshotWriter()
    writer.flag(card != nil)
    if let card { encode(card, into: &writer) }
    writer.integer(diagnostics.count)
    for diagnostic in diagnostics {
      writer.integer(diagnostic.line)
      writer.flag(diagnostic.severity == .error)
      writer.string(diagnostic.code.rawValue)
      writer.string(diagnostic.message)
    }
    return writer.bytes
  }

  /// Decodes a row of the file `path`; the card's body comes from `body` when first read. Nil when malformed.
  static func decode(
    _ bytes: UnsafeRawBufferPointer, path: String, body: () -> CardBody
  ) -> (card: Card?, diagnostics: [Diagnostic])? {
    var reader = SnapshotReader(bytes)
    guard let hasCard = reader.flag() else { return nil }
    var card: Card?
    if hasCard {
      guard let decoded = decodeCard(&reader, path: path, body: body) else { return nil }
      card = decoded
    }
    guard let count = reader.count() else { return nil }
    var diagnostics: [Diagnostic] = []
    diagnostics.reserveCapacity(count)
    for _ in 0..<count {
      guard let line = reader.integer(), let isError = reader.flag(),
        let code = reader.string().flatMap(DiagnosticCode.init(rawValue:)), let message = reader.string()
      else { return nil }
      diagnostics.append(
        Diagnostic(file: path, line: line, severity: isError ? .error : .warning, code: code, message: message))
    }
    guard reader.isAtEnd else { return nil }
    return (card, diagnostics)
  }

  private static func encode(_ card: Card, into writer: inout SnapshotWriter) {
    writer.string(card.id)
    writer.string(card.kind.rawValue)
    writer.string(card.jurisdiction.rawValue)
    encode(card.title, into: &writer)
    encode(card.summary, into: &writer)
    writer.optionalString(card.number)
    writer.flag(card.issuer != nil)
    if let issuer = card.issuer { encode(issuer, into: &writer) }
    encode(card.adopted, into: &writer)
    encode(card.inForce, into: &writer)
    writer.optionalString(card.status?.rawValue)
    writer.integer(card.topics.count)
    for topic in card.topics { writer.string(topic.rawValue) }
    writer.integer(card.sources.count)
    for source in card.sources {
      switch source {
      case .section(let section):
        writer.flag(false)
        writer.string(section)
      case .url(let url, let label):
        writer.flag(true)
        writer.string(url)
        writer.optionalString(label)
      }
    }
    writer.integer(card.links.count)
    for link in card.links {
      writer.string(link.relation.rawValue)
      writer.string(link.target)
      writer.flag(link.inferred)
      writer.integer(link.line)
    }
    writer.integer(card.notes.count)
    for note in card.notes {
      encode(note.text, into: &writer)
      writer.string(note.source)
    }
    writer.word(card.indexDigest.0)
    writer.word(card.indexDigest.1)
  }

  private static func encode(_ text: LocalizedText, into writer: inout SnapshotWriter) {
    writer.string(text.uz)
    writer.string(text.en)
  }

  private static func encode(_ date: PartialDate?, into writer: inout SnapshotWriter) {
    writer.flag(date != nil)
    guard let date else { return }
    writer.integer(date.year)
    writer.integer(date.month ?? 0)
    writer.integer(date.day ?? 0)
  }

  private static func decodeCard(
    _ reader: inout SnapshotReader, path: String, body: () -> CardBody
  ) -> Card? {
    guard let id = reader.string(),
      let kind = reader.string().flatMap(CardKind.init(rawValue:)),
      let jurisdiction = reader.string().flatMap(Jurisdiction.init(rawValue:)),
      let title = decodeText(&reader), let summary = decodeText(&reader),
      let number = reader.optionalString(), let hasIssuer = reader.flag()
    else { return nil }
    var issuer: LocalizedText?
    if hasIssuer {
      guard let text = decodeText(&reader) else { return nil }
      issuer = text
    }
    guard let adopted = decodeDate(&reader), let inForce = decodeDate(&reader),
      let statusName = reader.optionalString(), let topicCount = reader.count()
    else { return nil }
    var status: ActStatus?
    if let statusName {
      guard let known = ActStatus(rawValue: statusName) else { return nil }
      status = known
    }
    var topics: [Topic] = []
    for _ in 0..<topicCount {
      guard let topic = reader.string().flatMap(Topic.init(rawValue:)) else { return nil }
      topics.append(topic)
    }
    guard let sourceCount = reader.count() else { return nil }
    var sources: [CardSource] = []
    for _ in 0..<sourceCount {
      guard let isURL = reader.flag() else { return nil }
      if isURL {
        guard let url = reader.string(), let label = reader.optionalString() else { return nil }
        sources.append(.url(url, label: label))
      } else {
        guard let section = reader.string() else { return nil }
        sources.append(.section(section))
      }
    }
    guard let linkCount = reader.count() else { return nil }
    var links: [CardLink] = []
    for _ in 0..<linkCount {
      guard let relation = reader.string().flatMap(LinkRelation.init(rawValue:)),
        let target = reader.string(), let inferred = reader.flag(), let line = reader.integer()
      else { return nil }
      links.append(CardLink(relation: relation, target: target, inferred: inferred, line: line))
    }
    guard let noteCount = reader.count() else { return nil }
    var notes: [FactNote] = []
    for _ in 0..<noteCount {
      guard let text = decodeText(&reader), let source = reader.string() else { return nil }
      notes.append(FactNote(text: text, source: source))
    }
    guard let digest0 = reader.word(), let digest1 = reader.word() else { return nil }
    let fields = Card.Fields(
      id: id, kind: kind, jurisdiction: jurisdiction, title: title, summary: summary,
      body: LocalizedText(uz: "", en: ""), number: number, issuer: issuer, adopted: adopted,
      inForce: inForce, status: status, topics: topics, sources: sources, links: links, notes: notes,
      file: path)
    return Card(fields, body: body(), indexDigest: (digest0, digest1))
  }

  private static func decodeText(_ reader: inout SnapshotReader) -> LocalizedText? {
    guard let uz = reader.string(), let en = reader.string() else { return nil }
    return LocalizedText(uz: uz, en: en)
  }

  /// A date: `.some(nil)` when absent, nil when malformed.
  private static func decodeDate(_ reader: inout SnapshotReader) -> PartialDate?? {
    guard let present = reader.flag() else { return nil }
    guard present else { return .some(nil) }
    guard let year = reader.integer(), let month = reader.integer(), let day = reader.integer() else {
      return nil
    }
    return .some(PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day))
  }
}
