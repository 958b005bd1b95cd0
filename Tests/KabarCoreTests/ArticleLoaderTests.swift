import Foundation
import Testing
@testable import KabarCore

/// Bad input of every kind: each gives a one-line warning naming the file, never a crash,
/// and never stops other files from loading.
@Suite("ArticleLoader: files and bad input")
struct ArticleLoaderTests {
    let loader = ArticleLoader()

    @Test func loadsAGoodFile() throws {
        let folder = ArticleTempFolder()
        let path = folder.write("baik.md", "---\ntitle: Baik\ndate: 2025-01-28\n---\nIsi.\n")
        let (article, warnings) = loader.loadFile(at: path)
        let a = try #require(article)
        #expect(warnings.isEmpty)
        #expect(a.id == "baik")
        #expect(a.path == path)
        #expect(a.title == "Baik")
        #expect(a.date == ArticleDate(year: 2025, month: 1, day: 28))
    }

    @Test func unreadableFile() throws {
        let folder = ArticleTempFolder()
        let path = folder.write("rahasia.md", "# Rahasia\n\nIsi.\n")
        #expect(chmod(path, 0o000) == 0)
        let (article, warnings) = loader.loadFile(at: path)
        if geteuid() == 0 {
            // root reads files whatever their mode.
            #expect(article?.title == "Rahasia")
        } else {
            #expect(article == nil)
            #expect(warnings.count == 1)
            #expect(warnings.first?.description == "\(path): permission denied, skipped")
        }
    }

    @Test func folderNamedLikeAFile() {
        let folder = ArticleTempFolder()
        let path = folder.makeFolder("bad.md")
        let (article, warnings) = loader.loadFile(at: path)
        #expect(article == nil)
        #expect(warnings == [LoadWarning(path: path, message: "is a folder, not a file; skipped")])
    }

    @Test func danglingSymlink() throws {
        let folder = ArticleTempFolder()
        let link = folder.path + "/hilang.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path + "/tidak-ada.md")
        let (article, warnings) = loader.loadFile(at: link)
        #expect(article == nil)
        #expect(warnings == [LoadWarning(path: link, message: "dangling symbolic link, skipped")])

        // In a folder it is found, warned about, and does not stop the others.
        folder.write("ada.md", "# Ada\n")
        let result = loader.load(paths: [folder.path])
        #expect(result.articles.map(\.title) == ["Ada"])
        #expect(result.warnings.map(\.description) == ["\(link): dangling symbolic link, skipped"])
    }

    @Test func symlinkToAFileLoads() throws {
        let folder = ArticleTempFolder()
        let target = folder.write("asli.txt", "Judul Asli\nIsi.\n")
        let link = folder.path + "/tautan.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let a = try #require(loader.loadFile(at: link).article)
        #expect(a.id == "tautan")
        #expect(a.title == "Judul Asli")  // the link's own extension picks Markdown
    }

    @Test func missingPath() {
        let folder = ArticleTempFolder()
        let path = folder.path + "/tidak-ada.md"
        #expect(loader.loadFile(at: path).warnings == [LoadWarning(path: path, message: "no such file, skipped")])
        let result = loader.load(paths: [path])
        #expect(result.articles.isEmpty)
        #expect(result.warnings == [LoadWarning(path: path, message: "no such file or folder")])
    }

    @Test func invalidUTF8IsReplacedAndLineReported() throws {
        let folder = ArticleTempFolder()
        var bytes = Array("---\ntitle: Rusak\n---\nBaris empat\r\nBaris lima ".utf8)
        bytes += [0xFF, 0xC3]  // an invalid byte, then a truncated sequence
        bytes += Array(" akhir\n".utf8)
        let path = folder.write("rusak.md", bytes: bytes)
        let (article, warnings) = loader.loadFile(at: path)
        let a = try #require(article)
        #expect(a.title == "Rusak")
        #expect(a.body == "Baris empat Baris lima \u{FFFD}\u{FFFD} akhir")
        #expect(warnings == [LoadWarning(path: path, line: 5, message: "invalid UTF-8, bad bytes replaced with U+FFFD")])
    }

