import ArgumentParser
import Foundation
import KabarCLI

/// The root command. With no subcommand it opens the reader.
struct Kabar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kabar",
        abstract: "A terminal reader and explorer for Indonesian news, for English speakers.",
        discussion: """
        With no subcommand, opens the full-screen reader on the default articles folder:
        --articles, then $KABAR_ARTICLES, then the configuration's articles, then ./Articles, then
        $XDG_DATA_HOME/kabar/articles. Settings: --config, else $XDG_CONFIG_HOME/kabar/config.toml.
        """,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, TokensCommand.self, GlossCommand.self, EntitiesCommand.self, TimelineCommand.self, SearchCommand.self, IndexCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses and runs; returns the exit status: 0 on success, 2 on bad usage or input (with
    /// one line on stderr), or the reader's own status. Never a stack trace.
    static func runFromCommandLine(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as CLIError {
            Output.error(error.message)
            return 2
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                return 0
            }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Output.error("\(message) (see 'kabar --help')")
            return 2
        }
    }
}
