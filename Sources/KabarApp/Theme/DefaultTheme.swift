import KabarTUI

extension Theme {
    /// The built-in dark-friendly 256-colour theme (`Themes/default.toml`). Every highlight
    /// also carries a modifier, so the reader stays usable when colour is off.
    public static let `default` = builtIn("default")

    /// The built-in attributes-only theme (`Themes/mono.toml`): what colourless terminals fall back on.
    public static let mono = builtIn("mono")

    /// A built-in theme by name; BuiltInThemeTests checks that every one loads.
    static func builtIn(_ name: String) -> Theme {
        switch ThemeCatalog.builtInOnly.load(name) {
        case .success(let theme): theme
        case .failure: Theme(name: name, scopes: [:])
        }
    }
}
