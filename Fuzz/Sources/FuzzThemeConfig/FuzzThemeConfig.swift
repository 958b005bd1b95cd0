import FuzzerDriver
import KabarApp
import KabarCore

// The TOML reader, theme files (with inheritance from the built-in themes) and the
// configuration file, on any text: problems must be one line each.
private let catalog = ThemeCatalog.builtInOnly
private let environment = ["HOME": "/nonexistent-kabar-fuzz", "XDG_CONFIG_HOME": "/nonexistent-kabar-fuzz/config"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do throws(TOMLError) {
        _ = try TOMLParser.parse(text)
    } catch {
        oneLine(FileProblem(path: "fuzz.toml", error))
    }
    if case .failure(let problem) = catalog.theme(text: text, path: "/nonexistent-kabar-fuzz/theme.toml") {
        oneLine(problem)
    }
    let config = Configuration.parse(text, path: "/nonexistent-kabar-fuzz/config.toml", environment: environment)
    config.problems.forEach(oneLine)
    _ = config.keymap
    return 0
}

private func oneLine(_ problem: FileProblem) {
    if problem.description.contains(where: \.isNewline) {
        fatalError("a problem is not one line: \(problem.description.debugDescription)")
    }
}

/// The program's entry (SwiftPM renames `main` to `FuzzThemeConfig_main`): libFuzzer's driver.
@_cdecl("FuzzThemeConfig_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
