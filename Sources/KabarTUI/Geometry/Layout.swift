/// How much of a row or column an area gets in a `Layout` split.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (negative counts as 0).
    case fixed(Int)
    /// This percentage of the whole, rounded down (clamped to 0…100).
    case percent(Int)
    /// At least this many cells; also shares what is left, weight 1, when no `fill` does.
    case min(Int)
    /// A share of what is left after the others, in proportion to the weight (negative counts
    /// as 0; if every weight is 0 they share equally).
    case fill(Int)
}

/// Splits rectangles into rows or columns.
///
/// Sizes are resolved in three steps: `fixed`, `percent` and `min` take their size; what is
/// left goes to the `fill`s by weight, or to the `min`s equally when there is no `fill`, or to
/// the last rectangle when there is neither; when the sizes add up to more than the area, they
/// are cut left to right (later rectangles shrink first, down to 0). The result always tiles the
/// area exactly: one rectangle per constraint, none negative, none outside.
public enum Layout {
    /// Splits `area` left to right.
    public static func columns(_ area: Rect, _ constraints: [Constraint]) -> [Rect] {
        let sizes = resolve(constraints, total: area.width)
        var x = area.x
        return sizes.map { size in
            defer { x += size }
            return Rect(x: x, y: area.y, width: size, height: area.height)
        }
    }

    /// Splits `area` top to bottom.
    public static func rows(_ area: Rect, _ constraints: [Constraint]) -> [Rect] {
        let sizes = resolve(constraints, total: area.height)
        var y = area.y
        return sizes.map { size in
            defer { y += size }
            return Rect(x: area.x, y: y, width: area.width, height: size)
        }
    }

    /// A `width`×`height` rectangle centred in `area`, clipped to it.
    public static func centered(in area: Rect, width: Int, height: Int) -> Rect {
        let w = Swift.min(Swift.max(0, width), area.width)
        let h = Swift.min(Swift.max(0, height), area.height)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }

    /// The sizes for `constraints` along a length of `total`; they add up to `total`.
    static func resolve(_ constraints: [Constraint], total rawTotal: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let total = Swift.max(0, rawTotal)
        var sizes = [Int](repeating: 0, count: constraints.count)
        var fills: [(index: Int, weight: Int)] = []
        var mins: [Int] = []
        for (i, constraint) in constraints.enumerated() {
            switch constraint {
            case .fixed(let n):
                sizes[i] = Swift.max(0, n)
            case .percent(let p):
                sizes[i] = total * Swift.min(100, Swift.max(0, p)) / 100
            case .min(let n):
                sizes[i] = Swift.max(0, n)
                mins.append(i)
            case .fill(let weight):
                fills.append((i, Swift.max(0, weight)))
            }
        }
        // Cut left to right when the fixed sizes overflow.
        var used = 0
        for i in sizes.indices {
            sizes[i] = Swift.min(sizes[i], total - used)
            used += sizes[i]
        }
        let left = total - used
        guard left > 0 else { return sizes }
        if !fills.isEmpty {
            var weights = fills.map(\.weight)
            if weights.allSatisfy({ $0 == 0 }) { weights = weights.map { _ in 1 } }
            share(left, among: fills.map(\.index), weights: weights, into: &sizes)
        } else if !mins.isEmpty {
            share(left, among: mins, weights: mins.map { _ in 1 }, into: &sizes)
        } else {
            sizes[sizes.count - 1] += left
        }
        return sizes
    }

    /// Adds `amount` to `sizes` at `indices` in proportion to `weights`, exactly (cumulative
    /// rounding, so the parts add up to `amount`).
    private static func share(_ amount: Int, among indices: [Int], weights: [Int], into sizes: inout [Int]) {
        let totalWeight = weights.reduce(0, +)
        var cumulative = 0
        var given = 0
        for (k, index) in indices.enumerated() {
            cumulative += weights[k]
            let upTo = amount * cumulative / totalWeight
            sizes[index] += upTo - given
            given = upTo
        }
    }
}
