/// Which text of an article an offset points into.
public enum TextField: String, Hashable, Sendable {
    case title, body
}
