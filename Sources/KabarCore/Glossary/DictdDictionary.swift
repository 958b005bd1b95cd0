import Foundation

/// A dictionary in the dictd format: `NAME.index` (headword, base64 offset, base64 length per
/// line) and `NAME.dict` or the gzip-compressed `NAME.dict.dz`, as Debian's dict-freedict-*
/// packages install them under /usr/share/dictd.
///
/// Kabar uses an English→Indonesian dictionary backwards: every Indonesian word in a
/// definition becomes an entry glossed by the English headword, marked as a reverse lookup.
public struct DictdDictionary: Sendable {
    public var name: String
    /// (headword, definition text) in index order.
    public var definitions: [(headword: String, text: String)]

    /// Loads `indexPath` and the `.dict` or `.dict.dz` beside it. Bad lines are skipped with a
    /// `file:line` warning; a missing or unreadable data file is one warning and no dictionary.
    public static func load(indexPath: String) -> (dictionary: DictdDictionary?, warnings: [LoadWarning]) {
        let base = String(indexPath.dropLast(".index".count))
        let name = (base as NSString).lastPathComponent
        guard let indexData = FileManager.default.contents(atPath: indexPath) else {
            return (nil, [LoadWarning(path: indexPath, message: "dictd: cannot read the index, skipped")])
        }
        guard let data = readData(base: base) else {
            return (nil, [LoadWarning(path: indexPath, message: "dictd: no readable \(name).dict or \(name).dict.dz beside it, skipped")])
        }
        var warnings: [LoadWarning] = []
        var definitions: [(String, String)] = []
        var lineNumber = 0
        for line in String(decoding: indexData, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 3, let offset = decode(parts[1]), let length = decode(parts[2]),
                  offset >= 0, length >= 0, offset + length <= data.count else {
                warnings.append(LoadWarning(path: indexPath, line: lineNumber, message: "dictd: malformed index line, skipped"))
                continue
            }
            let headword = String(parts[0])
            if headword.hasPrefix("00database") || headword.hasPrefix("00-database") { continue }
            let text = String(decoding: data[data.startIndex + offset ..< data.startIndex + offset + length], as: UTF8.self)
            definitions.append((headword, text))
        }
        return (DictdDictionary(name: name, definitions: definitions), warnings)
    }

    /// dictd's base64 numbers: digits A–Z a–z 0–9 + /, most significant first.
    static func decode(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 10 else { return nil }
        var value = 0
        for byte in text.utf8 {
            let digit: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): digit = 62
            case UInt8(ascii: "/"): digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }

    /// The plain `.dict`, or the `.dict.dz` inflated by the system's gzip.
    static func readData(base: String) -> Data? {
        if let plain = FileManager.default.contents(atPath: base + ".dict") { return plain }
        let compressed = base + ".dict.dz"
        guard FileManager.default.isReadableFile(atPath: compressed) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", compressed]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    /// Indonesian word → English headword entries, from each definition's body (its first
    /// line, the headword and pronunciation, is skipped; senses are split at commas,
    /// semicolons and sense numbers).
    public func reverseEntries() -> [GlossaryEntry] {
        var glosses: [String: [String]] = [:]
        var order: [String] = []
        for (headword, text) in definitions {
            let lines = text.split(separator: "\n").dropFirst()
            for line in lines {
                for piece in line.split(whereSeparator: { ",;".contains($0) }) {
                    var term = piece.trimmingCharacters(in: .whitespaces)
                    while let first = term.first, first.isNumber || first == "." || first == " " { term.removeFirst() }
                    term = term.trimmingCharacters(in: .whitespaces)
                    guard !term.isEmpty, term.count <= 40, !term.contains("/"), !term.contains("(") else { continue }
                    let key = Glossary.fold(term)
                    if glosses[key] == nil { order.append(key) }
                    if !(glosses[key] ?? []).contains(headword) { glosses[key, default: []].append(headword) }
                }
            }
        }
        return order.map { key in
            GlossaryEntry(headword: key, pos: "x", gloss: (glosses[key] ?? []).prefix(4).joined(separator: "; "),
                          notes: "reverse lookup in the English–Indonesian dictionary \(name)",
                          source: "dictd:\(name) (reverse)")
        }
    }
}
