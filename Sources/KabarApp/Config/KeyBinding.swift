import KabarCore
import KabarTUI

/// One `[keys]` line of the configuration: these keys run this command, everywhere or, from
/// a `[keys.PANE]` table, only in that pane.
public struct KeyBinding: Hashable, Sendable {
    public var command: Command
    public var keys: [Key]
    public var pane: Pane?

    public init(command: Command, keys: [Key], pane: Pane? = nil) {
        self.command = command
        self.keys = keys
        self.pane = pane
    }
}

extension Keymap {
    /// The key map with `bindings` applied, in order. A binding replaces the command's keys in
    /// its scope (global, or one pane) and takes each key from whatever command had it there;
    /// an empty list unbinds the command. Pane bindings still win in their pane.
    ///
    ///     Keymap.default.rebinding([KeyBinding(command: .nextMention, keys: [.char("n")])])
    public func rebinding(_ bindings: [KeyBinding]) -> Keymap {
        var map = self
        for binding in bindings {
            if let pane = binding.pane {
                var table = map.panes[pane] ?? [:]
                table = table.filter { $0.value != binding.command }
                for key in binding.keys { table[key] = binding.command }
                map.panes[pane] = table
            } else {
                map.global = map.global.filter { $0.value != binding.command }
                for key in binding.keys { map.global[key] = binding.command }
            }
        }
        return map
    }
}
