import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 auxiliary function `qomus_rank(fts, w0, w1, …, [idf0, idf1, …])`: BM25 with column weights, like FTS5's
/// own `bm25()`, but with Lucene's inverse document frequency, `ln(1 + (N − n + 0.5) / (n + 0.5))`. FTS5's `bm25()` floors the
/// IDF of a term found in more than half the rows to almost nothing, which on a corpus of fifty cards makes words
/// like `qonun` or `elektron` count for nothing and ties every card; this IDF stays positive, so field weights and
/// term frequency still rank. Lower is better, as with `bm25()`. Each phrase's IDF may follow the weights, one per
/// phrase in expression order: counting a common term's rows means reading its whole doclist, which on a large
/// corpus costs more than the ranking itself. When registered with a `MatchCollector` that is collecting, it also
/// leaves there the matches of the best rows.
enum RankFunction {
  static let name = "qomus_rank"

  /// BM25's k1 and b.
  static let k1 = 1.2
  static let b = 0.75

  /// Makes `qomus_rank` available on `db`'s connection, reporting to `collector` if given (the latest registration
  /// wins). The connection keeps the collector alive.
  static func register(in db: Database, collector: MatchCollector? = nil) {
    let api = FTS5.api(db)
    let context = collector.map { Unmanaged.passRetained($0).toOpaque() }
    _ = api.pointee.xCreateFunction(
      UnsafeMutablePointer(mutating: api), name, context, qomusRank, context == nil ? nil : releaseCollector)
  }

  /// What one query needs on every row: each phrase's IDF and the average row length, computed on the first row,
  /// and buffers for the weights and phrase frequencies.
  final class QueryData {
    var weights: [Double]
    var inverseFrequencies: [Double]
    var averageLength: Double
    var frequencies: [Double]

    init(weights: [Double], inverseFrequencies: [Double], averageLength: Double) {
      self.weights = weights
      self.inverseFrequencies = inverseFrequencies
      self.averageLength = averageLength
      frequencies = Array(repeating: 0, count: inverseFrequencies.count)
    }
  }

  /// The Lucene IDF of a phrase found in `hits` of `rows` rows.
  static func inverseFrequency(hits: Int, rows: Int) -> Double {
    log(1 + (Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
  }
}

/// Counts rows for `xQueryPhrase`.
private func countRow(
  _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ userData: UnsafeMutableRawPointer?
) -> Int32 {
  userData?.assumingMemoryBound(to: Int.self).pointee += 1
  return SQLITE_OK
}

private func releaseCollector(_ pointer: UnsafeMutableRawPointer?) {
  guard let pointer else { return }
  Unmanaged<MatchCollector>.fromOpaque(pointer).release()
}

private func releaseQueryData(_ pointer: UnsafeMutableRawPointer?) {
  guard let pointer else { return }
  Unmanaged<RankFunction.QueryData>.fromOpaque(pointer).release()
}

/// The query's data: cached on the FTS5 cursor, or computed and cached now.
private func queryData(
  _ api: Fts5ExtensionApi, _ fts: OpaquePointer, argumentCount: Int32, arguments: UnsafeMutablePointer<OpaquePointer?>?
) -> RankFunction.QueryData? {
  if let cached = api.xGetAuxdata?(fts, 0) {
    return Unmanaged<RankFunction.QueryData>.fromOpaque(cached).takeUnretainedValue()
  }
  guard let xRowCount = api.xRowCount, let xColumnTotalSize = api.xColumnTotalSize,
    let xPhraseCount = api.xPhraseCount, let xQueryPhrase = api.xQueryPhrase, let xColumnCount = api.xColumnCount,
    let xSetAuxdata = api.xSetAuxdata
  else { return nil }
  var rows: Int64 = 0
  var tokens: Int64 = 0
  guard xRowCount(fts, &rows) == SQLITE_OK, xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
  let rowCount = max(Int(rows), 1)
  let columns = Int(xColumnCount(fts))
  let phrases = Int(xPhraseCount(fts))
  var inverseFrequencies: [Double] = []
  if Int(argumentCount) >= columns + phrases {
    // The caller passed each phrase's IDF after the weights (see `TermStatistics`).
    for phrase in 0..<phrases {
      inverseFrequencies.append(sqlite3_value_double(arguments?[columns + phrase]))
    }
  } else {
    // Count each phrase's rows: a walk over its whole doclist.
    for phrase in 0..<Int32(phrases) {
      var hits = 0
      guard xQueryPhrase(fts, phrase, &hits, countRow) == SQLITE_OK else { return nil }
      inverseFrequencies.append(RankFunction.inverseFrequency(hits: hits, rows: rowCount))
    }
  }
  let data = RankFunction.QueryData(
    weights: Array(repeating: 1.0, count: columns), inverseFrequencies: inverseFrequencies,
    averageLength: max(Double(tokens) / Double(rowCount), 1))
  let retained = Unmanaged.passRetained(data).toOpaque()
  guard xSetAuxdata(fts, retained, releaseQueryData) == SQLITE_OK else { return nil }
  return data
}

/// `qomus_rank(fts, w…)` for the current row.
private func qomusRank(
  _ apiPointer: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
  _ argumentCount: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
) {
  guard let api = apiPointer?.pointee, let fts,
    let data = queryData(api, fts, argumentCount: argumentCount, arguments: arguments),
    let xInstCount = api.xInstCount, let xInst = api.xInst, let xColumnSize = api.xColumnSize
  else {
    sqlite3_result_error(context, "qomus_rank failed", -1)
    return
  }
  // Weights are read on every call: calls with different weights in one statement share the query data.
  for index in data.weights.indices {
    data.weights[index] = index < Int(argumentCount) ? sqlite3_value_double(arguments?[index]) : 1
  }
  for index in data.frequencies.indices { data.frequencies[index] = 0 }
  var instances: Int32 = 0
  var length: Int32 = 0
  guard xInstCount(fts, &instances) == SQLITE_OK, xColumnSize(fts, -1, &length) == SQLITE_OK else {
    sqlite3_result_error(context, "qomus_rank failed", -1)
    return
  }
  for instance in 0..<instances {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    guard xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK else { continue }
    if Int(phrase) < data.frequencies.count, Int(column) < data.weights.count {
      data.frequencies[Int(phrase)] += data.weights[Int(column)]
    }
  }
  let k1 = RankFunction.k1
  let normalisation = k1 * (1 - RankFunction.b + RankFunction.b * Double(length) / data.averageLength)
  var score = 0.0
  for (frequency, inverse) in zip(data.frequencies, data.inverseFrequencies) where frequency > 0 {
    score += inverse * frequency * (k1 + 1) / (frequency + normalisation)
  }
  if let pointer = api.xUserData?(fts) {
    let collector = Unmanaged<MatchCollector>.fromOpaque(pointer).takeUnretainedValue()
    if collector.wants(score), let xRowid = api.xRowid, let xPhraseSize = api.xPhraseSize {
      if collector.phraseSizes.isEmpty {
        collector.phraseSizes = (0..<Int32(data.inverseFrequencies.count)).map { Int(xPhraseSize(fts, $0)) }
      }
      var matches: [MatchCollector.Instance] = []
      matches.reserveCapacity(Int(instances))
      for instance in 0..<instances {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        if xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK {
          matches.append(.init(phrase: Int(phrase), column: Int(column), position: Int(offset)))
        }
      }
      collector.offer(.init(rowid: xRowid(fts), score: score, instances: matches))
    }
  }
  sqlite3_result_double(context, -score)
}
