import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 auxiliary function `qomus_rank(fts, w0, w1, …, [idf0, idf1, …, [group0, group1, …]])`: BM25 with column weights, like FTS5's
/// own `bm25()`, but with Lucene's inverse document frequency, `ln(1 + (N − n + 0.5) / (n + 0.5))`. FTS5's `bm25()` floors the
/// IDF of a term found in more than half the rows to almost nothing, which on a corpus of fifty cards makes words
/// like `qonun` or `elektron` count for nothing and ties every card; this IDF stays positive, so field weights and
/// term frequency still rank. Lower is better, as with `bm25()`. Each phrase's IDF may follow the weights, one per
/// phrase in expression order: counting a common term's rows means reading its whole doclist, which on a large
/// corpus costs more than the ranking itself. Then each phrase's group may follow: the alternatives of one query
/// word (stem, surface, glossary forms, corrections) form a group that counts as one BM25 term, so that a word
/// written with several alternatives does not outweigh the others. Registered with a `Context`, it takes row lengths
/// from its `RowLengths` rather than from FTS5, applies its filter, and leaves the matches of the best rows in its
/// `MatchCollector`.
///
/// A last argument after the groups asks for ranked partial matching (an expression of words OR-ed): then a row
/// ranks first by how much of the query it covers, each group weighing its IDF (a card with the rare words of a
/// question before one with its common words), in that many steps (`coverageSteps`), and by BM25 within a step:
/// Meilisearch's `words` rule weighted by rarity. With a minimum-should-match (long queries), rows matching that
/// many query words share the top step, as Lucene's `minimum_should_match` admits them, and rank by BM25.
enum RankFunction {
  static let name = "qomus_rank"

  /// BM25's k1 and b.
  static let k1 = 1.2
  static let b = 0.75

  /// Partial matching of a short query ranks by coverage in this many steps (all words above nine tenths above
  /// eight …), each worth `coverageScale` of score: far more than any BM25 score (each group adds at most its
  /// IDF × (k1 + 1), about 25).
  static let coverageSteps = 10
  static let coverageScale = 1_000.0

  /// The share of the query's weight that `matched` of `total` covers, as a step of `steps`. With fewer than ten
  /// steps, covering everything is in the same step as covering most.
  static func coverageStep(matched: Double, total: Double, steps: Int) -> Double {
    guard total > 0, steps > 0 else { return 0 }
    let share = matched / total + 1e-9
    let step = (share * Double(steps)).rounded(.down)
    return steps < coverageSteps ? min(step, Double(steps - 1)) : step
  }

  /// What `qomus_rank` may use beyond FTS5: where to leave the best rows' matches, and the row lengths.
  ///
  /// Belongs to one engine's connection, which serializes every use, hence `@unchecked Sendable`.
  final class Context: @unchecked Sendable {
    let collector: MatchCollector?
    let lengths: RowLengths?
    /// Rows this filter refuses score +∞ (last), are not collected, and are dropped by the caller. Set only for the
    /// duration of one statement.
    var filter: RowFilter?
    /// Each phrase's IDF and group and the coverage steps of the next statement, instead of SQL arguments (a long
    /// query has more phrases than SQLite allows a function arguments). Set only for the duration of one statement.
    var phrases: PhraseWeights?

    init(collector: MatchCollector?, lengths: RowLengths?) {
      self.collector = collector
      self.lengths = lengths
    }
  }

  /// Makes `qomus_rank` available on `db`'s connection, with `context` if given (the latest registration wins).
  /// The connection keeps the context alive.
  static func register(in db: Database, context: Context? = nil) {
    let api = FTS5.api(db)
    let pointer = context.map { Unmanaged.passRetained($0).toOpaque() }
    _ = api.pointee.xCreateFunction(
      UnsafeMutablePointer(mutating: api), name, pointer, qomusRank,
      pointer == nil ? nil : releaseContext)
  }

  /// Each phrase's IDF and group, in expression order, and the coverage steps (0: plain BM25).
  struct PhraseWeights {
    var inverseFrequencies: [Double]
    var groups: [Int]
    var coverageSteps: Int
    /// With coverage steps: rows matching at least this many groups share the top step (0: none).
    var minimumShouldMatch = 0
  }

