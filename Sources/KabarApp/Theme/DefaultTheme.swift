import KabarTUI

extension Theme {
    /// The built-in dark-friendly 256-colour theme. Every highlight also carries a modifier,
    /// so the reader stays usable when colour is off.
    public static let `default` = Theme(name: "default", scopes: [
        "ui.border": Style(fg: .indexed(240)),
        "ui.border.focused": Style(fg: .indexed(75), modifiers: .bold),
        "ui.title": Style(fg: .indexed(250), modifiers: .bold),
        "ui.title.focused": Style(fg: .indexed(231), modifiers: .bold),
        "ui.status": Style(fg: .indexed(252), bg: .indexed(236)),
        "ui.status.key": Style(fg: .indexed(229), bg: .indexed(236), modifiers: .bold),
        "ui.status.message": Style(fg: .indexed(222), bg: .indexed(236)),
        "ui.selection": Style(fg: .indexed(231), bg: .indexed(24), modifiers: .bold),
        "ui.selection.unfocused": Style(bg: .indexed(238)),
        "ui.cursor": Style(fg: .indexed(214), modifiers: [.reverse, .bold]),
        "ui.help": Style(fg: .indexed(252), bg: .indexed(235)),
        "ui.help.key": Style(fg: .indexed(229), bg: .indexed(235), modifiers: .bold),
        "ui.placeholder": Style(fg: .indexed(244), modifiers: .italic),
        "ui.warning": Style(fg: .indexed(203), modifiers: .bold),
        "text": .plain,
        "text.heading": Style(fg: .indexed(117), modifiers: .bold),
        "text.title": Style(fg: .indexed(231), modifiers: .bold),
        "text.meta": Style(fg: .indexed(245), modifiers: .italic),
        "text.bullet": Style(fg: .indexed(75)),
        "entity": Style(modifiers: .underline),
        "entity.person": Style(fg: .indexed(114), modifiers: .underline),
        "entity.organization": Style(fg: .indexed(81), modifiers: .underline),
        "entity.location": Style(fg: .indexed(180), modifiers: .underline),
        "entity.product": Style(fg: .indexed(176), modifiers: .underline),
        "entity.event": Style(fg: .indexed(221), modifiers: .underline),
        "gloss.word": Style(fg: .indexed(231), modifiers: .bold),
        "gloss.headword": Style(fg: .indexed(214), modifiers: .bold),
        "gloss.pos": Style(fg: .indexed(245), modifiers: .italic),
        "gloss.affix": Style(fg: .indexed(151)),
        "gloss.text": .plain,
        "gloss.expression": Style(modifiers: .underline),
    ])
}