    @Test("invalid UTF-8 sequences", arguments: [
        [0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82],
    ] as [[UInt8]])
    func invalidSequences(bad: [UInt8]) throws {
        let bytes = Array("Judul\n\nisi ".utf8) + bad
        let (article, warnings) = loader.parse(data: Data(bytes), path: "x.txt")
        #expect(article != nil)
        #expect(warnings.map(\.line) == [3])
        #expect(ArticleDecoder.firstInvalidUTF8Offset(bytes) == 11)
    }

    @Test func validUTF8HasNoWarning() {
        let text = "Judul é “kutip” — 😀 𝕏 \u{10FFFF}\n"
        #expect(ArticleDecoder.firstInvalidUTF8Offset(Array(text.utf8)) == nil)
        #expect(loader.parse(data: Data(text.utf8), path: "x.txt").warnings.isEmpty)
    }

    @Test("binary files are skipped", arguments: [
        ("nul", Array("Judul\nisi".utf8) + [0] + Array("lagi".utf8)),
        ("controls", [UInt8](repeating: 0x01, count: 40) + Array("teks biasa di sini".utf8) + [UInt8](repeating: 0x1B, count: 20)),
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
    ] as [(String, [UInt8])])
    func binary(name: String, bytes: [UInt8]) {
        let folder = ArticleTempFolder()
        let path = folder.write(name + ".md", bytes: bytes)
        let (article, warnings) = loader.loadFile(at: path)
        #expect(article == nil)
        #expect(warnings == [LoadWarning(path: path, message: "binary file, skipped")])
    }

    @Test func utf16IsCalledOut() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Judul".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let warnings = loader.parse(data: Data(bytes), path: "u.txt").warnings
        #expect(warnings.map(\.message) == ["binary file, skipped (looks like UTF-16; save it as UTF-8)"])
    }

    @Test func aFewControlBytesAreNotBinary() throws {
        // 1 control byte in 30: well under 30%.
        let bytes = Array("Judul\nTeks dengan bel\u{7} di tengah.".utf8)
        let a = try #require(loader.parse(data: Data(bytes), path: "x.txt").article)
        #expect(a.title == "Judul")
    }

    @Test func nulAfterTheFirst8KiBIsNotChecked() throws {
        let bytes = Array("Judul\n".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 9000) + [0]
        #expect(loader.parse(data: Data(bytes), path: "x.txt").article != nil)
    }

    @Test("empty files are skipped", arguments: [
        [], Array(" \n\t\n\r\n  ".utf8), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A, 0x20],
    ] as [[UInt8]])
    func empty(bytes: [UInt8]) {
        let folder = ArticleTempFolder()
        let path = folder.write("kosong.md", bytes: bytes)
        let (article, warnings) = loader.loadFile(at: path)
        #expect(article == nil)
        #expect(warnings == [LoadWarning(path: path, message: "empty file, skipped")])
    }

    @Test func bomAndLineEndingsAndNFC() throws {
        let text = "\u{FEFF}---\r\ntitle: Cafe\u{301}\r\n---\r\n\r\nSatu\rdua\r\n"
        let a = try #require(parseArticle(text).article)
        #expect(a.title == "Caf\u{E9}")
        #expect(a.title.unicodeScalars.count == 4)
        #expect(a.body == "Satu dua")
    }

    @Test func malformedFrontMatterKeepsTheArticle() throws {
        let folder = ArticleTempFolder()
        let path = folder.write("aneh.md", "---\ntitle: Aneh\n!!! bukan kunci\ndate: kemarin\n---\nIsi tetap ada.\n")
        let (article, warnings) = loader.loadFile(at: path)
        let a = try #require(article)
        #expect(a.title == "Aneh")
        #expect(a.date == nil)
        #expect(a.blocks.map(\.text) == ["Isi tetap ada."])
        #expect(warnings.map(\.description) == [
            "\(path):3: front matter: expected 'key: value', line ignored",
            "\(path):4: invalid date 'kemarin' (expected YYYY-MM-DD), ignored",
        ])
    }

    @Test func warningDescriptionIsOneSafeLine() {
        let warning = LoadWarning(path: "a\nb\u{1B}[2J.md", line: 3, message: "bad\r\nthing\u{202E}")
        #expect(warning.description == "a b\u{FFFD}[2J.md:3: bad  thing\u{FFFD}")
        #expect(LoadWarning(path: "p.md", message: "m").description == "p.md: m")
    }

    @Test func tooLargeFileIsSkipped() {
        let folder = ArticleTempFolder()
        let path = folder.write("besar.txt", String(repeating: "x", count: 200))
        var small = ArticleLoader()
        small.maxFileSize = 100
        let (article, warnings) = small.loadFile(at: path)
        #expect(article == nil)
        #expect(warnings.map(\.message) == ["file too large (200 bytes, limit 100), skipped"])
    }

    @Test func namedPipeIsNotOpened() throws {
        let folder = ArticleTempFolder()
        let path = folder.path + "/pipa.md"
        #expect(mkfifo(path, 0o644) == 0)
        let (article, warnings) = loader.loadFile(at: path)
        #expect(article == nil)
        #expect(warnings == [LoadWarning(path: path, message: "not a regular file, skipped")])
    }
}

