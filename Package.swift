// swift-tools-version:6.0
import PackageDescription

// Release builds link the Swift runtime and Foundation into the executables
// (`-static-stdlib`, what `swift build --static-swift-stdlib` does, which
// `swift run` does not accept): the first screen comes twice as fast on an old
// PC, and `.build/release/guichet` can be copied alone to another Debian
// machine. The modules we compile get the flag too, so that they autolink
// Foundation's static dependencies (CoreFoundation, ICU…).
let staticRuntimeInRelease: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
// Release executables are also linked as plain (non-PIE) executables: the loader
// then has no relocations to apply to the Swift metadata at start, about 7 %
// of the instructions before the first screen (measured with callgrind).
let releaseExecutableLinking: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(configuration: .release)),
]

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
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt"),
        .target(name: "CBenchPty", path: "Sources/CBenchPty"),
        .target(name: "GuichetCore", swiftSettings: staticRuntimeInRelease),
        .target(
            name: "GuichetStore",
            dependencies: [
                "GuichetCore", "CCrypt", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: staticRuntimeInRelease
        ),
        .target(name: "GuichetTerminal", swiftSettings: staticRuntimeInRelease),
        .target(name: "GuichetCurses", dependencies: ["GuichetTerminal", "CNcursesw"], swiftSettings: staticRuntimeInRelease),
        .target(name: "GuichetApp", dependencies: ["GuichetCore", "GuichetStore", "GuichetTerminal"], swiftSettings: staticRuntimeInRelease),
        .executableTarget(
            name: "guichet",
            dependencies: [
                "GuichetCore", "GuichetStore", "GuichetTerminal", "GuichetCurses", "GuichetApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: staticRuntimeInRelease,
            linkerSettings: releaseExecutableLinking
        ),
        .executableTarget(
            name: "guichet-bench",
            dependencies: ["GuichetCore", "GuichetStore", "GuichetApp", "CBenchPty"],
            swiftSettings: staticRuntimeInRelease,
            linkerSettings: releaseExecutableLinking
        ),
        .testTarget(name: "GuichetCoreTests", dependencies: ["GuichetCore"]),
        .testTarget(
            name: "GuichetStoreTests",
            dependencies: ["GuichetStore", "GuichetCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "GuichetTerminalTests", dependencies: ["GuichetTerminal"]),
        .testTarget(name: "GuichetCursesTests", dependencies: ["GuichetCurses", "CNcursesw"]),
        .testTarget(
            name: "GuichetAppTests",
            dependencies: ["GuichetApp", "GuichetStore", "GuichetCore", "GuichetTerminal"],
            // Read from the source folder by path (and rewritten with GUICHET_UPDATE_GOLDEN=1).
            exclude: ["Golden"]
        ),
    ]
)
