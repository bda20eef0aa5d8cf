import GuichetCore

/// 3G hotspot loans (not built yet: greyed on the home screen).
enum HotspotsArea {
    static let module = AreaModule(label: AppText.areaHotspots, permission: .useCounter)
}
