import Foundation
import FuzzerDriver
import KabarCore

// The article loader on raw bytes: the decoder (BOM, binary files, invalid UTF-8, line
// endings, NFC), front matter, and the Markdown and plain-text bodies.
private let loader = ArticleLoader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    for path in ["fuzz/article.md", "fuzz/article.txt"] {
        let (article, warnings) = loader.parse(data: bytes, path: path)
        for warning in warnings where warning.description.contains(where: \.isNewline) {
            fatalError("a warning is not one line: \(warning.description.debugDescription)")
        }
        guard let article else {
            if warnings.isEmpty { fatalError("a file was skipped without a warning") }
            continue
        }
        if article.title.isEmpty { fatalError("an article has an empty title") }
        _ = article.body
        _ = article.blocks.count
    }
    return 0
}

/// The program's entry (SwiftPM renames `main` to `FuzzArticle_main`): libFuzzer's driver.
@_cdecl("FuzzArticle_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
