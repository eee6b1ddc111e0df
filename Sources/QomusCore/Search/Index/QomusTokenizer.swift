import GRDB

/// The FTS5 tokenizer `qomus`.
///
/// Documents (and snippets, which re-read them) go through an `Analyzer`, with byte offsets into the original text
/// so that `snippet()` marks the words as written: the English analyzer for a text that starts with
/// `IndexedText.englishMarker`, else the Uzbek one. Queries are different: the query builder has
/// already analyzed the user's words with the same analyzer, so a MATCH string holds finished terms separated by
/// spaces, and this tokenizer hands them to FTS5 unchanged.
final class QomusTokenizer: FTS5CustomTokenizer {
  static let name = "qomus"
  private let uzbekTerms = TermCache(.uzbek)
  private let englishTerms = TermCache(.english)

  init(db: Database, arguments: [String]) throws {}

  /// The UTF-8 bytes of `IndexedText.englishMarker`.
  private static let englishMarker = Array(String(IndexedText.englishMarker).utf8)

  func tokenize(
    context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
    nText: CInt,
    tokenCallback: @escaping FTS5TokenCallback
  ) -> CInt {
    guard let pText, nText > 0 else { return Self.ok }
    let bytes = UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self)
    let text = UnsafeBufferPointer(start: bytes, count: Int(nText))
    if tokenization.contains(.query) {
      return Self.splitTerms(text, context: context, tokenCallback: tokenCallback)
    }
    let isEnglish = text.starts(with: Self.englishMarker)
    let analyzer: Analyzer = isEnglish ? .english : .uzbek
    do {
      try analyzer.forEachToken(in: text, cache: isEnglish ? englishTerms : uzbekTerms) { token in
        var term = token.text
        let code = term.withUTF8 { term in
          tokenCallback(
            context, token.colocated ? FTS5TokenFlags.colocated.rawValue : 0,
            term.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
            CInt(term.count),
            CInt(token.start), CInt(token.end))
        }
        guard code == Self.ok else { throw CallbackFailure(code: code) }
      }
    } catch let failure as CallbackFailure {
      return failure.code
    } catch {
      return Self.error
    }
    return Self.ok
  }

  /// Query mode: space-separated finished terms, passed on as they are.
  private static func splitTerms(
    _ text: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?,
    tokenCallback: FTS5TokenCallback
  ) -> CInt {
    var start = 0
    for index in 0...text.count where index == text.count || text[index] == 0x20 {
      if index > start, let base = text.baseAddress {
        let pointer = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
        let code = tokenCallback(context, 0, pointer, CInt(index - start), CInt(start), CInt(index))
        guard code == ok else { return code }
      }
      start = index + 1
    }
    return ok
  }

  /// SQLITE_OK and SQLITE_ERROR.
  private static let ok: CInt = 0
  private static let error: CInt = 1

  private struct CallbackFailure: Error {
    var code: CInt
  }
}
