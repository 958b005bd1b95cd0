import FuzzerDriver
import KabarCore

// The entity recogniser and linker on any text, and on it as an article's title and body:
// mentions must be ordered, inside their text, and hold the scalars they claim.
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
    // As an article: the first line its title, the rest its body, read in one scan, with and
    // without the tokens made beforehand. Each field's mentions lie inside it, in order, and
    // hold its scalars; both ways give the same.
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let title = String(lines[0]), body = lines.count > 1 ? String(lines[1]) : ""
    let article = recognizer.mentions(title: title, body: body)
    let tokenizer = Tokenizer()
    let given = recognizer.mentions(title: title, body: body, tokens: (tokenizer.tokenize(title), tokenizer.tokenize(body)))
    guard article.title == given.title, article.body == given.body else {
        fatalError("mentions differ with the tokens given: \(article) \(given)")
    }
    for (field, found) in [(title, article.title), (body, article.body)] {
        let scalars = Array(field.unicodeScalars)
        var previous = 0
        for mention in found {
            guard previous <= mention.start, mention.start < mention.end, mention.end <= scalars.count,
                  String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text else {
                fatalError("mention \(mention) out of order or not the field's text (\(scalars.count) scalars)")
            }
            previous = mention.start
        }
    }
    let found = [EntityLinker.Found(article: "fuzz", field: .title, mentions: article.title),
                 EntityLinker.Found(article: "fuzz", field: .body, mentions: mentions)]
    _ = EntityLinker.link(found)
    return 0
}

/// The program's entry (SwiftPM renames `main` to `FuzzEntities_main`): libFuzzer's driver.
@_cdecl("FuzzEntities_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
