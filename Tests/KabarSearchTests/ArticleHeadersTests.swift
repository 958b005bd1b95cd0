import Foundation
import KabarCore
@testable import KabarSearch
import Testing

/// What the reader lists first from a warm index: every article's title, source and date in
/// path order, only the first with its text.
@Suite struct ArticleHeadersTests {
    @Test func titlesSourcesAndDatesInPathOrderAndTheFirstWhole() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = try fixture.index()
        let headers = try index.articleHeaders()
        // banjir.md, pelantikan.md, persaingan.md: the fixture's files by name.
        #expect(headers.map(\.id) == ["banjir", "pelantikan", "persaingan"])
        #expect(headers.map(\.title) == ["Banjir Rendam Semarang", "Gubernur Baru Dilantik", "Persaingan Ojek Daring Memanas"])
        #expect(headers.map(\.source) == ["Kabar Uji", "Warta Daerah", "Kabar Uji"])
        #expect(headers.map { $0.date?.description } == ["2024-12-10", "2025-02-03", "2025-01-20"])
        #expect(headers[0].body == "Banjir merendam ribuan rumah di Semarang. Warga mengungsi ke masjid dan sekolah terdekat.")
        #expect(headers[1].blocks.isEmpty && headers[1].body.isEmpty)
        #expect(headers[2].blocks.isEmpty && headers[2].body.isEmpty)
    }

    @Test(arguments: [0, 2, 5])
    func asManyWholeAsAskedFor(whole: Int) throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let headers = try fixture.index().articleHeaders(withText: whole)
        #expect(headers.count == 3)
        #expect(headers.filter { !$0.blocks.isEmpty }.count == min(whole, 3))
    }

    @Test func anEmptyIndexHasNoHeaders() throws {
        let fixture = try SearchFixture()
        defer { fixture.remove() }
        let index = SearchIndex.open(folder: fixture.folder, cacheDirectory: fixture.cache)
        #expect(try index.articleHeaders().isEmpty)
    }
}
