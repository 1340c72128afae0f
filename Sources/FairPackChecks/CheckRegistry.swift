import FairPackBase
import FairPackDeposit
import FairPackInspection
/// Every built-in check, by id. A new check is added here and nowhere else.
public enum CheckRegistry {
    /// All checks, in the order `fairpack explain` and reports list them.
    public static let all: [any Check.Type] = [
        MetadataFileCheck.self,
        UnknownKeyCheck.self,
        TitleCheck.self,
        DescriptionCheck.self,
        AuthorsCheck.self,
        ContactCheck.self,
        LicenceCheck.self,
        KeywordsCheck.self,
        LanguageCheck.self,
        DatesCheck.self,
        SubjectCheck.self,
        ExistingCrateCheck.self,
        PathsCheck.self,
        SymlinkCheck.self,
        UnreadableCheck.self,
        NamePortabilityCheck.self,
        NameCollisionCheck.self,
        FileSizeCheck.self,
        EmptyFileCheck.self,
        ChangedFileCheck.self,
        ORCIDFormatCheck.self,
        ORCIDChecksumCheck.self,
        ORCIDRangeCheck.self,
        ORCIDRequiredCheck.self,
        ORCIDDuplicateCheck.self,
        RORChecksumCheck.self,
        AffiliationCheck.self,
        RelatedIdentifierCheck.self,
        HALDocumentTypeCheck.self,
        HALDomainCheck.self,
        HALMetadataCheck.self,
        HALFileCheck.self,
        PDFMetadataCheck.self,
        DMPConsistencyCheck.self,
        FormatMismatchCheck.self,
        FormatPreferenceCheck.self,
        NestedArchiveCheck.self,
        ExecutableCheck.self,
        JunkFileCheck.self,
        HiddenFileCheck.self,
        ReadmeCheck.self,
        PDFEncryptedCheck.self,
        PDFAClaimCheck.self,
        PDFDamageCheck.self,
        PDFJavaScriptCheck.self,
        PDFEmbeddedFilesCheck.self,
        DuplicateFileCheck.self,
        LicenceFileCheck.self,
        LicenceDetectedCheck.self,
        LicenceMismatchCheck.self,
        LicenceAcceptedCheck.self,
        LicencePerFileCheck.self,
        LicenceAttributionCheck.self,
        LicenceNoticeCheck.self,
        TextEncodingCheck.self,
        TableDelimiterCheck.self,
        TableHeaderCheck.self,
        RaggedRowsCheck.self,
        BlankRowsCheck.self,
        QuotingCheck.self,
        MixedTypesCheck.self,
        SpreadsheetCheck.self,
        IngestCheck.self,
        TableSchemaCheck.self,
        PersonalEmailCheck.self,
        PersonalPhoneCheck.self,
        PersonalNIRCheck.self,
        PersonalIBANCheck.self,
        PersonalNamesCheck.self,
    ]

    /// The check with id `id`, if there is one.
    public static func check(id: String) -> (any Check.Type)? {
        let id = aliases[id] ?? id
        return all.first { $0.description.id == id }
    }

    /// Former ids still understood, mapped to the current ones.
    public static let aliases = ["files.name-encoding": "files.name.portable"]

    /// Every check id.
    public static var ids: [String] { all.map { $0.description.id } }
}
