import CNcurses
import KabarTUI

/// Turns a `Style` into curses attributes and a colour pair, allocating pairs on demand.
///
/// Pair 0 is the terminal's default colours; other (fg, bg) combinations get pairs
/// 1, 2, … until the terminal's `COLOR_PAIRS` runs out, after which they fall back to
/// pair 0 (readable, just uncoloured). Without colour support only the modifiers apply.
final class CursesStyleCache {
    private let colorsEnabled: Bool
    private let defaultColorsWork: Bool
    private let colorCount: Int
    private let pairLimit: Int
    private var pairs: [PairKey: Int32] = [:]
    private var styles: [Style: (attrs: attr_t, pair: Int32)] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable {
        var fg: Int
        var bg: Int
    }

    /// - Parameters:
    ///   - colorsEnabled: `has_colors()` and `start_color()` succeeded.
    ///   - defaultColorsWork: `use_default_colors()` succeeded, so -1 means "terminal default".
    init(colorsEnabled: Bool, defaultColorsWork: Bool) {
        self.colorsEnabled = colorsEnabled
        self.defaultColorsWork = defaultColorsWork
        // A direct-colour terminfo reports 2^24 colours and reads numbers above 255 as
        // packed RGB; staying within the 256-colour palette keeps indices meaning indices.
        self.colorCount = colorsEnabled ? min(Int(kabar_colors()), 256) : 0
        self.pairLimit = colorsEnabled ? Int(kabar_color_pairs()) : 0
    }

    /// Attributes and pair for `style`, cached per distinct style.
    func lookup(_ style: Style) -> (attrs: attr_t, pair: Int32) {
        if let hit = styles[style] { return hit }
        let result = (attrs: attributes(for: style.modifiers), pair: pair(fg: style.fg, bg: style.bg))
        styles[style] = result
        return result
    }

    /// Forgets every pair (after a restart of curses the pair table is empty again).
    func reset() {
        pairs.removeAll()
        styles.removeAll()
        nextPair = 1
    }

    private func attributes(for modifiers: Modifier) -> attr_t {
        var attrs = kabar_a_normal()
        if modifiers.contains(.bold) { attrs |= kabar_a_bold() }
        if modifiers.contains(.dim) { attrs |= kabar_a_dim() }
        if modifiers.contains(.italic) { attrs |= kabar_a_italic() }
        if modifiers.contains(.underline) { attrs |= kabar_a_underline() }
        if modifiers.contains(.reverse) { attrs |= kabar_a_reverse() }
        return attrs
    }

    private func pair(fg: Color, bg: Color) -> Int32 {
        guard colorsEnabled else { return 0 }
        var key = PairKey(
            fg: XtermPalette.colorNumber(for: fg, available: colorCount),
            bg: XtermPalette.colorNumber(for: bg, available: colorCount)
        )
        if !defaultColorsWork {
            // Without use_default_colors, -1 is invalid: pair 0 is white on black.
            if key.fg < 0 { key.fg = Int(COLOR_WHITE) }
            if key.bg < 0 { key.bg = Int(COLOR_BLACK) }
            if key.fg == Int(COLOR_WHITE) && key.bg == Int(COLOR_BLACK) { return 0 }
        } else if key.fg < 0 && key.bg < 0 {
            return 0
        }
        if let known = pairs[key] { return known }
        guard Int(nextPair) < pairLimit,
              kabar_init_pair(nextPair, Int32(key.fg), Int32(key.bg)) != ERR
        else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]!
    }
}
