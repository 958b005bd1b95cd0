import FuzzerDriver
import KabarCore

// The temporal tagger on any text, with and without an article date: expressions must lie
// inside the text.
private let tagger = TemporalTagger()
private let anchors: [ArticleDate?] = [ArticleDate(year: 2025, month: 1, day: 15), ArticleDate(year: 1, month: 1, day: 1),
                                       ArticleDate(year: 9999, month: 12, day: 31), nil]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    let tokens = Tokenizer().tokenize(text)
    for anchor in anchors {
        for expression in tagger.expressions(in: text, tokens: tokens, anchor: anchor) {
            guard 0 <= expression.start, expression.start < expression.end, expression.end <= scalarCount else {
                fatalError("expression \(expression) outside \(scalarCount) scalars")
            }
        }
    }
    return 0
}

/// The program's entry (SwiftPM renames `main` to `FuzzTemporal_main`): libFuzzer's driver.
@_cdecl("FuzzTemporal_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
