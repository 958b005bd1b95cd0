import FuzzerDriver
import KabarCore

// The morphological analyser on the whole input as one form and on each word in it.
private let analyzer = MorphAnalyzer(glossary: GlossaryLoader.builtIn)
private let tokenizer = Tokenizer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    check(text, analyzer.analyze(text))
    for token in tokenizer.tokenize(text) where token.kind == .word {
        check(token.text, analyzer.analyze(token.text))
        _ = SearchFolding.indexForms(of: token.text, analyzer: analyzer)
    }
    return 0
}

private func check(_ form: String, _ analyses: [Analysis]) {
    for analysis in analyses where analysis.lemma.isEmpty {
        fatalError("\(form.debugDescription) has a reading with an empty lemma: \(analysis)")
    }
}

/// The program's entry (SwiftPM renames `main` to `FuzzMorphology_main`): libFuzzer's driver.
@_cdecl("FuzzMorphology_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
