/// How far reading the articles has got, for the reader to show while it waits.
public struct LoadProgress: Hashable, Sendable {
    /// What is being done: "reading", "loading", "checking".
    public var step: String
    public var done: Int
    public var total: Int

    public init(step: String, done: Int, total: Int) {
        self.step = step
        self.done = done
        self.total = total
    }

    /// "reading 12,000/100,000 articles…"
    public var description: String {
        "\(step) \(Self.grouped(done))/\(Self.grouped(total)) articles…"
    }

    /// 100000 → "100,000".
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }
}
