import Foundation

/// Where the index of an articles folder lives: `$XDG_CACHE_HOME/kabar/` (or
/// `~/.cache/kabar/`), one database per folder, named after the folder and a hash of its
/// absolute path.
public enum IndexLocation {
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/kabar" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/kabar"
    }

    /// The database file for `folder`.
    public static func database(forFolder folder: String, cacheDirectory: String) -> String {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let name = URL(fileURLWithPath: absolute).lastPathComponent
        let safe = String(name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" }.prefix(40))
        return cacheDirectory + "/index-\(safe.isEmpty ? "root" : safe)-\(ContentHash.of(absolute.utf8).prefix(12)).sqlite"
    }
}
