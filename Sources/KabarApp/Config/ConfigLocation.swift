import Foundation

/// Where Kabar's settings live.
public enum ConfigLocation {
    /// `$XDG_CONFIG_HOME`, or `~/.config` when it is unset or empty.
    public static func configHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
    }

    /// `$XDG_CONFIG_HOME/kabar/config.toml` (`~/.config/kabar/config.toml`).
    public static func defaultConfigFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (configHome(environment: environment) as NSString).appendingPathComponent("kabar/config.toml")
    }

    /// A path from a settings file: `~/` is the home folder, and a relative path is relative
    /// to the folder of the file it is written in.
    static func expand(_ path: String, relativeTo file: String, environment: [String: String]) -> String {
        if path == "~" || path.hasPrefix("~/") {
            let home = environment["HOME"] ?? NSHomeDirectory()
            return (home as NSString).appendingPathComponent(String(path.dropFirst(path == "~" ? 1 : 2)))
        }
        if path.hasPrefix("/") { return path }
        let folder = (file as NSString).deletingLastPathComponent
        return (folder as NSString).appendingPathComponent(path)
    }
}
