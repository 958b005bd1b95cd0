import Foundation
import Testing
@testable import KabarCore

/// A file longer than the loader reads: only its beginning is loaded, cut at a line break
/// (or a character boundary), and a warning and the article itself say so.
@Suite struct ArticleSizeLimitTests {
    /// A loader that reads at most 1,000 bytes of a file.
    var loader: ArticleLoader {
        var loader = ArticleLoader()
        loader.maxArticleBytes = 1_000
        return loader
    }

    @Test func aLongFileLoadsItsBeginningUpToALineBreak() throws {
        let folder = ArticleTempFolder()
        let paragraphs = (1...60).map { "Paragraf \($0) tentang banjir di Semarang." }
        let text = "---\ntitle: Panjang\n---\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        let path = folder.write("panjang.md", text)
        // What should be kept: up to the last line break within the first 1,000 bytes.
        let bytes = Array(text.utf8)
        let kept = bytes[..<1_000].lastIndex(of: UInt8(ascii: "\n"))! + 1
        let keptText = String(decoding: bytes[..<kept], as: UTF8.self)
        let whole = paragraphs.filter { keptText.contains($0 + "\n") }
        let (article, warnings) = loader.loadFile(at: path)
        let loaded = try #require(article)
        #expect(loaded.title == "Panjang")
        #expect(loaded.truncatedFrom == text.utf8.count)
        #expect(!whole.isEmpty && whole.count < 60)
        #expect(loaded.blocks.map(\.text) == whole)
        #expect(warnings == [LoadWarning(path: path, message:
            "the file is \(ByteSize.text(text.utf8.count)), over the 1.0 KB Kabar reads of one article: only its first "
            + "\(ByteSize.text(kept)) are loaded")])
    }

    @Test func aLongLineIsCutBetweenCharactersNeverInside() throws {
        let folder = ArticleTempFolder()
        // 3-byte characters with no line break: the cut at 1,000 bytes falls inside one.
        let text = "\u{101}" + String(repeating: "界", count: 600)
        let path = folder.write("baris.txt", text)
        let (article, warnings) = loader.loadFile(at: path)
        let loaded = try #require(article)
        #expect(loaded.truncatedFrom == text.utf8.count)
        #expect(!loaded.title.contains("\u{FFFD}"))
        #expect(text.hasPrefix(loaded.title))
        #expect(loaded.title.utf8.count <= 1_000)
        #expect(loaded.title.utf8.count > 990)
        // Only the note about the length: no invalid UTF-8 was made by the cut.
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("the file is 1.8 KB, over the 1.0 KB Kabar reads of one article") == true)
    }

    @Test func aFileWithinTheLimitIsWholeAndUnmarked() throws {
        let folder = ArticleTempFolder()
        let path = folder.write("pendek.md", "# Pendek\n\nIsi singkat.\n")
        let (article, warnings) = loader.loadFile(at: path)
        #expect(article?.truncatedFrom == nil)
        #expect(article?.body == "Isi singkat.")
        #expect(warnings.isEmpty)
    }

    @Test func theDefaultLimitIsEightMegabytes() {
        #expect(ArticleLoader().maxArticleBytes == 8_000_000)
        #expect(ByteSize.text(ArticleLoader.articleByteLimit) == "8.0 MB")
        #expect(ByteSize.text(50_000_500) == "50.0 MB")
        #expect(ByteSize.text(999) == "999 bytes")
        #expect(ByteSize.text(1_999) == "1.9 KB")
    }

    @Test func aFolderLoadsInPathOrderWithProgressUpToItsSize() throws {
        let folder = ArticleTempFolder()
        for n in (0..<150).reversed() {
            _ = folder.write(String(format: "berita-%03d.md", n), "# Berita \(n)\n\nIsi \(n).\n")
        }
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var counts: [Int] = []
            var totals: Set<Int> = []
        }
        let seen = Seen()
        let result = ArticleLoader().load(paths: [folder.path]) { done, total in
            seen.lock.withLock { seen.counts.append(done); seen.totals.insert(total) }
        }
        #expect(result.articles.map(\.id) == (0..<150).map { String(format: "berita-%03d", $0) })
        #expect(seen.totals == [150])
        #expect(seen.counts == seen.counts.sorted())
        #expect(seen.counts.last == 150)
    }
}
