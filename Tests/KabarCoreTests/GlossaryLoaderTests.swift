import Foundation
import Testing
@testable import KabarCore

@Suite struct GlossaryLoaderTests {
    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-glossary-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func malformedLinesAreSkippedWithFileAndLine() {
        let text = "# mine\nsaing\tv\trival\nrusak baris tanpa tab\nkata\tzz\tword\n\t\t\nbaik\tadj\tgood\n"
        let parsed = GlossaryParser.parse(text, path: "mine.tsv", source: "user")
        #expect(parsed.entries.map(\.headword) == ["saing", "baik"])
        #expect(parsed.warnings.map(\.description) == [
            "mine.tsv:3: glossary: expected headword<TAB>pos<TAB>gloss, line skipped",
            "mine.tsv:4: glossary: unknown part of speech 'zz', line skipped",
        ])
    }

    @Test func optionalColumnsAreRead() throws {
        let parsed = GlossaryParser.parse("gak\tpart\tnot; no\tinformal for tidak\tgak apa-apa\tinformal\n", path: "x", source: "user")
        let entry = try #require(parsed.entries.first)
        #expect(entry.notes == "informal for tidak")
        #expect(entry.example == "gak apa-apa")
        #expect(entry.register == "informal")
    }

    @Test func aUserGlossaryOverridesTheBuiltInOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "rumah\tn\tdwelling (my own gloss)\nkabarku\tn\tmy news\nrusak\n".write(
            toFile: folder + "/mine.tsv", atomically: true, encoding: .utf8)
        let loaded = GlossaryLoader.load(userFolder: folder)
        #expect(loaded.glossary.entries(for: "rumah").first?.gloss == "dwelling (my own gloss)")
        #expect(loaded.glossary.entries(for: "rumah").first?.source == "user")
        #expect(loaded.glossary.entries(for: "kabarku").first?.gloss == "my news")
        #expect(loaded.warnings.map(\.line) == [3])
    }

    /// dictd's base64 numbers.
    @Test(arguments: [("A", 0), ("B", 1), ("BA", 64), ("Bp", 105), ("/", 63)])
    func dictdNumbers(text: String, value: Int) {
        #expect(DictdDictionary.decode(Substring(text)) == value)
    }

    /// A tiny English→Indonesian dictionary of our own, in dictd format, used backwards.
    @Test func aDictdDictionaryGivesReverseLookups() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = "house /haʊs/\n1. rumah, gedung\n"
        let second = "flood /flʌd/\nbanjir; air bah\n"
        let data = first + second
        let firstLength = first.utf8.count, secondLength = second.utf8.count
        func b64(_ n: Int) -> String {
            let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            var n = n, out = ""
            repeat { out = String(digits[n % 64]) + out; n /= 64 } while n > 0
            return out
        }
        try data.write(toFile: folder + "/tiny.dict", atomically: true, encoding: .utf8)
        try "house\tA\t\(b64(firstLength))\nbroken line\nflood\t\(b64(firstLength))\t\(b64(secondLength))\n".write(
            toFile: folder + "/tiny.index", atomically: true, encoding: .utf8)
        let loaded = GlossaryLoader.load(userFolder: folder)
        #expect(loaded.warnings.map(\.description) == [folder + "/tiny.index:2: dictd: malformed index line, skipped"])
        let banjir = loaded.glossary.entries(for: "banjir").filter { $0.source.hasPrefix("dictd") }
        #expect(banjir.first?.gloss == "flood")
        #expect(banjir.first?.source == "dictd:tiny (reverse)")
        #expect(loaded.glossary.entries(for: "gedung").first { $0.source.hasPrefix("dictd") }?.gloss == "house")
        #expect(loaded.glossary.entries(for: "air bah").first?.gloss == "flood")
    }

    @Test func theBuiltInGlossaryHasEveryAffixAndTheCommonExpressions() {
        let glossary = GlossaryLoader.builtIn
        for affix in ["meN-", "peN-", "ber-", "ter-", "di-", "ke-", "se-", "per-", "memper-", "diper-", "-kan", "-i", "-an",
                      "ke-an", "per-an", "peN-an", "ber-an", "se-nya", "-lah", "-kah", "-pun", "-tah", "-ku", "-mu", "-nya",
                      "ku-", "kau-", "-isasi", "-isme", "-is", "redup"] {
            #expect(glossary.entries(for: affix).contains { $0.pos == "affix" }, "no entry for \(affix)")
        }
        for expression in ["suku bunga", "terima kasih", "hedge fund", "bank sentral", "meninggal dunia"] {
            #expect(!glossary.entries(for: expression).isEmpty, "no entry for \(expression)")
        }
        for word in ["yang", "di", "ke", "dari", "pun"] {
            #expect(glossary.entries(for: word).contains { $0.notes != nil }, "no usage note for \(word)")
        }
    }
}
