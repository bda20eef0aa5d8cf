import GuichetCore

/// On a counter PC set up as a kiosk (the setting `quit_reserved_to_supervisors`,
/// its account's login shell being Guichet), quitting would leave a volunteer at
/// a shell that reads the database: only a signed-in supervisor may quit.
enum QuitPolicy {
    static func availability(reserved: Bool, actor: Actor?) -> ActionAvailability {
        guard reserved, actor?.role != .supervisor else { return .enabled }
        return .greyed(actor == nil ? AppText.quitReservedSignIn : AppText.quitReserved)
    }
}
