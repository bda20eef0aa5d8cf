/// What a message line reports.
public enum MessageKind: Sendable, Equatable {
    case info, success, error, warning
}
