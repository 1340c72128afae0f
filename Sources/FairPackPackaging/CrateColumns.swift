import FairPackBase
import FairPackDeposit
import Foundation

/// The columns of a table's data dictionary (`files: columns:`) as schema.org `PropertyValue` entities, which
/// the table's File entity lists under `variableMeasured` (the pattern RO-Crate 1.2 and Google Dataset Search
/// read for the variables of a dataset).
enum CrateColumns {
    /// The XML Schema datatype each declared column type stands for.
    static let datatypes = [
        "integer": "xsd:integer", "number": "xsd:decimal", "decimal": "xsd:decimal", "date": "xsd:date",
        "boolean": "xsd:boolean", "text": "xsd:string", "string": "xsd:string",
    ]

    /// One entity per declared column of `described`, the file at `path`.
    static func columns(of described: FileDescription, path: String) -> [[String: Any]] {
        (described.columns?.value ?? []).compactMap { declared in
            guard let name = declared.value.name?.value else { return nil }
            var entity: [String: Any] = [
                "@id": CrateWriter.identifier(for: path) + "#column-" + (name.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? name),
                "@type": "PropertyValue", "name": name, "propertyID": name,
            ]
            var description = declared.value.description?.value ?? ""
            if let values = declared.value.values?.value, !values.isEmpty {
                description += (description.isEmpty ? "" : " ") + "Allowed values: " + values.map(\.value).joined(separator: ", ") + "."
            }
            if !description.isEmpty { entity["description"] = description }
            if let unit = declared.value.unit?.value { entity["unitText"] = unit }
            if let type = declared.value.type.flatMap({ datatypes[$0.value.lowercased()] }) {
                entity["additionalType"] = type.replacingOccurrences(of: "xsd:", with: "http://www.w3.org/2001/XMLSchema#")
            }
            return entity
        }
    }
}
