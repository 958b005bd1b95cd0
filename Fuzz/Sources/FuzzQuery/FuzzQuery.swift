import FuzzerDriver
import KabarCore

// The search-query parser and the FTS5 expression it becomes.
private let parser = QueryParser()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let query = parser.parse(text)
    for term in query.positiveTerms + query.excluded where term.words.contains(where: \.isEmpty) {
        fatalError("a term has an empty word: \(term)")
    }
    if let match = FTSExpression.match(for: query), match.isEmpty {
        fatalError("an empty FTS5 expression for \(text.debugDescription)")
    }
    return 0
}

/// The program's entry (SwiftPM renames `main` to `FuzzQuery_main`): libFuzzer's driver.
@_cdecl("FuzzQuery_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
