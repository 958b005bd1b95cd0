// swift-tools-version:6.0
import PackageDescription

// The architecture, one target per layer:
//   KabarCore    Foundation-only: articles, normalisation, tokens, sentences, JSON.
//   KabarTUI     terminal-UI toolkit with no curses: cells, buffer, widgets, events, backends;
//                it uses KabarCore only for TerminalSafeText, so no cell holds a control.
//   CNcurses     system library: the ncursesw headers and a C shim.
//   KabarCurses  the only target that imports CNcurses: the real terminal backend.
//   KabarApp     the reader: state, update(message), view(state) -> buffer.
//   KabarSearch  the search index: SQLite FTS5 through GRDB, with Kabar's analyser as tokenizer.
//   KabarCLI     the subcommands' logic (reports, formatting, article lookup).
//   kabar        the executable: argument parsing and wiring only.
//   kabar-bench  release benchmarks.
let package = Package(
    name: "Kabar",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kabar", targets: ["kabar"]),
        .executable(name: "kabar-bench", targets: ["kabar-bench"]),
        .library(name: "KabarCore", targets: ["KabarCore"]),
        .library(name: "KabarApp", targets: ["KabarApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "KabarCore", resources: [.copy("Resources/Glossary"), .copy("Resources/Gazetteers")]),
        .target(name: "KabarTUI", dependencies: ["KabarCore"]),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "KabarCurses", dependencies: ["KabarTUI", "CNcurses"]),
        .target(name: "KabarApp", dependencies: ["KabarCore", "KabarTUI"]),
        .target(name: "KabarSearch", dependencies: ["KabarCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "KabarCLI", dependencies: ["KabarCore", "KabarTUI", "KabarApp", "KabarSearch"]),
        .executableTarget(
            name: "kabar",
            dependencies: [
                "KabarCLI", "KabarApp", "KabarCurses", "KabarCore", "KabarSearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kabar-bench", dependencies: ["KabarCore", "KabarTUI", "KabarApp", "KabarSearch", "KabarCLI"]),
        .testTarget(name: "KabarCoreTests", dependencies: ["KabarCore"], resources: [.copy("Resources")]),
        .testTarget(name: "KabarTUITests", dependencies: ["KabarTUI"]),
        .testTarget(name: "KabarAppTests", dependencies: ["KabarApp", "KabarCore", "KabarTUI"]),
        .testTarget(name: "KabarCLITests", dependencies: ["KabarCLI", "KabarCore", "KabarApp"]),
        .testTarget(name: "KabarSearchTests", dependencies: ["KabarSearch", "KabarCore"]),
        .testTarget(name: "SmokeTests", dependencies: ["kabar"]),
    ]
)
