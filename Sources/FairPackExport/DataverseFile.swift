import FairPackBase
import FairPackDeposit
import Foundation

/// What Dataverse should record for one file of the deposit: the `jsonData` its add-file API
/// takes (`label`, `directoryLabel`, `description`, `categories`).
///
/// The list sits at the top of the exported document, beside `datasetVersion` and not inside it:
/// Dataverse's "create dataset" call reads `datasetVersion.files` as already-stored files (it wants
/// a `dataFile` with a storage identifier) and ignores unknown top-level keys, so the list
/// travels with the metadata without disturbing the call, ready for the uploads that follow.
struct DataverseFile: Encodable, Sendable, Equatable {
    /// Dataverse's default file tags (File Tags in the User Guide).
    enum Category: String, Sendable {
        case data = "Data"
        case documentation = "Documentation"
        case code = "Code"
    }

    /// The file name.
    let label: String
    /// The folder path inside the deposit; nil (left out) for a file at the root.
    let directoryLabel: String?
    /// The file's `description:` from deposit.yaml, if any.
    let description: String?
    /// One tag, by the rule of ``category(of:in:)``.
    let categories: [String]

    /// One entry per regular file of the deposit, in path order, leaving out `deposit.yaml`
    /// (it is the metadata being sent, not a file of the dataset).
    static func entries(for deposit: Deposit) -> [DataverseFile] {
        let metadata = deposit.metadata
        return deposit.inventory.files
            .filter { $0.path != DepositMetadata.fileName }
            .map { entry in
                let folder = (entry.path as NSString).deletingLastPathComponent
                return DataverseFile(label: entry.name, directoryLabel: folder.isEmpty ? nil : folder,
                                     description: description(of: entry.path, in: metadata),
                                     categories: [category(of: entry.path, in: metadata).rawValue])
            }
    }

    /// The tag of a file, by the first rule that applies:
    ///
    /// 1. **Documentation**: a `deliverables:` document (the reports and the DMP meant for HAL),
    ///    the `dmp:` file, anything under a top-level `doc/`, `docs/`, `documentation/` or `dmp/`
    ///    folder, a README, LICENSE/LICENCE, COPYING, NOTICE, AUTHORS, CITATION, CHANGELOG or
    ///    CODEBOOK (any case, any extension), and documents by extension (PDF, Markdown,
    ///    OpenDocument and Word text, RTF, HTML, LaTeX, EPUB);
    /// 2. **Code**: scripts and source files by extension (Python, R, Jupyter, Julia, MATLAB,
    ///    shell, Stata, SPSS and SAS syntax, C, Java, JavaScript, Swift, Go, Rust, …);
    /// 3. **Data**: everything else, which in a data deposit is what the files are for.
    ///
    /// Plain `.txt` files stay Data unless their name says otherwise: in a deposit they are more
    /// often transcripts or exports than notes.
    static func category(of path: String, in metadata: DepositMetadata?) -> Category {
        let name = (path as NSString).lastPathComponent.lowercased()
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        let suffix = (name as NSString).pathExtension
        let topFolder = path.contains("/") ? path.split(separator: "/").first.map { $0.lowercased() } : nil
        let documents = Set((metadata?.deliverables ?? []).compactMap { $0.value.path.map { normalised($0.value) } })
            .union([metadata?.dmp.map { normalised($0.value) }].compactMap { $0 })
        if documents.contains(path) || topFolder.map(documentationFolders.contains) == true
            || documentationNames.contains(stem) || documentExtensions.contains(suffix) {
            return .documentation
        }
        if codeExtensions.contains(suffix) { return .code }
        return .data
    }

    /// The `files:` entry's description for `path`; else the `deliverables:` entry's.
    static func description(of path: String, in metadata: DepositMetadata?) -> String? {
        guard let metadata else { return nil }
        if let text = DataverseField.cleaned(metadata.fileDescription(for: path)?.description?.value) { return text }
        return DataverseField.cleaned(metadata.deliverable(for: path)?.description?.value)
    }

    /// A path as written in deposit.yaml, in the inventory's form.
    private static func normalised(_ path: String) -> String {
        DepositPath.normalised(path)
    }

    private static let documentationFolders: Set<String> = ["doc", "docs", "documentation", "dmp"]
    private static let documentationNames: Set<String> = [
        "readme", "license", "licence", "copying", "notice", "authors", "citation", "changelog", "codebook",
    ]
    private static let documentExtensions: Set<String> = [
        "pdf", "md", "markdown", "rst", "odt", "doc", "docx", "rtf", "html", "htm", "tex", "epub",
    ]
    private static let codeExtensions: Set<String> = [
        "py", "r", "rmd", "qmd", "ipynb", "jl", "m", "sh", "bash", "ps1", "do", "ado", "sps", "sas",
        "c", "h", "cpp", "hpp", "java", "js", "ts", "swift", "go", "rs", "rb", "pl", "php", "scala", "f90",
    ]
}
