// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Qomus",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "qomus", targets: ["qomus"]),
    .library(name: "QomusCore", targets: ["QomusCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
  ],
  targets: [
    // Model, loading, validation, search, user store. No terminal code.
    .target(
      name: "QomusCore",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        // The C API of the same SQLite, for the FTS5 functions `qomus_rank` registers.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "Ink", package: "Ink"),
      ]
    ),
    // The benchmark's and relevance suite's baselines (plain FTS5 `unicode61`, a linear scan); not part of QomusCore.
    .target(
      name: "SearchBaselines",
      dependencies: ["QomusCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // ncursesw, wrapped for Swift. Only QomusTUI's ncurses backend imports it.
    .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
    // Signal handlers and the explorer's wake-up pipe: state shared with a handler is defined once, in C.
    .target(name: "CSignals"),
    // The explorer: state + update + view into a cell grid; ncurses and headless backends.
    .target(name: "QomusTUI", dependencies: ["QomusCore", "CNcurses", "CSignals"]),
    // The command line: one subcommand per file, thin over QomusCore.
    .target(
      name: "QomusCLI",
      dependencies: [
        "QomusCore", "QomusTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "qomus", dependencies: ["QomusCLI"]),
    .executableTarget(
      name: "qomus-bench",
      dependencies: [
        "QomusCore", "QomusTUI", "SearchBaselines",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "QomusCoreTests",
      dependencies: ["QomusCore", "SearchBaselines", .product(name: "GRDB", package: "GRDB.swift")],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "QomusTUITests", dependencies: ["QomusTUI", "QomusCore"], resources: [.copy("Snapshots")]),
    .testTarget(name: "QomusCLITests", dependencies: ["QomusCLI", "QomusCore"]),
  ]
)
