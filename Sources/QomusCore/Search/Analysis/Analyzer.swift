/// The analyzer behind the index and the query: folds each word (case, apostrophes, Cyrillic → Latin, diacritics)
/// and stems it with the Uzbek stemmer or the Porter stemmer. One analyzer per language serves both the FTS5
/// tokenizer (`QomusTokenizer`) and the query builder, so that documents and queries always meet on the same terms.
///
/// For each word the index holds its stem, and at the same position (FTS5 "colocated") its folded surface form, so
/// that a prefix typed so far (`xizmatla*`) still finds `xizmatlarini`. A group of words joined by `-`, `.`, `/`
/// also gets its joined form (`210-FZ` → `210` `fz` + `210fz`), so identifiers are found whole and in parts.
struct Analyzer: Sendable, Hashable {
  /// The stemmer an analyzer applies.
  enum Stemming: String, Sendable, Hashable {
    case uzbek, english
  }

  /// Bump whenever the tokens change, so that cached indexes built by an older analyzer are rebuilt.
  static let version = 5

  /// The most words of a joined group that still get a joined token.
  static let maximumJoinedParts = 6

  let stemming: Stemming

  static let uzbek = Analyzer(stemming: .uzbek)
  static let english = Analyzer(stemming: .english)

  /// The analyzer for text in `language`.
  static func `for`(_ language: Language) -> Analyzer {
    language == .uz ? .uzbek : .english
  }

  /// One analyzed word.
  struct Term: Sendable, Hashable {
    /// The indexed term: the folded word, stemmed.
    var stem: String
    /// The folded word before stemming.
    var surface: String
    /// The leading number of a word like `770dan`, indexed too so that `770` finds it.
    var number: String?
    /// A second stem where the ending is ambiguous (`farmoni`: `farmo` + `-ni` or `farmon` + `-i`).
    var alternate: String?

    /// Every term the index holds for this word besides the stem.
    var colocated: [String] {
      var terms: [String] = []
      for term in [surface, alternate, number].compactMap({ $0 })
      where term != stem && !terms.contains(term) {
        terms.append(term)
      }
      return terms
    }
  }

  /// One token as the index sees it.
  struct Token: Sendable, Hashable {
    var text: String
    /// Byte offsets in the analyzed text.
    var start: Int
    var end: Int
    /// True when the token shares the position of the one before (a surface, a joined form).
    var colocated: Bool
  }

  /// The term of one scanned word. Every word the scanner finds has a term (a word that folds to nothing keeps its
  /// lower-case self), so that token positions are word positions, which `SnippetFunction` relies on; nil only for
  /// an empty word.
  func term(_ word: String) -> Term? {
    guard !word.isEmpty else { return nil }
    var surface = TextFolding.fold(word)
    if surface.isEmpty { surface = word.lowercased() }
    let (stem, alternate) =
      switch stemming {
      case .uzbek: UzbekStemmer.stems(surface)
      case .english: (PorterStemmer.stem(EnglishSpelling.americanized(surface)), nil)
      }
    var number: String?
    if let first = surface.utf8.first, (0x30...0x39).contains(first) {
      let digits = surface.utf8.prefix { (0x30...0x39).contains($0) }
      if digits.count < surface.utf8.count { number = String(decoding: digits, as: UTF8.self) }
    }
    return Term(stem: stem, surface: surface, number: number, alternate: alternate)
  }

  /// Calls `emit` with every token of `bytes`, in order, as the index stores them; `cache` remembers the terms of
  /// words seen before.
  func forEachToken(
    in bytes: UnsafeBufferPointer<UInt8>, cache: TermCache? = nil, _ emit: (Token) throws -> Void
  ) rethrows {
    try WordScanner.scan(bytes) { group in
      var terms: [(Term, WordScanner.Word)] = []
      for word in group {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
        if let term = cache?.term(text, self) ?? term(text) { terms.append((term, word)) }
      }
      for (index, (term, word)) in terms.enumerated() {
        try emit(Token(text: term.stem, start: word.start, end: word.end, colocated: false))
        for colocated in term.colocated {
          try emit(Token(text: colocated, start: word.start, end: word.end, colocated: true))
        }
        if index == 0, terms.count > 1, terms.count <= Self.maximumJoinedParts,
          let last = terms.last
        {
          let joined = terms.map(\.0.surface).joined()
          try emit(Token(text: joined, start: word.start, end: last.1.end, colocated: true))
        }
      }
    }
  }

  /// The tokens of `text`, as the index stores them.
  func tokens(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var text = text
    text.withUTF8 { bytes in forEachToken(in: bytes) { tokens.append($0) } }
    return tokens
  }

  /// The words of `text` in groups of joined parts, analyzed: `o'zbekiston 210-FZ` → `[[ozbekiston], [210, fz]]`.
  func wordGroups(_ text: String) -> [[Term]] {
    var groups: [[Term]] = []
    var text = text
    text.withUTF8 { bytes in
      WordScanner.scan(bytes) { group in
        let terms = group.compactMap { word in
          term(
            String(
              decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self))
        }
        if !terms.isEmpty { groups.append(terms) }
      }
    }
    return groups
  }
}
