import Foundation
import KabarSearch
import Testing

/// What the reader relies on from a search: each hit names its article and path, and its
/// matches are scalar offsets into the field's text, so the reader can mark every one.
@Suite struct SearchMatchOffsetTests {
    @Test func aHitCarriesEveryMatchWithItsFieldAndOffsets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("saingan.md").path
        try "---\ntitle: Bersaing Ketat\n---\nMereka menyaingi raksasa. Kami tidak.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let index = SearchIndex.inMemory()
        _ = try index.update(files: [file])
        let results = try index.search("saing")
        let hit = try #require(results.hits.first)
        #expect(hit.article == "saingan")
        #expect(hit.path == file)
        #expect(hit.snippet.contains("«"))
        // "Bersaing" is the title's first word (0..<8); "menyaingi" follows "Mereka " (7..<16).
        #expect(hit.matches.map { "\($0.field.rawValue) \($0.start)-\($0.end) \($0.text)" }
                == ["title 0-8 Bersaing", "body 7-16 menyaingi"])
    }
}
