import CNcurses
import KabarTUI

/// Maps what `wget_wch` returns to `Key`s. Mouse and resize codes are handled by the backend.
enum CursesKeyDecoder {
    /// A plain character (wget_wch returned OK). Nil for controls with no meaning here.
    ///
    /// Raw mode delivers Ctrl-C as 3 and Ctrl-Z as 26: they become `.ctrl("c")`, `.ctrl("z")`.
    static func key(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))   // 1 → "a"
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 64)))  // \ ] ^ _
        case 0, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A KEY_* code (wget_wch returned KEY_CODE_YES), other than KEY_MOUSE and KEY_RESIZE.
    static func key(keyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case kabar_key_f(1)...kabar_key_f(63): return .function(Int(code - kabar_key_f(0)))
        default: return nil
        }
    }
}
