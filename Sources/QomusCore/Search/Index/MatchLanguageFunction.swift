import GRDB
import GRDBSQLite

/// The FTS5 auxiliary function `qomus_language(fts)`: 1 when the current row matched more (by column weight) in
/// its English columns than in its Uzbek ones, else 0. Unlike a rank, it needs no statistics of the whole table, so
/// it is cheap to ask for one row.
enum MatchLanguageFunction {
  static let name = "qomus_language"

  /// Makes `qomus_language` available on `db`'s connection.
  static func register(in db: Database) {
    let api = FTS5.api(db)
    _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, matchLanguage, nil)
  }

  /// The language whose columns hold the greater weight of matches, given each match's column; Uzbek on a tie.
  static func language(ofInstancesIn columns: [Int]) -> Language {
    var uzbek = 0.0
    var english = 0.0
    for index in columns {
      guard let language = language(ofColumn: index), let weight = SearchIndex.Column(rawValue: index)?.weight else {
        continue
      }
      if language == .uz { uzbek += weight } else { english += weight }
    }
    return english > uzbek ? .en : .uz
  }

  /// The language of column `index`, nil for `keys`.
  static func language(ofColumn index: Int) -> Language? {
    guard let column = SearchIndex.Column(rawValue: index), column != .keys else { return nil }
    return SearchIndex.Column.columns(of: .uz).contains(column) ? .uz : .en
  }
}

private func matchLanguage(
  _ apiPointer: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
  _ argumentCount: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
) {
  guard let api = apiPointer?.pointee, let fts, let xInstCount = api.xInstCount, let xInst = api.xInst else {
    sqlite3_result_error(context, "qomus_language failed", -1)
    return
  }
  var instances: Int32 = 0
  guard xInstCount(fts, &instances) == SQLITE_OK else {
    sqlite3_result_error(context, "qomus_language failed", -1)
    return
  }
  var columns: [Int] = []
  for instance in 0..<instances {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    if xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK { columns.append(Int(column)) }
  }
  sqlite3_result_int(context, MatchLanguageFunction.language(ofInstancesIn: columns) == .en ? 1 : 0)
}