@Suite("ArticleLoader: folders")
struct ArticleLoaderFolderTests {
    let loader = ArticleLoader()

    @Test func folderIsSearchedRecursivelySortedAndFiltered() {
        let folder = ArticleTempFolder()
        folder.write("b.md", "# B\n")
        folder.write("a.txt", "A\n")
        folder.write("c.markdown", "# C\n")
        folder.write("sub/d.md", "# D\n")
        folder.write("catatan.rtf", "bukan artikel\n")
        folder.write("README", "bukan artikel\n")
        folder.write(".tersembunyi.md", "# Hidden\n")
        folder.write(".git/e.md", "# Hidden folder\n")
        folder.write("E.MD", "# Besar\n")
        let result = loader.load(paths: [folder.path + "/"])
        #expect(result.warnings.isEmpty)
        #expect(result.articles.map(\.id) == ["E", "a", "b", "c", "d"])
        #expect(result.articles.map(\.path) == ["E.MD", "a.txt", "b.md", "c.markdown", "sub/d.md"].map { folder.path + "/" + $0 })
    }

    @Test func badFilesDoNotStopOthers() throws {
        let folder = ArticleTempFolder()
        folder.write("1-baik.md", "# Satu\n")
        folder.write("2-kosong.md", "")
        folder.write("3-biner.md", bytes: [0, 1, 2, 3])
        folder.makeFolder("4-folder.md")
        folder.write("4-folder.md/5-di-dalam.md", "# Lima\n")
        folder.write("6-rusak.txt", bytes: Array("Enam\n".utf8) + [0xFF])
        folder.write("7-baik.txt", "Tujuh\n")
        let result = loader.load(paths: [folder.path])
        #expect(result.articles.map(\.title) == ["Satu", "Lima", "Enam", "Tujuh"])
        #expect(result.warnings.map(\.description) == [
            "\(folder.path)/2-kosong.md: empty file, skipped",
            "\(folder.path)/3-biner.md: binary file, skipped",
            "\(folder.path)/6-rusak.txt:2: invalid UTF-8, bad bytes replaced with U+FFFD",
        ])
    }

    @Test func duplicateIDsAreKeptWithAWarning() {
        let folder = ArticleTempFolder()
        let first = folder.write("x/berita.md", "# Pertama\n")
        let second = folder.write("y/berita.txt", "Kedua\n")
        let result = loader.load(paths: [folder.path + "/x", folder.path + "/y"])
        #expect(result.articles.map(\.title) == ["Pertama", "Kedua"])
        #expect(result.warnings == [
            LoadWarning(path: second, message: "duplicate id 'berita' (also \(first)), both kept"),
        ])
    }

    @Test func sameFileTwiceLoadsOnce() {
        let folder = ArticleTempFolder()
        let file = folder.write("satu.md", "# Satu\n")
        let result = loader.load(paths: [folder.path, file, folder.path + "/./satu.md"])
        #expect(result.articles.count == 1)
        #expect(result.warnings.isEmpty)
    }

    @Test func explicitFilesKeepGivenOrderAndAnyExtension() {
        let folder = ArticleTempFolder()
        let b = folder.write("b.md", "# B\n")
        let a = folder.write("a.text", "A\n")
        let result = loader.load(paths: [b, folder.path + "/hilang", a])
        #expect(result.articles.map(\.title) == ["B", "A"])
        #expect(result.warnings.map(\.message) == ["no such file or folder"])
    }

    @Test func symlinkedFoldersAreNotFollowedInsideAScan() throws {
        let folder = ArticleTempFolder()
        folder.write("isi/a.md", "# A\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/isi/loop", withDestinationPath: folder.path + "/isi")
        let result = loader.load(paths: [folder.path + "/isi"])
        #expect(result.articles.map(\.title) == ["A"])
        #expect(result.warnings.isEmpty)
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any folder"))
    func unreadableSubfolderIsWarnedAbout() {
        let folder = ArticleTempFolder()
        folder.write("a.md", "# A\n")
        let locked = folder.makeFolder("terkunci")
        folder.write("terkunci/b.md", "# B\n")
        chmod(locked, 0o000)
        let result = loader.load(paths: [folder.path])
        #expect(result.articles.map(\.title) == ["A"])
        #expect(result.warnings == [LoadWarning(path: locked, message: "cannot read folder, skipped")])
    }
}

