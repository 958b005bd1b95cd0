import Foundation

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (and other Unicode spaces), as
    /// `trimmingCharacters(in: .whitespaces)` but without Foundation's cost when the ends
    /// are ASCII: name lists and glossaries trim every column of every line.
    func trimmingSpaces() -> String {
        let text = Substring(self)
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return "" }
        if first >= 0x80 || last >= 0x80 { return trimmingCharacters(in: .whitespaces) }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        let trimmed = String(text[start..<end])
        // A non-ASCII space just inside the ASCII ones (rare): let Foundation finish.
        if let f = trimmed.utf8.first, let l = trimmed.utf8.last, f >= 0x80 || l >= 0x80 {
            return trimmed.trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }
}
