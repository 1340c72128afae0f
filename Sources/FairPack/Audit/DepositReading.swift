extension Deposit {
    /// The inspectors an audit needs: PDF metadata for deliverables and the maDMP named by `dmp:`.
    public var auditInspectors: [any InspectorFactory] {
        [PDFInspectorFactory(), MaDMPInspectorFactory(path: metadata?.dmp?.value)]
    }

    /// This deposit with the facts of one read of each file, on all cores.
    public func inspected(by factories: [any InspectorFactory]? = nil) -> Deposit {
        var deposit = self
        deposit.facts = FileReader(factories: factories ?? auditInspectors).inspect(self)
        return deposit
    }
}
