import Foundation

/// Wall-clock timing in nanoseconds, and percentiles of samples.
enum Stopwatch {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Runs `body` and returns how long it took, in nanoseconds.
    static func time(_ body: () -> Void) -> UInt64 {
        let start = now()
        body()
        return now() - start
    }

    /// The p-th percentile (0–100) of the samples.
    static func percentile(_ samples: [UInt64], _ p: Double) -> UInt64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    static func microseconds(_ ns: UInt64) -> String {
        String(format: "%.1f µs", Double(ns) / 1000)
    }
}
