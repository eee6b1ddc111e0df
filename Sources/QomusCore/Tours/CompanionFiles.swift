import Foundation

/// The tours and the comparison matrix of a content directory, loaded and checked against its cards.
public struct CompanionFiles: Sendable {
  /// The tours, in file-name order.
  public var tours: [Tour]
  /// The comparison matrix, if `matrix.yaml` exists and could be read.
  public var matrix: ComparisonMatrix?
  /// The search glossary (`glossary.yaml`); empty if it is missing or unreadable.
  public var glossary: Glossary
  /// Problems in the files and references to unknown cards.
  public var diagnostics: [Diagnostic]

  public init(
    tours: [Tour] = [], matrix: ComparisonMatrix? = nil, glossary: Glossary = .empty, diagnostics: [Diagnostic] = []
  ) {
    self.tours = tours
    self.matrix = matrix
    self.glossary = glossary
    self.diagnostics = diagnostics
  }

  /// Loads `<content>/tours/*.yaml`, `<content>/matrix.yaml` and `<content>/glossary.yaml`, and validates the tours
  /// and the matrix against `corpus`.
  public static func load(directory: URL, corpus: Corpus) -> CompanionFiles {
    let tours = TourLoader.load(directory: directory)
    let matrix = MatrixLoader.load(directory: directory)
    let references = CompanionValidator.validate(
      tours: tours.tours, matrix: matrix.matrix, corpus: corpus)
    return CompanionFiles(
      tours: tours.tours, matrix: matrix.matrix, glossary: Glossary.bundled(in: directory),
      diagnostics: tours.diagnostics + matrix.diagnostics + references)
  }

  /// The tour with `id`, if any.
  public func tour(_ id: String) -> Tour? {
    tours.first { $0.id == id }
  }
}
