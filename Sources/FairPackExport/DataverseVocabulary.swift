import FairPackBase
import FairPackDeposit
/// The spellings Dataverse's citation block expects for the controlled vocabularies fairpack
/// fills from `deposit.yaml`.
///
/// Dataverse looks controlled values up exactly (`findControlledVocabularyValueByDatasetFieldTypeAndStrValue`
/// in its JSON parser), so a near miss makes the whole "create dataset" call fail.
enum DataverseVocabulary {
    /// The `language` value for an ISO 639-1 code: the English name Dataverse lists.
    ///
    /// Mostly ``LanguageCode/name`` (`fr` gives `French`), which is the ISO 639-3 name. Dataverse's
    /// list (`citation.tsv`, from Wikipedia's ISO 639 table) spells 42 of the 184 two-letter
    /// languages differently, e.g. `Spanish, Castilian` for `es`; those come from ``languageNames``.
    static func language(for code: LanguageCode) -> String {
        languageNames[code.code] ?? code.name
    }

    /// The six values of `publicationRelationType` (Dataverse 6.4 and later), in Dataverse's case.
    static let publicationRelations = ["IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy", "IsReferencedBy",
                                       "References"]

    /// The relation in Dataverse's spelling when `text` names one of ``publicationRelations`` in
    /// any case; nil otherwise (`IsDocumentedBy` has no counterpart there).
    static func publicationRelation(_ text: String?) -> String? {
        guard let text = DataverseField.cleaned(text)?.lowercased() else { return nil }
        return publicationRelations.first { $0.lowercased() == text }
    }

    /// Dataverse's label where it differs from the ISO 639-3 name, by ISO 639-1 code; copied
    /// from the `language` rows of `scripts/api/data/metadatablocks/citation.tsv`
    /// (IQSS/dataverse@b485249), matched through their `alternate` codes.
    static let languageNames: [String: String] = [
        "ab": "Abkhaz", "bn": "Bengali, Bangla", "bo": "Tibetan, Tibetan Standard, Central",
        "ca": "Catalan, Valencian", "cu": "Old Church Slavonic", "dv": "Maldivian, Dhivehi, Divehi",
        "el": "Greek (modern)", "es": "Spanish, Castilian", "fa": "Persian (Farsi)", "ff": "Fula, Fulah",
        "gd": "Gaelic, Scottish Gaelic", "gn": "Guaraní", "he": "Hebrew (modern)",
        "ht": "Haitian Creole, Haitian", "ia": "Interlingua", "ii": "Nuosu", "ki": "Kikuyu, Gikuyu",
        "kj": "Kuanyama, Kwanyama", "kl": "Greenlandic, Kalaallisut", "lb": "Luxembourgish, Letzeburgesch",
        "li": "Limburgan, Limburger, Limburgish", "mi": "Māori", "mr": "Marathi (Marāṭhī)", "ms": "Malay",
        "nd": "Northern Ndebele", "ne": "Nepali", "nr": "Southern Ndebele", "nv": "Navajo, Navaho",
        "ny": "Chichewa, Chewa, Nyanja", "oc": "Occitan", "oj": "Ojibwe, Ojibwa", "or": "Oriya",
        "os": "Ossetian, Ossetic", "pa": "Panjabi, Punjabi", "pi": "Pāli", "ps": "Pashto, Pushto",
        "rn": "Kirundi", "sa": "Sanskrit (Saṁskṛta)", "si": "Sinhala, Sinhalese", "sw": "Swahili",
        "ug": "Uighur, Uyghur", "za": "Zhuang, Chuang",
    ]
}
