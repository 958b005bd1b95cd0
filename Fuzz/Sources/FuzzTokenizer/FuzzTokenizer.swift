import FuzzerDriver
import KabarCore

// The tokenizer and the sentence splitter on any text: tokens must be ordered, inside the
// text, and hold exactly the scalars they claim; sentences must be ordered token ranges.
private let tokenizer = Tokenizer()
private let splitter = SentenceSplitter()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let tokens = tokenizer.tokenize(text)
    var previousEnd = 0
    for token in tokens {
        guard previousEnd <= token.start, token.start < token.end, token.end <= scalars.count else {
            fatalError("token \(token) out of order or outside \(scalars.count) scalars")
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.start..<token.end])
        guard String(view) == token.text else {
            fatalError("token text \(token.text.debugDescription) is not its scalars \(String(view).debugDescription)")
        }
        previousEnd = token.end
    }
    var ranges: [Range<Int>] = []
    var utf8 = Array(text.utf8)
    utf8.withUnsafeMutableBufferPointer { buffer in
        ranges = Tokenizer.byteRanges(of: tokens, in: UnsafeBufferPointer(buffer))
    }
    for (token, range) in zip(tokens, ranges) where String(decoding: utf8[range], as: UTF8.self) != token.text {
        fatalError("byte range \(range) does not hold \(token.text.debugDescription)")
    }

    let sentences = splitter.split(text, tokens: tokens)
    var nextToken = 0
    for sentence in sentences {
        guard sentence.tokens.lowerBound >= nextToken, sentence.tokens.upperBound <= tokens.count,
              !sentence.tokens.isEmpty, sentence.start == tokens[sentence.tokens.lowerBound].start,
              sentence.end == tokens[sentence.tokens.upperBound - 1].end
        else {
            fatalError("sentence \(sentence) does not fit its tokens (\(tokens.count) in all)")
        }
        nextToken = sentence.tokens.upperBound
    }
    if let last = sentences.last {
        _ = last.text(in: text)
    }
    _ = splitter.split(text)
    return 0
}

/// The program's entry (SwiftPM renames `main` to `FuzzTokenizer_main`): libFuzzer's driver.
@_cdecl("FuzzTokenizer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    kabar_fuzzer_main(argc, argv, fuzz)
}