/// Random jumbles of the pieces that make parsing hard: whatever comes in, parsing returns,
/// and every article it returns keeps its invariants.
@Suite("ArticleLoader: random input")
struct ArticleLoaderFuzzTests {
    static let pieces: [[UInt8]] = [
        "---", "\n", "\r\n", "\r", " ", "  ", "\t", "#", "## ", "- ", "* ", "+ ", "• ", "1. ", ":",
        "title: ", "date: ", "tags: ", "[", "]", ",", "\"", "'", "\\", "\\u00e9", "===", "***",
        "kata", "Judul", "é", "e\u{301}", "“", "—", "😀", "🇮🇩", "\u{202E}", "\u{FEFF}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x1B], [0x07], [0xEF, 0xBB, 0xBF]]

    /// A small deterministic generator (SplitMix64), so failures can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: ["x.md", "x.txt"])
    func randomInputKeepsInvariants(path: String) {
        var generator = Generator(state: 2025)
        let loader = ArticleLoader()
        var loaded = 0
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                bytes += Self.pieces.randomElement(using: &generator)!
            }
            let (article, warnings) = loader.parse(data: Data(bytes), path: path)
            #expect(warnings.allSatisfy { $0.path == path && !$0.description.contains("\n") })
            guard let article else {
                #expect(!warnings.isEmpty, "a skipped file must say why")
                continue
            }
            loaded += 1
            #expect(article.id == "x")
            #expect(!article.title.isEmpty)
            #expect(article.body == article.blocks.map(\.text).joined(separator: "\n\n"))
            for block in article.blocks {
                #expect(!block.text.isEmpty)
                #expect(bodyText(of: block, in: article) == block.text)
                #expect(block.text == block.text.precomposedStringWithCanonicalMapping)
            }
        }
        #expect(loaded > 300)
    }
}
