// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Kabar's parsers, kept out of the main package so that `swift build`
// and `swift test` stay as they are. Build and run them with `Scripts/fuzz.sh`, which passes
// `-sanitize=fuzzer,address` and `-parse-as-library`. Each target is one file holding
// `LLVMFuzzerTestOneInput` and the `main` that starts libFuzzer's driver on it.
let package = Package(
    name: "KabarFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The main package, named so that products resolve whatever its folder is called.
        .package(name: "Kabar", path: ".."),
    ],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(name: "FuzzArticle", dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar")]),
        .executableTarget(name: "FuzzTokenizer", dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar")]),
        .executableTarget(name: "FuzzMorphology", dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar")]),
        .executableTarget(name: "FuzzEntities", dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar")]),
        .executableTarget(name: "FuzzTemporal", dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar")]),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar")]),
        .executableTarget(
            name: "FuzzThemeConfig",
            dependencies: ["FuzzerDriver", .product(name: "KabarCore", package: "Kabar"), .product(name: "KabarApp", package: "Kabar")]
        ),
    ]
)
