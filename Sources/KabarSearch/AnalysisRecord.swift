import KabarCore

/// What the recognisers found in one article, as the index stores it: one row per article
/// (not one per mention), so storing a large corpus's names and dates costs a few writes per
/// article, and reading them back is one pass.
///
/// Each mention is a line `type⇥field⇥start⇥end⇥text`, each time expression a line
/// `type⇥field⇥start⇥end⇥value⇥text`, where value is `=` and the resolved value, or empty
/// when unresolved. Tabs, newlines and backslashes in texts and values are escaped (`\t`,
/// `\n`, `\\`). A line that can't be read is skipped, never guessed at.
enum AnalysisRecord {
    static func mentions(_ mentions: [Enrichment.Mention]) -> String {
        var out = ""
        for m in mentions {
            out += "\(m.type)\t\(m.field)\t\(m.start)\t\(m.end)\t"
            append(m.text, to: &out)
            out += "\n"
        }
        return out
    }

    static func events(_ events: [Enrichment.Event]) -> String {
        var out = ""
        for e in events {
            out += "\(e.type)\t\(e.field)\t\(e.start)\t\(e.end)\t"
            if let value = e.value {
                out += "="
                append(value, to: &out)
            }
            out += "\t"
            append(e.text, to: &out)
            out += "\n"
        }
        return out
    }

    /// Reads both back, each field's in text order. Works on the UTF-8 bytes: a corpus's
    /// worth of these is read at every warm start.
    static func analysis(mentions: String, events: String) -> StoredAnalysis {
        var analysis = StoredAnalysis()
        forEachLine(of: mentions, fields: 5) { parts in
            guard let type = EntityType(rawValue: parts[0]), let field = TextField(rawValue: parts[1]),
                  let start = Int(parts[2]), let end = Int(parts[3]), let text = unescaped(parts[4]) else { return }
            analysis.mentions[field, default: []].append(EntityMention(type: type, start: start, end: end, text: text))
        }
        forEachLine(of: events, fields: 6) { parts in
            guard let type = TimeType(rawValue: parts[0]), let field = TextField(rawValue: parts[1]),
                  let start = Int(parts[2]), let end = Int(parts[3]), let text = unescaped(parts[5]) else { return }
            let value: String?
            if parts[4].isEmpty {
                value = nil
            } else {
                guard parts[4].hasPrefix("="), let read = unescaped(String(parts[4].dropFirst())) else { return }
                value = read
            }
            analysis.expressions[field, default: []].append(TimeExpression(type: type, value: value, start: start, end: end, text: text))
        }
        for (field, list) in analysis.mentions where !zip(list, list.dropFirst()).allSatisfy({ ($0.start, $0.end) <= ($1.start, $1.end) }) {
            analysis.mentions[field] = list.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        for (field, list) in analysis.expressions where !zip(list, list.dropFirst()).allSatisfy({ ($0.start, $0.end) <= ($1.start, $1.end) }) {
            analysis.expressions[field] = list.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        return analysis
    }

    /// Each line of `text` with exactly `fields` tab-separated fields, split on the bytes
    /// (tabs and newlines are single bytes that never occur inside a character).
    private static func forEachLine(of text: String, fields: Int, _ body: ([String]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var parts: [String] = []
            parts.reserveCapacity(fields)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
                parts.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 9 {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self))
                    fieldStart = index + 1
                }
                if lineEnd > lineStart, parts.count == fields { body(parts) }
                lineStart = lineEnd + 1
            }
        }
    }

    private static func append(_ text: String, to out: inout String) {
        guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 92 }) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// nil for an escape the writer never makes.
    private static func unescaped(_ text: String) -> String? {
        guard text.utf8.contains(92) else { return text }
        var out = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": out += "\t"
                case "n": out += "\n"
                case "\\": out += "\\"
                default: return nil
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return escaping ? nil : out
    }
}
