import KabarCore

/// A row of the timeline pane: a year or month heading, a group heading for durations and
/// unresolved expressions, or an event (an index into `AppState.timeline`).
public enum TimelineRow: Hashable, Sendable {
    case heading(String)
    case event(Int)

    var isEvent: Bool {
        if case .event = self { return true }
        return false
    }
}

extension AppState {
    static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                             "September", "Oktober", "November", "Desember"]

    /// The timeline's events (all articles', or the open article's), under year and month
    /// headings; then durations and repeating times; then unresolved expressions.
    public var timelineRows: [TimelineRow] {
        guard timelineArticleOnly else { return allTimelineRows }
        return timelineRows(of: openIndex.flatMap { timelineEventsByArticle[$0] } ?? [])
    }

    /// The rows of some events (indices into `timeline`, in order).
    func timelineRows(of events: some Sequence<Int>) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var year: String?
        var month: String?
        for index in events {
            let headings = headings(of: timeline[index])
            if headings[0] != year {
                rows.append(.heading(headings[0]))
                year = headings[0]
                month = nil
            }
            if headings.count > 1, headings[1] != month {
                rows.append(.heading(headings[1]))
                month = headings[1]
            }
            rows.append(.event(index))
        }
        return rows
    }

    /// The year and month headings an event sits under ("2025", " Januari"), or its group.
    func headings(of event: TimelineEvent) -> [String] {
        guard let value = event.expression.value else { return ["Unresolved (the article has no date)"] }
        guard let start = TimexOrder.start(of: value) else { return ["Durations and repeats"] }
        let year = value.utf8.count == 4 && value.hasSuffix("X") ? "\(start.year)s" : String(start.year)
        // Days, weeks, months and times have a month; years, quarters and halves do not.
        let monthly = value.utf8.count >= 7 && !value.contains("-Q") && !value.contains("-H")
        return monthly ? [year, " " + AppState.monthNames[start.month - 1]] : [year]
    }

    /// The event selected in the timeline pane.
    public var selectedEvent: Int? {
        let events = timelineRows.compactMap { row -> Int? in
            if case .event(let index) = row { return index }
            return nil
        }
        return events.indices.contains(timelineSelection) ? events[timelineSelection] : nil
    }

    /// Opens the event's article, puts the cursor on its expression and highlights it.
    mutating func go(toEvent index: Int) {
        let event = timeline[index]
        let article = timelineArticles[index]
        if article != openIndex {
            open(article)
            selected = article
        }
        let expression = event.expression
        if let document, let word = document.words.firstIndex(where: { $0.field == event.field && $0.start >= expression.start }) {
            cursor = word
            revealCursor()
        }
        timeHighlight = TimeHighlight(field: event.field, start: expression.start, end: expression.end)
        let number = (timeline.indices.filter { timelineArticles[$0] == article }.firstIndex(of: index) ?? 0) + 1
        let total = timelineArticles.filter { $0 == article }.count
        status = "\(expression.value ?? "unresolved") · “\(expression.text)” · date \(number)/\(total) in this article"
    }
}
