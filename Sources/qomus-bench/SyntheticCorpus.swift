import Foundation
import QomusCore

/// A deterministic generator of synthetic corpora from the bundled vocabulary: the words of the bundled cards,
/// drawn with their real frequencies (so common words are common), in titles, summaries and bodies of realistic
/// lengths, with act numbers, years, kinds, jurisdictions and topics. The bundled cards come first, so queries
/// about real entities still have their answers.
struct SyntheticCorpus {
  /// Words of one language with cumulative frequencies, for sampling.
  struct Vocabulary {
    var words: [String] = []
    var cumulative: [Int] = []

    init(_ texts: [String]) {
      var counts: [String: Int] = [:]
      for text in texts {
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
          let trimmed = word.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
          if trimmed.count > 1 { counts[trimmed, default: 0] += 1 }
        }
      }
      var total = 0
      for (word, count) in counts.sorted(by: { ($0.value, $0.key) > ($1.value, $1.key) }) {
        total += count
        words.append(word)
        cumulative.append(total)
      }
    }

    func word(_ random: inout SeededGenerator) -> String {
      guard let total = cumulative.last else { return "soʻz" }
      let target = Int(random.next() % UInt64(total))
      var low = 0
      var high = cumulative.count - 1
      while low < high {
        let middle = (low + high) / 2
        if cumulative[middle] > target { high = middle } else { low = middle + 1 }
      }
      return words[low]
    }

    func sentence(_ count: Int, _ random: inout SeededGenerator) -> String {
      (0..<count).map { _ in word(&random) }.joined(separator: " ")
    }
  }

  let bundled: Corpus
  let uzbek: Vocabulary
  let english: Vocabulary

  init(bundled: Corpus) {
    self.bundled = bundled
    uzbek = Vocabulary(bundled.cards.flatMap { [$0.title.uz, $0.summary.uz, $0.body.uz] })
    english = Vocabulary(bundled.cards.flatMap { [$0.title.en, $0.summary.en, $0.body.en] })
  }

  /// `count` cards (at least the bundled ones): the bundled cards, then synthetic ones.
  func corpus(count: Int, seed: UInt64 = 2024) -> Corpus {
    var random = SeededGenerator(seed: seed)
    var cards = bundled.cards
    for index in 0..<max(count - cards.count, 0) {
      cards.append(card(index, &random))
    }
    return Corpus(cards: cards)
  }

  private func card(_ index: Int, _ random: inout SeededGenerator) -> Card {
    let kind = CardKind.allCases[Int(random.next() % 5)]
    let jurisdiction = Jurisdiction.allCases[
      Int(random.next() % UInt64(Jurisdiction.allCases.count))]
    let year = 1995 + Int(random.next() % 31)
    let topics = (0..<(1 + Int(random.next() % 3))).map { _ in
      Topic.allCases[Int(random.next() % UInt64(Topic.allCases.count))]
    }
    let number = random.next() % 4 == 0 ? "\(100 + random.next() % 900)-FZ" : nil
    func text(_ vocabulary: Vocabulary, _ words: ClosedRange<Int>) -> String {
      let count = words.lowerBound + Int(random.next() % UInt64(words.count))
      return vocabulary.sentence(count, &random)
    }
    func body(_ vocabulary: Vocabulary) -> String {
      (0..<3).map { _ in text(vocabulary, 20...40) + "." }.joined(separator: "\n\n")
    }
    let title = LocalizedText(uz: text(uzbek, 4...9), en: text(english, 4...9))
    return Card(
      id: "syn-\(index)", kind: kind, jurisdiction: jurisdiction,
      title: number.map { LocalizedText(uz: title.uz + " \($0)", en: title.en + " \($0)") }
        ?? title,
      summary: LocalizedText(uz: text(uzbek, 15...30), en: text(english, 15...30)),
      body: LocalizedText(uz: body(uzbek), en: body(english)), number: number,
      adopted: PartialDate(year: year),
      topics: Array(Set(topics)).sorted { $0.rawValue < $1.rawValue })
  }
}
