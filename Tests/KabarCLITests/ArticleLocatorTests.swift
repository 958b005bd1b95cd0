import Foundation
import KabarCLI
import Testing

@Suite struct ArticleLocatorTests {
    static let home = ["HOME": "/home/ana"]

    @Test(arguments: [
        // (option, environment, expected candidates)
        ("/srv/news", ["KABAR_ARTICLES": "/env/news", "HOME": "/home/ana"], ["/srv/news"]),
        (nil, ["KABAR_ARTICLES": "/env/news", "HOME": "/home/ana"],
         ["/env/news", "/work/Articles", "/home/ana/.local/share/kabar/articles"]),
        (nil, ["HOME": "/home/ana"], ["/work/Articles", "/home/ana/.local/share/kabar/articles"]),
        (nil, ["XDG_DATA_HOME": "/data", "HOME": "/home/ana"], ["/work/Articles", "/data/kabar/articles"]),
        (nil, ["XDG_DATA_HOME": "", "KABAR_ARTICLES": "", "HOME": "/home/ana"],
         ["/work/Articles", "/home/ana/.local/share/kabar/articles"]),
    ] as [(String?, [String: String], [String])])
    func candidatesAreTriedInTheDocumentedOrder(option: String?, environment: [String: String], expected: [String]) {
        let locator = ArticleLocator(articlesOption: option, environment: environment, currentDirectory: "/work")
        #expect(locator.candidates == expected)
    }

    @Test func anExplicitFolderThatDoesNotExistIsAnError() {
        let locator = ArticleLocator(articlesOption: "/no/such/folder", environment: Self.home, currentDirectory: "/")
        #expect(throws: CLIError.self) { try locator.defaultFolder() }
        let fromEnv = ArticleLocator(environment: ["KABAR_ARTICLES": "/no/such", "HOME": "/h"], currentDirectory: "/")
        #expect(throws: CLIError.self) { try fromEnv.defaultFolder() }
    }

    @Test func theFirstExistingCandidateWins() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-locator-\(UUID().uuidString)")
        let data = root.appendingPathComponent("data/kabar/articles")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let locator = ArticleLocator(environment: ["XDG_DATA_HOME": root.appendingPathComponent("data").path, "HOME": "/h"],
                                     currentDirectory: root.path)
        #expect(try locator.defaultFolder() == data.path)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Articles"), withIntermediateDirectories: true)
        #expect(try locator.defaultFolder() == root.appendingPathComponent("Articles").path)
    }
}
