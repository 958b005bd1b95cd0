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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[lower..<upper])
        return String(view)
    }
}
