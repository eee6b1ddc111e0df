/// The colour themes: `dark` for most terminals, `light` for projectors (dark on white, high contrast) and `mono`
/// (attributes only, used for `NO_COLOR` and terminals without colour).
public enum ThemeName: String, CaseIterable, Sendable {
  case dark, light, mono
}

/// Maps every `StyleRole` to a `TextStyle`.
public struct Theme: Sendable {
  /// Which theme this is.
  public let name: ThemeName
  /// The background of the whole screen.
  public let background: TerminalColor
  private let styles: [TextStyle]

  /// The theme `name`, its style for every role computed once.
  public init(_ name: ThemeName) {
    self.name = name
    let table: (StyleRole) -> TextStyle
    switch name {
    case .dark: table = Self.dark
    case .light: table = Self.light
    case .mono: table = Self.mono
    }
    background = name == .light ? .brightWhite : .default
    styles = StyleRole.allCases.map(table)
  }

  /// The style of `role`.
  public func style(_ role: StyleRole) -> TextStyle {
    styles[Int(role.rawValue)]
  }

  private static func dark(_ role: StyleRole) -> TextStyle {
    switch role {
    case .normal: TextStyle()
    case .dim: TextStyle(.default, [.dim])
    case .bold: TextStyle(.default, [.bold])
    case .italic: TextStyle(.default, [.italic])
    case .boldItalic: TextStyle(.default, [.bold, .italic])
    case .code: TextStyle(.magenta)
    case .title: TextStyle(.brightYellow, [.bold])
    case .heading: TextStyle(.cyan, [.bold])
    case .accent: TextStyle(.cyan)
    case .link: TextStyle(.green)
    case .linkFocused: TextStyle(.black, on: .green, [.bold])
    case .selection: TextStyle(.black, on: .cyan)
    case .selectionInactive: TextStyle(.cyan, [.bold])
    case .highlight: TextStyle(.black, on: .yellow)
    case .selectionHighlight: TextStyle(.black, on: .yellow, [.bold])
    case .warning: TextStyle(.yellow, [.bold])
    case .quote: TextStyle(.default, [.italic])
    case .border: TextStyle(.gray)
    case .borderFocused: TextStyle(.cyan)
    case .paneTitle: TextStyle(.default, [.bold])
    case .paneTitleFocused: TextStyle(.cyan, [.bold])
    case .scrollThumb: TextStyle(.cyan)
    case .tab: TextStyle()
    case .tabActive: TextStyle(.black, on: .cyan, [.bold])
    case .tabCount: TextStyle(.default, [.dim])
    case .appName: TextStyle(.brightYellow, [.bold])
    case .statusBar: TextStyle(.black, on: .white)
    case .statusKey: TextStyle(.blue, on: .white, [.bold])
    case .statusMessage: TextStyle(.black, on: .yellow)
    case .input: TextStyle(.default, [.bold])
    case .inputCursor: TextStyle(.default, [.reverse])
    case .error: TextStyle(.red, [.bold])
    case .star: TextStyle(.brightYellow, [.bold])
    case .success: TextStyle(.green, [.bold])
    case .failure: TextStyle(.red, [.bold])
    case .slideTitle: TextStyle(.brightCyan, [.bold])
    }
  }

  private static func light(_ role: StyleRole) -> TextStyle {
    let paper = TerminalColor.brightWhite
    return switch role {
    case .normal, .tab: TextStyle(.black, on: paper)
    case .dim, .tabCount: TextStyle(.blue, on: paper)
    case .bold, .paneTitle: TextStyle(.black, on: paper, [.bold])
    case .italic, .quote: TextStyle(.black, on: paper, [.italic])
    case .boldItalic: TextStyle(.black, on: paper, [.bold, .italic])
    case .code: TextStyle(.magenta, on: paper)
    case .title, .appName: TextStyle(.blue, on: paper, [.bold])
    case .heading: TextStyle(.magenta, on: paper, [.bold])
    case .accent, .scrollThumb: TextStyle(.blue, on: paper)
    case .link: TextStyle(.blue, on: paper, [.underline])
    case .linkFocused, .selection, .tabActive: TextStyle(.brightWhite, on: .blue, [.bold])
    case .selectionInactive: TextStyle(.blue, on: paper, [.bold])
    case .highlight, .selectionHighlight: TextStyle(.black, on: .yellow, [.bold])
    case .warning: TextStyle(.red, on: paper, [.bold])
    case .border: TextStyle(.black, on: paper)
    case .borderFocused, .paneTitleFocused: TextStyle(.blue, on: paper, [.bold])
    case .statusBar: TextStyle(.brightWhite, on: .black)
    case .statusKey: TextStyle(.brightYellow, on: .black, [.bold])
    case .statusMessage: TextStyle(.black, on: .yellow)
    case .input: TextStyle(.black, on: paper, [.bold])
    case .inputCursor: TextStyle(.brightWhite, on: .black)
    case .error, .failure: TextStyle(.red, on: paper, [.bold])
    case .star: TextStyle(.magenta, on: paper, [.bold])
    case .success: TextStyle(.green, on: paper, [.bold])
    case .slideTitle: TextStyle(.blue, on: paper, [.bold])
    }
  }

  private static func mono(_ role: StyleRole) -> TextStyle {
    switch role {
    case .normal, .tab, .border, .code: TextStyle()
    case .dim, .tabCount, .quote: TextStyle(.default, [.dim])
    case .bold, .title, .appName, .paneTitle, .input, .warning, .error, .star, .slideTitle:
      TextStyle(.default, [.bold])
    case .success: TextStyle(.default, [.bold])
    case .failure: TextStyle(.default, [.bold, .underline])
    case .italic: TextStyle(.default, [.italic])
    case .boldItalic: TextStyle(.default, [.bold, .italic])
    case .heading, .paneTitleFocused: TextStyle(.default, [.bold, .underline])
    case .accent, .borderFocused, .scrollThumb: TextStyle(.default, [.bold])
    case .link: TextStyle(.default, [.underline])
    case .linkFocused, .selection, .tabActive, .statusBar, .inputCursor, .statusMessage:
      TextStyle(.default, [.reverse])
    case .selectionInactive: TextStyle(.default, [.bold, .underline])
    case .highlight: TextStyle(.default, [.bold, .underline])
    case .selectionHighlight, .statusKey: TextStyle(.default, [.reverse, .bold])
    }
  }
}
