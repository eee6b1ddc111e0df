import Foundation
import Yams

/// The bilingual glossary (`content/glossary.yaml`): equivalent terms in Uzbek, English and optionally Russian,
/// used to widen a query across languages and synonyms (`electronic digital signature` ↔ `elektron raqamli imzo`
/// ↔ `ERI` ↔ `ЭЦП`).
///
/// ```yaml
/// - uz: [elektron raqamli imzo, ERI]
///   en: [electronic digital signature, e-signature]
///   ru: [электронная цифровая подпись, ЭЦП]
/// ```
public struct Glossary: Sendable, Hashable {
  /// One concept: every form, any language, the preferred one first within each language.
  public struct Entry: Sendable, Hashable, Codable {
    public var uz: [String]
    public var en: [String]
    public var ru: [String]

    public init(uz: [String], en: [String], ru: [String] = []) {
      self.uz = uz
      self.en = en
      self.ru = ru
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      uz = try container.decodeIfPresent([String].self, forKey: .uz) ?? []
      en = try container.decodeIfPresent([String].self, forKey: .en) ?? []
      ru = try container.decodeIfPresent([String].self, forKey: .ru) ?? []
    }

    /// All forms, in every language.
    public var forms: [String] { uz + en + ru }
  }

  /// Why a glossary file could not be read.
  public struct LoadError: Error, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "\(file): \(reason)" }
  }

  public var entries: [Entry]

  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// No entries.
  public static let empty = Glossary()

  /// The glossary in `file` (a YAML list of entries). A missing file is an empty glossary.
  /// - Throws: `LoadError` when the file exists but is not a readable glossary.
  public static func load(file: URL) throws -> Glossary {
    guard FileManager.default.fileExists(atPath: file.path) else { return .empty }
    guard let data = FileManager.default.contents(atPath: file.path),
      let text = String(data: data, encoding: .utf8)
    else { throw LoadError(file: file.path, reason: "cannot read the file as UTF-8") }
    do {
      let entries = try YAMLDecoder().decode([Entry]?.self, from: text) ?? []
      return Glossary(entries: entries.filter { !$0.forms.isEmpty })
    } catch {
      throw LoadError(file: file.path, reason: "not a glossary: \(error)")
    }
  }

  /// The glossary of a content directory (`<dir>/glossary.yaml`); empty when there is none or it cannot be read.
  public static func bundled(in contentDirectory: URL) -> Glossary {
    (try? load(file: contentDirectory.appendingPathComponent("glossary.yaml"))) ?? .empty
  }
}
