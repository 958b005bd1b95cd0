import KabarTUI

/// Named styles ("scopes") for everything the reader draws, looked up helix-style by longest match:
/// `ui.border.focused` falls back to `ui.border`, then to `ui`, then to the plain style.
///
///     let theme = Theme.default
///     theme.style("text.heading")      // bold, coloured
///     theme.style("text.heading.h3")   // no own entry: falls back to "text.heading"
public struct Theme: Sendable {
    public var name: String
    public var scopes: [String: Style]

    public init(name: String, scopes: [String: Style]) {
        self.name = name
        self.scopes = scopes
    }

    /// The style of `scope`, or of its longest dotted prefix that has one.
    public func style(_ scope: String) -> Style {
        var key = Substring(scope)
        while true {
            if let style = scopes[String(key)] { return style }
            guard let dot = key.lastIndex(of: ".") else { return .plain }
            key = key[..<dot]
        }
    }
}
