import Foundation
import Testing

/// The real `kabar` on a folder of hostile articles (escape sequences, C1 controls, bidi
/// and invisible characters in titles, sources, bodies and a file name): no subcommand
/// prints any of them raw, on stdout or stderr; JSON carries them escaped and exact.
@Suite(.serialized, .enabled(if: KabarBinary.path != nil))
struct HostileTextProcessTests {
    static let payloads = [
        "\u{07}", "\u{08}\u{08}", "\u{1B}[2J", "\u{1B}]2;pwned\u{07}", "\u{1B}]52;c;aGVsbG8=\u{07}",
        "\u{1B}]8;;http://x.id\u{1B}\\klik\u{1B}]8;;\u{1B}\\", "\u{9B}2J", "\u{202E}kiri", "\u{2066}isolasi",
        "\u{200B}", "\u{FEFF}",
    ]
    /// A file whose name carries an OSC 2 sequence, with an invalid date: its warning names it.
    static let hostileName = "berkas\u{1B}]2;pwned\u{07}"

    /// What must never be printed, written out here from the rules, not from the code.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || [0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0x61C].contains(v)
    }

    static func forbidden(_ text: String) -> [String] {
        text.unicodeScalars.filter(isForbidden).map { String($0.value, radix: 16) }
    }

    /// A folder with one article per payload, and the badly named one.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kabar-hostile-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, payload) in payloads.enumerated() {
            let text = "---\ntitle: Banjir \(payload) akhir\nsource: Sumber\(payload)\ndate: 2025-01-15\n---\n"
                + "Hujan \(payload) deras pada hari Senin di Semarang. Presiden Joko Widodo meninjau lokasi.\n"
            try text.write(toFile: "\(folder)/kasus-\(index).md", atomically: true, encoding: .utf8)
        }
        try "---\ntitle: Nama Berkas\ndate: kemarin\n---\nIsi biasa.\n"
            .write(toFile: "\(folder)/\(hostileName).md", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func noSubcommandPrintsAControlOrInvisibleCharacter() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let runs: [[String]] = [
            ["list", folder], ["show", "\(folder)/kasus-3.md"], ["show", "\(folder)/\(Self.hostileName).md"],
            ["tokens", "--sentences", folder], ["entities", folder], ["timeline", folder],
            ["search", "hujan", folder], ["gloss", "--article", "\(folder)/kasus-5.md"], ["index", folder],
            ["gloss", "a\u{1B}]2;x\u{07}b"], ["show", "tidak-ada\u{1B}]2;x\u{07}"],
        ]
        for arguments in runs {
            let result = try KabarBinary.run(arguments)
            #expect(Self.forbidden(result.stdout).isEmpty, "stdout of \(arguments.first!)")
            #expect(Self.forbidden(result.stderr).isEmpty, "stderr of \(arguments.first!)")
        }

        let list = try KabarBinary.run(["list", folder])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Banjir \u{FFFD}]2;pwned\u{FFFD} akhir (Sumber\u{FFFD}]2;pwned\u{FFFD})"))
        #expect(list.stdout.contains("Banjir \u{FFFD}kiri akhir"))
        #expect(list.stdout.split(separator: "\n").count == Self.payloads.count + 1, "one row per article")
        // The warning names the file, its sequence shown as text.
        #expect(list.stderr.contains("kabar: warning: \(folder)/berkas\u{FFFD}]2;pwned\u{FFFD}.md:3: invalid date"))

        let search = try KabarBinary.run(["search", "hujan", "--limit", "20", folder])
        #expect(search.stdout.contains("Banjir \u{FFFD}]52;c;aGVsbG8=\u{FFFD} akhir — kasus-4"))
    }

    @Test func jsonCarriesTheTextExactly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = try KabarBinary.run(["list", "--json", folder])
        #expect(Self.forbidden(list.stdout).isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        let titles = Set(((object?["articles"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String })
        for payload in Self.payloads {
            #expect(titles.contains("Banjir \(payload) akhir"))
        }
        for arguments in [["timeline", "--json", folder], ["search", "--json", "hujan", folder],
                          ["tokens", "--json", "--sentences", folder], ["entities", "--json", folder]] {
            let result = try KabarBinary.run(arguments)
            #expect(result.status == 0)
            #expect(Self.forbidden(result.stdout).isEmpty, "\(arguments.first!) --json")
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(arguments.first!) --json parses")
        }
    }
}
