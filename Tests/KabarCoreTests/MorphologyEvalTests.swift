import Foundation
import Testing
@testable import KabarCore

/// The quality bar on our own evaluation list (Resources/morphology-eval.tsv, written by us,
/// no form taken from Articles/): the first analysis gives the expected lemma for ≥ 97%.
/// `python3 Scripts/eval_glossary.py` prints the same figure next to PySastrawi's.
@Suite struct MorphologyEvalTests {
    static func rows() throws -> [(form: String, lemma: String, root: String)] {
        let url = try #require(Bundle.module.url(forResource: "Resources/morphology-eval", withExtension: "tsv"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return columns.count >= 3 ? (columns[0], columns[1], columns[2]) : nil
        }
    }

    @Test func atLeast500FormsAndNinetySevenPercentFirstLemmaAccuracy() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 500)
        let analyzer = MorphAnalyzer(glossary: GlossaryLoader.builtIn)
        let misses = rows.filter { analyzer.analyze($0.form).first?.lemma != $0.lemma }
        let accuracy = Double(rows.count - misses.count) / Double(rows.count)
        #expect(accuracy >= 0.97, "lemma accuracy \(accuracy); misses: \(misses.prefix(30).map { "\($0.form)→\(analyzer.analyze($0.form).first?.lemma ?? "-") (want \($0.lemma))" })")
    }
}
