import FairPackBase
import FairPackDeposit
import Foundation

/// One field of a Dataverse metadata block, in the shape the native API reads and writes:
/// `{"typeName", "typeClass", "multiple", "value"}`.
///
/// `multiple` follows from the value: a list (of texts or of compound entries) is multiple, a
/// single text is not. So a field cannot claim `multiple: true` and carry a single value, which
/// Dataverse refuses ("incorrect multiple for field …"). The builders return nil when there is
/// nothing to write, so that absent values are left out rather than sent empty.
struct DataverseField: Encodable, Sendable, Equatable {
    /// How Dataverse stores the value; it checks this against the field's definition.
    enum TypeClass: String, Encodable, Sendable {
        case primitive, compound, controlledVocabulary
    }

    /// The value: one text, several, or compound entries whose child fields are keyed by typeName.
    enum Value: Sendable, Equatable {
        case text(String)
        case texts([String])
        case entries([[String: DataverseField]])
    }

    let typeName: String
    let typeClass: TypeClass
    let value: Value

    /// True for list values, as Dataverse's `multiple`.
    var multiple: Bool {
        switch value {
        case .text: return false
        case .texts, .entries: return true
        }
    }

    private enum CodingKeys: String, CodingKey {
        case typeName, typeClass, multiple, value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(typeName, forKey: .typeName)
        try container.encode(typeClass, forKey: .typeClass)
        try container.encode(multiple, forKey: .multiple)
        switch value {
        case .text(let text): try container.encode(text, forKey: .value)
        case .texts(let texts): try container.encode(texts, forKey: .value)
        case .entries(let entries): try container.encode(entries, forKey: .value)
        }
    }
}

extension DataverseField {
    /// A single free-text field; nil when the text is absent or blank.
    static func primitive(_ typeName: String, _ text: String?) -> DataverseField? {
        guard let text = cleaned(text) else { return nil }
        return DataverseField(typeName: typeName, typeClass: .primitive, value: .text(text))
    }

    /// A multiple free-text field; nil when no text is left once blanks and repeats are dropped.
    static func primitives(_ typeName: String, _ texts: [String]) -> DataverseField? {
        let texts = distinct(texts)
        guard !texts.isEmpty else { return nil }
        return DataverseField(typeName: typeName, typeClass: .primitive, value: .texts(texts))
    }

    /// A single controlled-vocabulary value (a compound's child); nil when absent or blank.
    static func term(_ typeName: String, _ text: String?) -> DataverseField? {
        guard let text = cleaned(text) else { return nil }
        return DataverseField(typeName: typeName, typeClass: .controlledVocabulary, value: .text(text))
    }

    /// A multiple controlled-vocabulary field; nil when no value is left once blanks and repeats
    /// are dropped.
    static func terms(_ typeName: String, _ texts: [String]) -> DataverseField? {
        let texts = distinct(texts)
        guard !texts.isEmpty else { return nil }
        return DataverseField(typeName: typeName, typeClass: .controlledVocabulary, value: .texts(texts))
    }

    /// A multiple compound field, one entry per list of children. Absent children are dropped,
    /// then entries left with no child; nil when no entry is left.
    static func compound(_ typeName: String, _ entries: [[DataverseField?]]) -> DataverseField? {
        let kept: [[String: DataverseField]] = entries.compactMap { children in
            let present = children.compactMap { $0 }
            guard !present.isEmpty else { return nil }
            return Dictionary(present.map { ($0.typeName, $0) }, uniquingKeysWith: { first, _ in first })
        }
        guard !kept.isEmpty else { return nil }
        return DataverseField(typeName: typeName, typeClass: .compound, value: .entries(kept))
    }

    /// The text without surrounding whitespace; nil when nothing is left.
    static func cleaned(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// The non-blank texts, trimmed, each once, in their first order.
    static func distinct(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.compactMap(cleaned).filter { seen.insert($0).inserted }
    }
}
