/// A byte count for people: `812 bytes`, `40.5 KB`, `8.0 MB` (decimal units).
public enum ByteSize {
    public static func text(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return tenths(bytes, 1_000) + " KB" }
        if bytes < 1_000_000_000 { return tenths(bytes, 1_000_000) + " MB" }
        return tenths(bytes, 1_000_000_000) + " GB"
    }

    /// `bytes / unit` with one decimal, rounded down (so a file just over the limit never
    /// reads as equal to it).
    static func tenths(_ bytes: Int, _ unit: Int) -> String {
        let tenths = bytes / (unit / 10)
        return "\(tenths / 10).\(tenths % 10)"
    }
}
