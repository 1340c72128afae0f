/// Dataverse's `subject` controlled vocabulary (citation block), which Recherche Data Gouv uses.
///
/// The JSON sent to Dataverse must carry one of these English labels exactly.
public enum DataverseSubject {
    /// The fourteen labels, as Dataverse spells them.
    public static let vocabulary: [String] = [
        "Agricultural Sciences", "Arts and Humanities", "Astronomy and Astrophysics",
        "Business and Management", "Chemistry", "Computer and Information Science",
        "Earth and Environmental Sciences", "Engineering", "Law", "Mathematical Sciences",
        "Medicine, Health and Life Sciences", "Physics", "Social Sciences", "Other",
    ]

    /// True when `text` is a label exactly as Dataverse spells it.
    public static func isValid(_ text: String) -> Bool {
        vocabulary.contains(text)
    }

    /// The label a near miss most likely means (`social sciences`, `Social Science`), if any.
    public static func suggestion(for text: String) -> String? {
        if let exact = vocabulary.first(where: { $0.lowercased() == text.lowercased() }) { return exact }
        return NearestWord.find(text, in: vocabulary, maxDistance: 3)
    }
}
