/// The xterm 256-colour palette, used to fit `Color` to what the terminal can show.
///
/// Indices 0–15 are the ANSI colours (xterm's defaults), 16–231 a 6×6×6 cube,
/// 232–255 a grey ramp. Terminals may retheme 0–15, so on 256-colour terminals `.rgb` is
/// only ever matched against the cube and the greys; 16- and 8-colour terminals have nothing
/// else, so there it is matched against xterm's default ANSI colours.
public enum XtermPalette {
    /// The six levels of each channel in the colour cube.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// xterm's default RGB for the 16 ANSI colours.
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value of palette entry `index`.
    public static func rgb(of index: UInt8) -> (r: Int, g: Int, b: Int) {
        let i = Int(index)
        if i < 16 { return ansi[i] }
        if i >= 232 {
            let v = 8 + 10 * (i - 232)
            return (v, v, v)
        }
        let c = i - 16
        return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }

    /// The cube or grey entry (16–255) nearest to an RGB colour.
    ///
    ///     nearestIndex(r: 255, g: 0, b: 0) == 196
    ///     nearestIndex(r: 128, g: 128, b: 128) == 244
    public static func nearestIndex(r: UInt8, g: UInt8, b: UInt8) -> UInt8 {
        let (ri, gi, bi) = (cubeStep(Int(r)), cubeStep(Int(g)), cubeStep(Int(b)))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 232 + greyStep
        let cubeDistance = distance(rgb(of: UInt8(cube)), (Int(r), Int(g), Int(b)))
        let greyDistance = distance(rgb(of: UInt8(grey)), (Int(r), Int(g), Int(b)))
        return UInt8(greyDistance < cubeDistance ? grey : cube)
    }

    /// `index` itself when the terminal has more than `index` colours, else the nearest
    /// of the first `available` entries (8-colour terminals: bright 8–15 fold onto 0–7).
    ///
    ///     fit(9, available: 8) == 1
    ///     fit(196, available: 16) == 9
    public static func fit(_ index: UInt8, available: Int) -> Int {
        if Int(index) < available || available <= 0 { return Int(index) }
        if available == 8 && index < 16 { return Int(index) - 8 }
        let target = rgb(of: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<min(available, 256) {
            let d = distance(rgb(of: UInt8(candidate)), target)
            if d < bestDistance { (best, bestDistance) = (candidate, d) }
        }
        return best
    }

    /// `color` as a terminal with `depth` can show it: `.rgb` becomes the nearest palette
    /// entry below truecolor, and an index the terminal lacks the nearest one it has.
    ///
    ///     reduce(.rgb(255, 0, 0), to: .palette256) == .indexed(196)
    ///     reduce(.rgb(255, 0, 0), to: .ansi16) == .indexed(9)
    ///     reduce(.indexed(75), to: .none) == .default
    public static func reduce(_ color: Color, to depth: ColorDepth) -> Color {
        switch (color, depth) {
        case (.default, _), (_, .none): return .default
        case (_, .truecolor): return color
        case (.indexed(let n), _): return .indexed(UInt8(fit(n, available: depth.rawValue)))
        case (.rgb(let r, let g, let b), .palette256): return .indexed(nearestIndex(r: r, g: g, b: b))
        case (.rgb(let r, let g, let b), _): return .indexed(UInt8(nearestANSI((Int(r), Int(g), Int(b)), count: depth.rawValue)))
        }
    }

    /// The colour number curses takes for a colour already reduced to the terminal: -1 for
    /// `.default`. A direct-colour terminfo reads numbers from `directFrom` up as 0xRRGGBB,
    /// so there indexes from `directFrom` up are sent as their xterm RGB value.
    ///
    ///     cursesNumber(.indexed(75), directFrom: nil) == 75
    ///     cursesNumber(.indexed(75), directFrom: 8) == 0x5FAFFF
    ///     cursesNumber(.rgb(0x12, 0x34, 0x56), directFrom: 8) == 0x123456
    public static func cursesNumber(_ color: Color, directFrom: Int?) -> Int {
        switch color {
        case .default:
            return -1
        case .indexed(let n):
            guard let directFrom, Int(n) >= directFrom else { return Int(n) }
            let (r, g, b) = rgb(of: n)
            return max(directFrom, r << 16 | g << 8 | b)
        case .rgb(let r, let g, let b):
            guard let directFrom else { return Int(nearestIndex(r: r, g: g, b: b)) }
            return max(directFrom, Int(r) << 16 | Int(g) << 8 | Int(b))
        }
    }

    /// The nearest of the first `count` ANSI colours (xterm's defaults) to an RGB value.
    static func nearestANSI(_ target: (Int, Int, Int), count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<min(count, 16) {
            let d = distance(ansi[candidate], target)
            if d < bestDistance { (best, bestDistance) = (candidate, d) }
        }
        return best
    }

    /// Which of the six cube levels a channel value is closest to.
    static func cubeStep(_ v: Int) -> Int {
        if v < 48 { return 0 }
        if v < 115 { return 1 }
        return min(5, (v - 35) / 40)
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
