import FairPackDeposit
import FairPackInspection
import FairPackLicences

/// Reads licence files (LICENSE, LICENCE, COPYING at any depth) and the root README and
/// NOTICE with the licence engine's streaming scanner, during the one read.
public struct LicenceInspectorFactory: InspectorFactory {
    /// Creates the factory.
    public init() {}

    public var provides: FactKind { .licences }

    public func makeInspector(for entry: FileEntry) -> (any Inspector)? {
        LicenceFacts.isLicenceFile(entry.path) || LicenceFacts.isRootReadme(entry.path) ? LicenceInspector() : nil
    }
}

/// Feeds one file's chunks to a ``LicenceTextScanner`` and turns its findings into facts.
struct LicenceInspector: Inspector {
    var scanner = LicenceTextScanner()

    mutating func consume(_ chunk: UnsafeRawBufferPointer) -> Bool {
        scanner.consume(chunk)
    }

    mutating func finish(into facts: inout FileFacts) {
        facts.licences = Self.facts(from: scanner.finish())
    }

    /// The engine's findings as plain facts.
    static func facts(from findings: LicenceFindings) -> LicenceFacts {
        LicenceFacts(statements: findings.detections.map { detection in
            LicenceStatement(spdx: detection.licenceId, kind: kind(detection.kind),
                             confidence: detection.confidence, line: detection.line)
        })
    }

    private static func kind(_ kind: LicenceDetection.Kind) -> LicenceStatement.Kind {
        switch kind {
        case .fullText: return .fullText
        case .partialText: return .partialText
        case .alteredText: return .alteredText
        case .notice: return .notice
        case .identifier: return .identifier
        case .url: return .url
        }
    }
}
