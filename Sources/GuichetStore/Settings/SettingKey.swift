/// The site's settings, stored under their raw value in `settings`.
public enum SettingKey: String, Sendable, CaseIterable {
    case theme
    case lockMinutes = "lock_minutes"
    case language
}
