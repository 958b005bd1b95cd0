import FuzzerDriver
import KabarCore

// The entity recogniser and linker on any text: mentions must be ordered, inside the text,
// and hold the scalars they claim.
private let recognizer = EntityRecognizer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let mentions = recognizer.mentions(in: text)
    var previousStart = 0
    for mention in mentions {
        guard previousStart <= mention.start, mention.start < mention.end, mention.end <= scalars.count else {
            fatalError("mention \(mention) out of order or outside \(scalars.count) scalars")
        }
        previousStart = mention.start
    }
    let found = [EntityLinker.Found(article: "fuzz", field: .body, mentions: mentions)]
    _ = EntityLinker.link(found)
    return 0
}

/// The program's entry (SwiftPM renames `main` to `FuzzEntities_main`): libFuzzer's driver.
@_cdecl("FuzzEntities_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
