// swift-tools-version:6.0
// renja: Renja / DPA planning spreadsheets in and out of a typed, validated model.
import PackageDescription

let package = Package(
    name: "renja",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "renja", targets: ["renja"]),
        .library(name: "RenjaKit", targets: ["RenjaModel", "SheetIO", "Layouts", "Rules", "Render"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // System libraries (Debian: libxlsxwriter-dev, libxml2-dev).
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // The executable's allocator, mimalloc (Debian: libmimalloc-dev): see Sources/renja/main.swift.
        .systemLibrary(name: "CMalloc", providers: [.apt(["libmimalloc-dev"])]),
        // SHA-256 blocks with the processor's SHA instructions, when it has them.
        // DWARF 4: valgrind 3.19, the profiler used here, cannot read the DWARF 5 clang writes.
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),

        // Layer 1: the domain model (no dependencies).
        .target(name: "RenjaModel"),
        // Layer 2: cell grids in and out of files (XLSX, CSV, HTML tables).
        .target(name: "SheetIO", dependencies: [
            "RenjaModel", "CXlsxWriter", "CLibXML2",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Layer 3: the official layouts (loaded from templates/), recognising them, mapping grid <-> model.
        .target(name: "Layouts", dependencies: ["RenjaModel", "SheetIO"]),
        // Layer 4: validation rules and derived values (shared by the validator and the writer).
        .target(name: "Rules", dependencies: ["RenjaModel", "Layouts"]),
        // Layer 5: rendering the model into the official templates.
        .target(name: "Render", dependencies: ["RenjaModel", "SheetIO", "Layouts", "Rules"]),
        // Layer 6: the command line (one small type per subcommand), and its executable.
        .target(name: "RenjaCLI", dependencies: [
            "RenjaModel", "SheetIO", "Layouts", "Rules", "Render", "CSHA256",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "renja", dependencies: ["RenjaCLI", "CMalloc"],
                          linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        // Whole-process measurements beside the peers of ../shared/bench (make bench).
        .executableTarget(name: "renja-bench", path: "Benchmarks/RenjaBench"),
        .testTarget(name: "RenjaTests", dependencies: [
            "RenjaModel", "SheetIO", "Layouts", "Rules", "Render", "RenjaCLI",
        ], exclude: ["Support/openpyxl_cells.py"]),
    ]
)
