import Foundation

/// Renders a handout as JSON: the cards as `CardJSON.Detail` (the shape of `qomus show --json`), with the
/// handout's title, tour, lecturer notes and citations.
enum JSONHandout {
  struct Document: Codable {
    var title: LocalizedText
    var description: LocalizedText?
    var tour: String?
    var languages: [String]
    var cards: [CardJSON.Detail]
    /// Lecturer notes by card id.
    var lecturerNotes: [String: LocalizedText]
    /// The plain citation of each card by id.
    var citations: [String: LocalizedText]

    enum CodingKeys: String, CodingKey {
      case title, description, tour, languages, cards
      case lecturerNotes = "lecturer_notes"
      case citations
    }
  }

  static func render(_ handout: Handout) throws -> String {
    var notes: [String: LocalizedText] = [:]
    var citations: [String: LocalizedText] = [:]
    for entry in handout.entries {
      if let note = entry.note { notes[entry.card.id] = note }
      citations[entry.card.id] = LocalizedText(
        uz: entry.citation.text(.plain, language: .uz, accessed: handout.accessed),
        en: entry.citation.text(.plain, language: .en, accessed: handout.accessed))
    }
    let document = Document(
      title: handout.title, description: handout.description, tour: handout.tourID,
      languages: handout.languages.map(\.rawValue),
      cards: handout.entries.map { CardJSON.detail($0.card, in: handout.corpus) },
      lecturerNotes: notes, citations: citations)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
