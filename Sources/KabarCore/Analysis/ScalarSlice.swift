extension String {
    /// The text between two Unicode-scalar offsets (clamped to the string).
    ///
    ///     "Kabar baru".scalarSlice(6..<10) == "baru"
    public func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: max(0, range.lowerBound), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let upper = scalars.index(lower, offsetBy: range.count, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[lower..<upper])
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of a range of these scalars (clamped). Decode a string's scalars once with
    /// `Array(text.unicodeScalars)` and slice many times in linear total time.
    public func string(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        // Encoded by hand: `UnicodeScalarView.append(contentsOf:)` goes through unspecialised
        // generic code, ten times slower, and laying out a long article slices a lot.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(upper - lower)
        for scalar in self[lower..<upper] {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
