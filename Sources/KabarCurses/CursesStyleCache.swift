import CNcurses
import KabarTUI

/// Turns a `Style` into curses attributes and a colour pair, allocating pairs on demand.
///
/// Pair 0 is the terminal's default colours; other (fg, bg) combinations get pairs
/// 1, 2, … until the terminal's `COLOR_PAIRS` runs out, after which they fall back to
/// pair 0 (readable, just uncoloured). Without colour support only the modifiers apply.
/// Colours are first fitted to the terminal's `ColorDepth` (`#RRGGBB` to the nearest palette
/// entry below truecolor), then numbered the way its terminfo wants.
final class CursesStyleCache {
    private let colorsEnabled: Bool
    private let defaultColorsWork: Bool
    private let depth: ColorDepth
    /// With a direct-colour terminfo: the first colour number read as 0xRRGGBB.
    private let directFrom: Int?
    private let pairLimit: Int
    private var pairs: [PairKey: Int32] = [:]
    private var styles: [Style: (attrs: attr_t, pair: Int32)] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable {
        var fg: Int
        var bg: Int
    }

    /// - Parameters:
    ///   - depth: what the terminal shows; `.none` when colour is off or refused.
    ///   - defaultColorsWork: `use_default_colors()` succeeded, so -1 means "terminal default".
    ///   - directFrom: for a direct-colour terminfo (2^24 colours), the first number it reads
    ///     as packed RGB (8 for `xterm-direct`); nil for palette terminals.
    init(depth: ColorDepth, defaultColorsWork: Bool, directFrom: Int?) {
        self.depth = depth
        self.colorsEnabled = depth != .none
        self.defaultColorsWork = defaultColorsWork
        self.directFrom = directFrom
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
            fg: XtermPalette.cursesNumber(XtermPalette.reduce(fg, to: depth), directFrom: directFrom),
            bg: XtermPalette.cursesNumber(XtermPalette.reduce(bg, to: depth), directFrom: directFrom)
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
