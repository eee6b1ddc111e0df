extension Screen {
  /// The rows as text (continuation cells left out), for snapshots, screenshots and tests.
  public var textLines: [String] {
    (0..<size.height).map { y in
      var line = ""
      for x in 0..<size.width where !self[x, y].isContinuation { line.append(self[x, y].character) }
      return line
    }
  }

  /// The rows as text with trailing spaces removed.
  public var text: String {
    textLines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(
      separator: "\n")
  }

  /// The style runs of each row that are not `.normal`: `3: title 2-40, dim 42-60` (columns, end inclusive).
  public var styleLines: [String] {
    (0..<size.height).compactMap { y in
      var runs: [String] = []
      var x = 0
      while x < size.width {
        let role = self[x, y].role
        var end = x
        while end + 1 < size.width, self[end + 1, y].role == role { end += 1 }
        if role != .normal { runs.append("\(role.name) \(x)-\(end)") }
        x = end + 1
      }
      return runs.isEmpty ? nil : "\(y): " + runs.joined(separator: ", ")
    }
  }

  /// Text, then styles: the format of the golden snapshot files.
  public var snapshot: String {
    "\(size)\n" + text + "\n--- styles\n" + styleLines.joined(separator: "\n") + "\n"
  }
}
