import ArgumentParser
import Foundation
import KabarCLI

// Writing to a closed pipe (`kabar list | head -1`) must not kill us with SIGPIPE.
signal(SIGPIPE, SIG_IGN)
exit(Kabar.runFromCommandLine(Array(CommandLine.arguments.dropFirst())))
