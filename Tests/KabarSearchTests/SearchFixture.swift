import Foundation
import KabarCore
@testable import KabarSearch

/// A temporary articles folder and cache folder of our own small articles.
struct SearchFixture {
    let root: String
    var folder: String { root + "/articles" }
    var cache: String { root + "/cache" }

    static let articles: [String: String] = [
        "persaingan.md": """
        ---
        title: Persaingan Ojek Daring Memanas
        source: Kabar Uji
        date: 2025-01-20
        ---

        Dua perusahaan bersaing merebut pengemudi. Pesaing baru berusaha menyaingi pemain lama dengan tarif murah.
        """,
        "pelantikan.md": """
        ---
        title: Gubernur Baru Dilantik
        source: Warta Daerah
        date: 2025-02-03
        ---

        Presiden melantik gubernur di Istana Negara. Pelantikan itu dihadiri Menteri Dalam Negeri Budi Santoso.
        Budi Santoso mengatakan suku bunga daerah tidak berubah.
        """,
        "banjir.md": """
        ---
        title: Banjir Rendam Semarang
        source: Kabar Uji
        date: 2024-12-10
        ---

        Banjir merendam ribuan rumah di Semarang. Warga mengungsi ke masjid dan sekolah terdekat.
        """,
    ]

    init() throws {
        root = NSTemporaryDirectory() + "kabar-search-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        for (name, text) in Self.articles {
            try write(name, text)
        }
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    func index() throws -> SearchIndex {
        let index = SearchIndex.open(folder: folder, cacheDirectory: cache)
        _ = try index.update(folder: folder)
        return index
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