  /// What one query needs on every row: each phrase's IDF and the average row length, computed on the first row,
  /// and buffers for the weights and phrase frequencies.
  final class QueryData {
    var weights: [Double]
    /// Each phrase's group: the alternatives of one query word form a group, which BM25 counts as one term.
    let groups: [Int]
    /// Each group's IDF: its rarest-counted phrase's, as Lucene does for synonyms (the largest document count).
    let inverseFrequencies: [Double]
    var averageLength: Double
    /// Per group, for the current row: the weighted frequency, and the last match counted (an instance of another
    /// alternative at the same place, such as an inflected form indexed with its stem, is not counted again).
    var frequencies: [Double]
    var lastColumn: [Int32]
    var lastOffset: [Int32]
    /// Ranked partial matching: coverage first, in this many steps (see `RankFunction`); 0: plain BM25.
    let coverageSteps: Int
    /// Rows matching at least this many groups share the top coverage step (0: none).
    let minimumShouldMatch: Int
    /// The sum of every group's IDF, the weight of the whole query.
    let totalInverseFrequency: Double

    init(
      weights: [Double], phraseInverseFrequencies: [Double], groups: [Int]?, averageLength: Double,
      coverageSteps: Int = 0, minimumShouldMatch: Int = 0
    ) {
      self.coverageSteps = coverageSteps
      self.minimumShouldMatch = minimumShouldMatch
      self.weights = weights
      let groups = groups ?? Array(phraseInverseFrequencies.indices)
      self.groups = groups
      let count = (groups.max() ?? -1) + 1
      var inverseFrequencies = Array(repeating: Double.infinity, count: count)
      for (phrase, group) in groups.enumerated() where phrase < phraseInverseFrequencies.count {
        inverseFrequencies[group] = min(inverseFrequencies[group], phraseInverseFrequencies[phrase])
      }
      self.inverseFrequencies = inverseFrequencies.map { $0.isFinite ? $0 : 0 }
      totalInverseFrequency = self.inverseFrequencies.reduce(0, +)
      self.averageLength = averageLength
      frequencies = Array(repeating: 0, count: count)
      lastColumn = Array(repeating: -1, count: count)
      lastOffset = Array(repeating: -1, count: count)
    }
  }

