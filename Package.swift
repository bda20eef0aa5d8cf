// swift-tools-version:6.0
import PackageDescription

// Release executables are linked as plain (non-PIE) executables: the loader
// then has no relocations to apply to the Swift metadata at start, about 7 %
// of the instructions before the first screen (measured with callgrind).
let positionDependentInRelease: [LinkerSetting] = [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]

let package = Package(
    name: "Guichet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "guichet", targets: ["guichet"]),
        .executable(name: "guichet-bench", targets: ["guichet-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt"),
        .target(name: "CBenchPty", path: "Sources/CBenchPty"),
        .target(name: "GuichetCore"),
        .target(
            name: "GuichetStore",
            dependencies: [
                "GuichetCore", "CCrypt", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "GuichetTerminal", dependencies: ["CNcursesw"]),
        .target(name: "GuichetApp", dependencies: ["GuichetCore", "GuichetStore", "GuichetTerminal"]),
        .executableTarget(
            name: "guichet",
            dependencies: [
                "GuichetCore", "GuichetStore", "GuichetTerminal", "GuichetApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: positionDependentInRelease
        ),
        .executableTarget(
            name: "guichet-bench",
            dependencies: ["GuichetCore", "GuichetStore", "CBenchPty"],
            linkerSettings: positionDependentInRelease
        ),
        .testTarget(name: "GuichetCoreTests", dependencies: ["GuichetCore"]),
        .testTarget(name: "GuichetStoreTests", dependencies: ["GuichetStore", "GuichetCore"]),
        .testTarget(name: "GuichetTerminalTests", dependencies: ["GuichetTerminal"]),
        .testTarget(
            name: "GuichetAppTests",
            dependencies: ["GuichetApp", "GuichetStore", "GuichetCore", "GuichetTerminal"],
            // Read from the source folder by path (and rewritten with GUICHET_UPDATE_GOLDEN=1).
            exclude: ["Golden"]
        ),
    ]
)
