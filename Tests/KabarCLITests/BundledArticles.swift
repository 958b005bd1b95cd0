import Foundation
import KabarCore

/// The repository's Articles/ folder, found from this file's path.
enum BundledArticles {
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles").path

    static func load() -> [AnalyzedArticle] {
        ArticleLoader().load(paths: [folder]).articles.map { AnalyzedArticle($0) }
    }
}
