/// One screen cell: a single grapheme cluster (with any combining marks) and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the grapheme,
/// the second is a continuation cell whose `symbol` is empty.
///
/// A cell is plain data (no reference counting), because every frame writes and compares
/// thousands of them: a grapheme that is one scalar (nearly all text) is stored inline, and
/// a longer cluster is stored once in `GraphemeTable` and referred to by number.
public struct Cell: Hashable, Sendable {
    /// 0: continuation; below 0x110000: the scalar itself; above: a `GraphemeTable` entry.
    private var code: UInt32
    public var style: Style

    public init(symbol: String, style: Style = .plain) {
        self.style = style
        var scalars = symbol.unicodeScalars.makeIterator()
        if let first = scalars.next() {
            code = scalars.next() == nil ? first.value : GraphemeTable.shared.code(for: symbol)
        } else {
            code = 0
        }
    }

    /// A cell holding one scalar: the fast path for drawing text.
    @inlinable
    public init(scalar: Unicode.Scalar, style: Style = .plain) {
        self.init(raw: scalar.value, style: style)
    }

    @usableFromInline
    init(raw: UInt32, style: Style) {
        self.code = raw
        self.style = style
    }

    public static let blank = Cell(raw: 0x20, style: .plain)

    /// The grapheme shown in the cell; "" for a continuation cell.
    public var symbol: String {
        get {
            if code == 0 { return "" }
            if code >= GraphemeTable.firstCode { return GraphemeTable.shared.string(for: code) }
            return Unicode.Scalar(code).map { String(Character($0)) } ?? ""
        }
        set {
            self = Cell(symbol: newValue, style: style)
        }
    }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { code == 0 }
}