  /// The Lucene IDF of a phrase found in `hits` of `rows` rows.
  static func inverseFrequency(hits: Int, rows: Int) -> Double {
    log(1 + (Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
  }
}

/// Counts rows for `xQueryPhrase`.
private func countRow(
  _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?,
  _ userData: UnsafeMutableRawPointer?
) -> Int32 {
  userData?.assumingMemoryBound(to: Int.self).pointee += 1
  return SQLITE_OK
}

private func releaseContext(_ pointer: UnsafeMutableRawPointer?) {
  guard let pointer else { return }
  Unmanaged<RankFunction.Context>.fromOpaque(pointer).release()
}

private func releaseQueryData(_ pointer: UnsafeMutableRawPointer?) {
  guard let pointer else { return }
  Unmanaged<RankFunction.QueryData>.fromOpaque(pointer).release()
}

/// The query's data: cached on the FTS5 cursor, or computed and cached now.
private func queryData(
  _ api: Fts5ExtensionApi, _ fts: OpaquePointer, argumentCount: Int32,
  arguments: UnsafeMutablePointer<OpaquePointer?>?,
  context: RankFunction.Context?
) -> RankFunction.QueryData? {
  let lengths = context?.lengths
  if let cached = api.xGetAuxdata?(fts, 0) {
    return Unmanaged<RankFunction.QueryData>.fromOpaque(cached).takeUnretainedValue()
  }
  guard let xRowCount = api.xRowCount, let xColumnTotalSize = api.xColumnTotalSize,
    let xPhraseCount = api.xPhraseCount, let xQueryPhrase = api.xQueryPhrase,
    let xColumnCount = api.xColumnCount,
    let xSetAuxdata = api.xSetAuxdata
  else { return nil }
  var rows: Int64 = 0
  var tokens: Int64 = 0
  guard xRowCount(fts, &rows) == SQLITE_OK, xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else {
    return nil
  }
  let rowCount = max(Int(rows), 1)
  let columns = Int(xColumnCount(fts))
  let phrases = Int(xPhraseCount(fts))
  var inverseFrequencies: [Double] = []
  var groups: [Int]?
  var coverageSteps = 0
  var minimumShouldMatch = 0
  if let given = context?.phrases, given.inverseFrequencies.count == phrases,
    given.groups.count == phrases
  {
    inverseFrequencies = given.inverseFrequencies
    groups = given.groups.map { min(max($0, 0), max(phrases - 1, 0)) }
    coverageSteps = min(max(given.coverageSteps, 0), 100)
    minimumShouldMatch = max(given.minimumShouldMatch, 0)
  } else if Int(argumentCount) >= columns + phrases {
    // The caller passed each phrase's IDF after the weights (see `TermStatistics`), and maybe each phrase's group.
    for phrase in 0..<phrases {
      inverseFrequencies.append(sqlite3_value_double(arguments?[columns + phrase]))
    }
    if Int(argumentCount) >= columns + 2 * phrases {
      groups = (0..<phrases).map { phrase in
        min(max(Int(sqlite3_value_int(arguments?[columns + phrases + phrase])), 0), phrases - 1)
      }
      if Int(argumentCount) > columns + 2 * phrases {
        coverageSteps = Int(min(max(sqlite3_value_int(arguments?[columns + 2 * phrases]), 0), 100))
      }
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
    weights: Array(repeating: 1.0, count: columns), phraseInverseFrequencies: inverseFrequencies,
    groups: groups,
    averageLength: lengths?.average ?? max(Double(tokens) / Double(rowCount), 1),
    coverageSteps: coverageSteps, minimumShouldMatch: minimumShouldMatch)
  let retained = Unmanaged.passRetained(data).toOpaque()
  guard xSetAuxdata(fts, retained, releaseQueryData) == SQLITE_OK else { return nil }
  return data
}

/// `qomus_rank(fts, w…)` for the current row.
private func qomusRank(
  _ apiPointer: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ sqlite: OpaquePointer?,
  _ argumentCount: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
) {
  let context = apiPointer?.pointee.xUserData?(fts).map {
    Unmanaged<RankFunction.Context>.fromOpaque($0).takeUnretainedValue()
  }
  guard let api = apiPointer?.pointee, let fts,
    let data = queryData(
      api, fts, argumentCount: argumentCount, arguments: arguments, context: context),
    let xInstCount = api.xInstCount, let xInst = api.xInst, let xColumnSize = api.xColumnSize,
    let xRowid = api.xRowid
  else {
    sqlite3_result_error(sqlite, "qomus_rank failed", -1)
    return
  }
  if let filter = context?.filter, !filter.allows(xRowid(fts)) {
    sqlite3_result_double(sqlite, .infinity)
    return
  }
  // Weights are read on every call: calls with different weights in one statement share the query data.
  for index in data.weights.indices {
    data.weights[index] = index < Int(argumentCount) ? sqlite3_value_double(arguments?[index]) : 1
  }
  for index in data.frequencies.indices {
    data.frequencies[index] = 0
    data.lastColumn[index] = -1
  }
  var instances: Int32 = 0
  var length: Int32 = 0
  guard xInstCount(fts, &instances) == SQLITE_OK else {
    sqlite3_result_error(sqlite, "qomus_rank failed", -1)
    return
  }
  // The row's length: from memory when the context has it (a docsize lookup per row costs more than the rest).
  let rowLength: Double
  if let known = context?.lengths?.length(of: xRowid(fts)) {
    rowLength = known
  } else if xColumnSize(fts, -1, &length) == SQLITE_OK {
    rowLength = Double(length)
  } else {
    sqlite3_result_error(sqlite, "qomus_rank failed", -1)
    return
  }
  for instance in 0..<instances {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    guard xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK else { continue }
    guard Int(phrase) < data.groups.count, Int(column) < data.weights.count else { continue }
    let group = data.groups[Int(phrase)]
    // Instances come in column and offset order, so a repeat of the group's place is the one just counted.
    if data.lastColumn[group] == column, data.lastOffset[group] == offset { continue }
    data.lastColumn[group] = column
    data.lastOffset[group] = offset
    data.frequencies[group] += data.weights[Int(column)]
  }
  let k1 = RankFunction.k1
  let normalisation = k1 * (1 - RankFunction.b + RankFunction.b * rowLength / data.averageLength)
  var score = 0.0
  var covered = 0.0
  var matchedGroups = 0
  for (frequency, inverse) in zip(data.frequencies, data.inverseFrequencies) where frequency > 0 {
    score += inverse * frequency * (k1 + 1) / (frequency + normalisation)
    covered += inverse
    matchedGroups += 1
  }
  if data.coverageSteps > 0 {
    var step = RankFunction.coverageStep(
      matched: covered, total: data.totalInverseFrequency, steps: data.coverageSteps)
    if data.minimumShouldMatch > 0 {
      step =
        matchedGroups >= data.minimumShouldMatch
        ? Double(data.coverageSteps) : min(step, Double(data.coverageSteps - 1))
    }
    score += step * RankFunction.coverageScale
  }
  if let collector = context?.collector {
    if collector.wants(score), let xPhraseSize = api.xPhraseSize {
      if collector.phraseSizes.isEmpty {
        collector.phraseSizes = (0..<Int32(data.groups.count)).map { Int(xPhraseSize(fts, $0)) }
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
  sqlite3_result_double(sqlite, -score)
}
