/// Checks the companion files against the cards: every tour stop and matrix cell must name an existing card, and a
/// matrix cell a card of its own column's jurisdiction.
public enum CompanionValidator {
  /// `Q015` errors, one per reference to a card that `corpus` does not hold, and `Q017` errors, one per cell whose
  /// card belongs to another jurisdiction, on the line of the reference.
  public static func validate(tours: [Tour], matrix: ComparisonMatrix?, corpus: Corpus)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    for tour in tours {
      for stop in tour.stops where corpus[stop.card] == nil {
        diagnostics.append(
          Diagnostic(
            file: tour.file, line: stop.line, code: .companionFile,
            message: "tour '\(tour.id)' stops at unknown card '\(stop.card)'"))
      }
    }
    if let matrix {
      for row in matrix.rows {
        for column in matrix.columns {
          guard let cell = row.cells[column], let id = cell.card else { continue }
          guard let card = corpus[id] else {
            diagnostics.append(
              Diagnostic(
                file: matrix.file, line: cell.line, code: .companionFile,
                message: "matrix cell \(row.id) × \(column.rawValue) names unknown card '\(id)'"))
            continue
          }
          if card.jurisdiction != column {
            diagnostics.append(
              Diagnostic(
                file: matrix.file, line: cell.line, code: .matrixJurisdiction,
                message:
                  "matrix cell \(row.id) × \(column.rawValue) opens '\(id)', a card of "
                  + "\(card.jurisdiction.rawValue); a cell opens a card of its column's jurisdiction or none"))
          }
        }
      }
    }
    return diagnostics
  }
}
