import KabarCore

/// `kabar timeline`: the time expressions of the articles, in calendar order.
public enum TimelineReport {
    /// `{"events":[{"value","type","text","article","field","start","end","sentence","entities":[names]}]}`.
    public static func json(_ events: [TimelineEvent]) -> JSONValue {
        .object([("events", .array(events.map { event in
            .object([
                ("value", .string(orNull: event.expression.value)),
                ("type", .string(event.expression.type.rawValue)),
                ("text", .string(event.expression.text)),
                ("article", .string(event.article)),
                ("field", .string(event.field.rawValue)),
                ("start", .int(event.expression.start)),
                ("end", .int(event.expression.end)),
                ("sentence", .string(event.sentence)),
                ("entities", .array(event.entities.map { .string($0) })),
            ])
        }))])
    }

    /// One line per event: "2025-01-27 · Saham teknologi AS terguncang … (DeepSeek, Nvidia)".
    public static func text(_ events: [TimelineEvent], width: Int = 100) -> String {
        events.map { event in
            let value = event.expression.value ?? "(unresolved)"
            var line = value + " · " + shortened(event.sentence, to: width).terminalSafe + " [" + event.expression.text.terminalSafe + "]"
            if !event.entities.isEmpty { line += " (" + event.entities.joined(separator: ", ").terminalSafe + ")" }
            return line + " — " + event.article.terminalSafe
        }.joined(separator: "\n") + (events.isEmpty ? "" : "\n")
    }

    /// The sentence on one line, cut at a word with "…" when longer than `width` scalars.
    static func shortened(_ sentence: String, to width: Int) -> String {
        // Line breaks become one space; only the first `width` + 1 scalars are looked at.
        var scalars: [Unicode.Scalar] = []
        var space = false
        for scalar in sentence.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                space = !scalars.isEmpty
                continue
            }
            if space { scalars.append(" ") }
            space = false
            scalars.append(scalar)
            if scalars.count > width { break }
        }
        guard scalars.count > width else { return scalars.string(0..<scalars.count) }
        var cut = width
        while cut > width / 2, scalars[cut] != " " { cut -= 1 }
        return scalars.string(0..<cut) + " …"
    }
}
