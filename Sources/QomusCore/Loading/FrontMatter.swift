/// A card file split into its YAML front matter and its body, working on the file's UTF-8 bytes: lines are found
/// by scanning for newline bytes, and strings are made only for the YAML and the two body sections.
struct FrontMatter {
  /// The YAML between the two `---` lines.
  var yaml: String
  /// The 1-based line of the file where the YAML starts.
  var yamlFirstLine: Int
  /// The body after the closing `---`, split into its language sections.
  var body: BodySections
  /// The 1-based line of the file where the body starts.
  var bodyFirstLine: Int

  /// Splits `text`; nil when it does not open with a `---` line closed by another. `\r\n` counts as `\n`.
  init?(text: String) {
    var text = text
    guard
      let parsed = text.withUTF8({ bytes in
        // "\r\n" ends a line like "\n"; a lone "\r" stays part of its line.
        if bytes.contains(0x0D) {
          var normalized: [UInt8] = []
          normalized.reserveCapacity(bytes.count)
          for index in bytes.indices
          where !(bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            normalized.append(bytes[index])
          }
          return normalized.withUnsafeBufferPointer(Self.split)
        }
        return Self.split(bytes)
      })
    else { return nil }
    self = parsed
  }

  private init(yaml: String, body: BodySections, bodyFirstLine: Int) {
    self.yaml = yaml
    yamlFirstLine = 2
    self.body = body
    self.bodyFirstLine = bodyFirstLine
  }

  private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
    var lines = LineScanner(bytes)
    guard let opening = lines.next() else { return nil }
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let openingBytes = bytes[opening.range]
    guard
      openingBytes.elementsEqual("---".utf8)
        || (openingBytes.starts(with: bom) && openingBytes.dropFirst(3).elementsEqual("---".utf8))
    else { return nil }
    let yamlStart = opening.range.upperBound + 1
    while let line = lines.next() {
      guard bytes[line.range].elementsEqual("---".utf8) else { continue }
      // The YAML is the lines between, joined by their newlines: the bytes up to the newline before `---`.
      let yamlEnd = max(yamlStart, line.range.lowerBound - 1)
      let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<yamlEnd]), as: UTF8.self)
      let bodyFirstLine = line.number + 1
      let body = BodySections(bytes, from: line.range.upperBound + 1, firstLine: bodyFirstLine)
      return FrontMatter(yaml: yaml, body: body, bodyFirstLine: bodyFirstLine)
    }
    return nil
  }
}

/// The lines of a UTF-8 buffer, each as a byte range without its newline, numbered from 1. Like
/// `split(separator: "\n", omittingEmptySubsequences: false)`: a text ending in a newline has an empty last line.
struct LineScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position: Int
  private var number: Int
  private var done = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, firstLine: Int = 1) {
    self.bytes = bytes
    position = start
    number = firstLine
    done = start > bytes.count
  }

  /// The next line, or nil after the last.
  mutating func next() -> (range: Range<Int>, number: Int)? {
    guard !done else { return nil }
    let start = position
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    if end == bytes.count { done = true } else { position = end + 1 }
    defer { number += 1 }
    return (start..<end, number)
  }
}
