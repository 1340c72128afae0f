import FairPackAudit
import FairPackBase
import FairPackCrates
import FairPackDeposit
import FairPackFormats
import FairPackInspection
import FairPackPackaging
import Foundation

/// What one fuzzing run feeds its inputs to: `FAIRPACK_FUZZ_TARGET` names it (`make fuzz` runs each
/// in turn). Every target hands the input to a reader of untrusted bytes, the way fairpack does.
enum FuzzTarget: String, CaseIterable {
    /// deposit.yaml: the YAML reader and the metadata model over it.
    case yaml
    /// A profile file.
    case profile
    /// A CSV file: the table inspector, personal-data scanner and encoding check, chunk by chunk.
    case csv
    /// A PDF: the PDF inspector (object streams and their inflater included).
    case pdf
    /// A licence file or README: the licence detector.
    case licence
    /// Any file: format identification.
    case format
    /// A maDMP JSON file.
    case dmp
    /// An archive given to `verify` (zip, tar, tar.gz, as libarchive tells them apart).
    case archive
    /// An RO-Crate metadata document.
    case crate

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FAIRPACK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set FAIRPACK_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    /// Feeds `bytes` to the target's reader.
    func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .yaml:
            if let node = try? YAMLNode.parse(String(decoding: bytes, as: UTF8.self)) {
                _ = DepositMetadata(document: node).shapeProblems
            }
        case .profile:
            _ = try? ProfileDocument.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
        case .csv:
            inspect(bytes, as: "data/table.csv", with: [TableInspectorFactory(metadata: nil), PersonalDataInspectorFactory(),
                                                        EncodingInspectorFactory(tablesReadElsewhere: false)])
        case .pdf:
            inspect(bytes, as: "deliverables/report.pdf", with: [PDFInspectorFactory(), FormatInspectorFactory()])
        case .licence:
            inspect(bytes, as: "LICENSE", with: [LicenceInspectorFactory(), PersonalDataInspectorFactory()])
        case .format:
            inspect(bytes, as: "data/file.dat", with: [FormatInspectorFactory(), TableInspectorFactory(metadata: nil)])
        case .dmp:
            _ = MaDMPParser.parse(Data(bytes))
        case .archive:
            Self.verifyArchive(bytes)
        case .crate:
            _ = CrateValidator.validate(CrateDocument(data: Data(bytes)), payload: nil, level: .recommended)
        }
    }

    /// Runs the inspectors through the one read's own `FileInspection`, in chunks of 4 KiB.
    private func inspect(_ bytes: UnsafeRawBufferPointer, as path: String, with factories: [any InspectorFactory]) {
        var inspection = FileInspection(FileEntry(path: path, size: UInt64(bytes.count)), factories: factories)
        var offset = 0
        while offset < bytes.count, inspection.wantsMore {
            let chunk = UnsafeRawBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 4096)])
            inspection.consume(chunk)
            offset += chunk.count
        }
        _ = inspection.finish()
    }

    /// Writes the input to a temporary file and verifies it as a bag.
    private static func verifyArchive(_ bytes: UnsafeRawBufferPointer) {
        let path = NSTemporaryDirectory() + "fairpack-fuzz-\(getpid()).bag"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { unlink(path) }
        _ = try? BundleVerifier.verify(path)
    }
}

/// libFuzzer's entry point: one input, then back for the next.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTarget.current.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
