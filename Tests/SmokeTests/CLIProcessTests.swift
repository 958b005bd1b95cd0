import Foundation
import Testing

/// The real `kabar` executable: exit statuses and one-line errors.
@Suite struct CLIProcessTests {
    @Test func listJsonParsesAndNamesBothArticles() throws {
        let result = try KabarBinary.run(["list", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let articles = object?["articles"] as? [[String: Any]] ?? []
        #expect(articles.count == 2)
        #expect(Set(articles.compactMap { $0["id"] as? String }) ==
                ["china-jatuh-cinta-pada-liang-wenfeng", "deepseek-membalikkan-lanskap-teknologi-global"])
        #expect(articles.contains { $0["source"] is NSNull && $0["date"] is NSNull })
    }

    @Test func timelineJsonIsInCalendarOrderWithTheUndatedArticlesRelativeDatesLast() throws {
        let result = try KabarBinary.run(["timeline", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let events = object?["events"] as? [[String: Any]] ?? []
        #expect(!events.isEmpty)
        for event in events {
            #expect(Set(event.keys) == ["value", "type", "text", "article", "field", "start", "end", "sentence", "entities"])
        }
        // "Minggu lalu" in the undated article cannot be placed: it is last, with a null value.
        #expect(events.last?["value"] is NSNull)
        #expect(events.last?["article"] as? String == "deepseek-membalikkan-lanskap-teknologi-global")
        // "pada hari Senin" in the article dated Tuesday 2025-01-28 is the day before.
        #expect(events.contains { $0["text"] as? String == "hari Senin" && $0["value"] as? String == "2025-01-27" })
    }

    @Test(arguments: [
        ["show", "no-such-article"],
        ["--no-such-flag"],
        ["list", "/no/such/path"],
        ["show", "--width", "5", "deepseek-membalikkan-lanskap-teknologi-global"],
        ["tokens", "--text", "a", "Articles"],
    ])
    func badUsageOrInputExitsTwoWithOneLine(arguments: [String]) throws {
        let result = try KabarBinary.run(arguments)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 1)
        #expect(lines.last?.hasPrefix("kabar: ") == true)
        #expect(!result.stderr.contains("Stack"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func theReaderWithoutATerminalPointsToShow() throws {
        let result = try KabarBinary.run([])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("kabar show"))
    }

    @Test func showPrintsPlainTextWhenPiped() throws {
        let result = try KabarBinary.run(["show", "--width", "60", "deepseek-membalikkan-lanskap-teknologi-global"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("DeepSeek Membalikkan Lanskap Teknologi Global\n"))
        #expect(result.stdout.contains("source unknown · undated · "))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func showWithAThemeThatDoesNotLoadWarnsAndStillPrints() throws {
        let result = try KabarBinary.run(["show", "--theme", "no-such-theme", "--width", "60", "deepseek-membalikkan-lanskap-teknologi-global"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("DeepSeek Membalikkan Lanskap Teknologi Global\n"))
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("kabar: warning: ") == true)
        #expect(result.stderr.contains("no-such-theme"))
        #expect(result.stderr.contains("using the default theme"))
    }

    @Test func helpExitsZero() throws {
        let result = try KabarBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("list"))
        #expect(result.stdout.contains("tokens"))
    }
}
