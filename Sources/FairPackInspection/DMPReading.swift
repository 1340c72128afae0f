import FairPackBase
import FairPackDeposit
/// What was read from the deposit's RDA maDMP file (RDA DMP Common Standard, JSON).
public enum DMPReading: Sendable {
    /// The file parsed as a maDMP.
    case parsed(MaDMP)
    /// The file is not JSON, or not a maDMP; the message says why and where.
    case invalid(String)
}

/// The parts of an RDA maDMP that a deposit can be cross-checked against.
public struct MaDMP: Sendable, Equatable {
    /// A `dmp.dataset[]` entry.
    public struct Dataset: Sendable, Equatable {
        /// Its position in `dmp.dataset` (0-based).
        public var index: Int
        /// `title`.
        public var title: String
        /// `dataset_id.identifier`.
        public var identifier: String?
        /// `personal_data`: `yes`, `no` or `unknown`.
        public var personalData: String?
        /// `sensitive_data`: `yes`, `no` or `unknown`.
        public var sensitiveData: String?
        /// Every `distribution[].license[].license_ref`.
        public var licences: [String]
        /// Every `distribution[].title`.
        public var distributionTitles: [String]

        /// Creates a dataset.
        public init(index: Int, title: String, identifier: String? = nil, personalData: String? = nil,
                    sensitiveData: String? = nil, licences: [String] = [], distributionTitles: [String] = []) {
            self.index = index
            self.title = title
            self.identifier = identifier
            self.personalData = personalData
            self.sensitiveData = sensitiveData
            self.licences = licences
            self.distributionTitles = distributionTitles
        }
    }

    /// A `dmp.contributor[]` or the `dmp.contact`.
    public struct Person: Sendable, Equatable {
        /// `name`.
        public var name: String
        /// `contributor_id`/`contact_id` `identifier`, when its `type` is `orcid`.
        public var orcid: String?

        /// Creates a person.
        public init(name: String, orcid: String? = nil) {
            self.name = name
            self.orcid = orcid
        }
    }

    /// `dmp.title`.
    public var title: String?
    /// `dmp.contact`.
    public var contact: Person?
    /// `dmp.contributor[]`.
    public var contributors: [Person]
    /// `dmp.dataset[]`.
    public var datasets: [Dataset]

    /// Creates a maDMP summary.
    public init(title: String? = nil, contact: Person? = nil, contributors: [Person] = [], datasets: [Dataset] = []) {
        self.title = title
        self.contact = contact
        self.contributors = contributors
        self.datasets = datasets
    }
}
