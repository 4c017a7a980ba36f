// swift-tools-version: 6.0
import PackageDescription

// MARK: - Products

let products: [Product] = [
  .executable(name: "storyline", targets: ["storyline"]),
  .library(name: "StoryKit", targets: ["StoryKit"]),
]

// MARK: - Dependencies

let dependencies: [Package.Dependency] = [
  .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
]

// MARK: - Targets

let targets: [Target] = [
  // Shipped data: the bundled sample corpus and the rule files (top-level `Resources/`).
  .target(
    name: "StorylineResources",
    path: "Resources",
    exclude: ["README.md"],
    sources: ["BundledResources.swift"],
    resources: [.copy("sample"), .copy("rules")]
  ),
  // The core: ingest → clean → … Knows nothing of terminals; never prints.
  .target(
    name: "StoryKit",
    dependencies: [
      "StorylineResources", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift"),
    ]
  ),
  // SQLite connection settings Swift cannot reach (`sqlite3_db_config` is variadic).
  .target(
    name: "CSQLiteSettings",
    linkerSettings: [.linkedLibrary("sqlite3")]
  ),
  // The reader's logic without curses: terminal text, cell grid, keymap, screens, app state.
  .target(
    name: "StoryUI",
    dependencies: ["StoryKit", .product(name: "TOMLKit", package: "TOMLKit")]
  ),
  // The system ncursesw library (wide API), through a shim header.
  .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
  // The only module that talks to the terminal.
  .target(
    name: "CursesTerminal",
    dependencies: ["CNcursesw", "StoryUI"]
  ),
  // The executable: argument parsing and wiring, nothing else.
  .executableTarget(
    name: "storyline",
    dependencies: [
      "StoryKit",
      "StoryUI",
      "CursesTerminal",
      .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]
  ),
  // Helpers shared by the tests: marked text, fixture files.
  .target(
    name: "StoryTestSupport",
    dependencies: ["StoryKit"]
  ),
  // Performance harness, run outside `swift test` (see Benchmarks/README.md).
  .executableTarget(
    name: "storyline-bench",
    dependencies: ["StoryKit", "StoryUI"],
    path: "Benchmarks/storyline-bench"
  ),

  // Fuzzing: each reader of untrusted bytes as one function (`Fuzz/run.sh`; replayed in tests).
  .target(
    name: "StoryFuzzing",
    dependencies: ["StoryKit"],
    path: "Fuzz/StoryFuzzing"
  ),
  .executableTarget(
    name: "storyline-fuzz",
    dependencies: ["StoryFuzzing"],
    path: "Fuzz/storyline-fuzz"
  ),

  // MARK: Tests
  .testTarget(
    name: "StoryKitTests",
    dependencies: [
      "StoryKit", "StorylineResources", "StoryTestSupport", "StoryFuzzing",
      .product(name: "GRDB", package: "GRDB.swift"),
    ]
  ),
  .testTarget(
    name: "StoryUITests",
    dependencies: ["StoryUI", "StoryKit", "StorylineResources", "StoryTestSupport"],
    exclude: ["Snapshots"]
  ),
  .testTarget(
    name: "CursesTerminalTests",
    dependencies: ["CursesTerminal", "StoryUI"]
  ),
  .testTarget(
    name: "StorylineCLITests",
    dependencies: ["StoryTestSupport"]
  ),
]

let package = Package(
  name: "Storyline",
  platforms: [.macOS(.v14)],
  products: products,
  dependencies: dependencies,
  targets: targets,
  swiftLanguageModes: [.v6]
)
