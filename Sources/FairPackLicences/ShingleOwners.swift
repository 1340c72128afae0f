/// For each shingle of the catalogue, the references holding it and those holding it in their
/// licence proper: one bit per reference (there are at most 64).
///
/// An open-addressing table over the shingles, which are hashes already: Fibonacci hashing picks
/// the slot, linear probing resolves collisions. Building a `Dictionary` of the catalogue's
/// 90,000 shingles cost a tenth of a `pack` of a small folder; this table costs a few percent.
struct ShingleOwners: Sendable {
    /// The references holding a shingle, and those holding it in their core.
    struct Masks: Sendable, Equatable {
        var all: UInt64 = 0
        var core: UInt64 = 0
    }

    private let keys: [UInt64]
    private let masks: [Masks]
    /// The masks of the shingle 0, which marks empty slots in `keys`.
    private let zero: Masks
    private let shift: UInt64
    /// Distinct shingles in each reference's core, by reference index.
    let coreCounts: [Int]

    /// The owners of the shingles of `sequences`, whose cores are `cores` (same order).
    init(sequences: [[UInt64]], cores: [Range<Int>]) {
        precondition(sequences.count <= 64 && sequences.count == cores.count)
        let total = sequences.reduce(0) { $0 + $1.count }
        var bits = 4
        while (1 << bits) < total * 2 { bits += 1 }
        let shift = UInt64(64 - bits)
        let slotMask = (1 << bits) - 1
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var masks = [Masks](repeating: Masks(), count: 1 << bits)
        var zero = Masks()
        var coreCounts = [Int](repeating: 0, count: sequences.count)
        keys.withUnsafeMutableBufferPointer { keys in
            masks.withUnsafeMutableBufferPointer { masks in
                for (index, sequence) in sequences.enumerated() {
                    let bit: UInt64 = 1 << UInt64(index)
                    let core = cores[index]
                    for (position, shingle) in sequence.enumerated() {
                        if shingle == 0 {
                            zero.all |= bit
                            if core.contains(position) && zero.core & bit == 0 {
                                zero.core |= bit
                                coreCounts[index] += 1
                            }
                            continue
                        }
                        var slot = Int(truncatingIfNeeded: (shingle &* Self.multiplier) >> shift)
                        while keys[slot] != 0 && keys[slot] != shingle { slot = (slot + 1) & slotMask }
                        keys[slot] = shingle
                        let owned = masks.baseAddress! + slot
                        owned.pointee.all |= bit
                        if core.contains(position) && owned.pointee.core & bit == 0 {
                            owned.pointee.core |= bit
                            coreCounts[index] += 1
                        }
                    }
                }
            }
        }
        self.keys = keys
        self.masks = masks
        self.zero = zero
        self.shift = shift
        self.coreCounts = coreCounts
    }

    /// Fibonacci hashing's multiplier, 2^64 divided by the golden ratio.
    private static var multiplier: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// The references holding `shingle` (none when no reference holds it).
    func masks(of shingle: UInt64) -> Masks {
        if shingle == 0 { return zero }
        var slot = self.slot(shingle)
        while true {
            let key = keys[slot]
            if key == shingle { return masks[slot] }
            if key == 0 { return Masks() }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    private func slot(_ shingle: UInt64) -> Int {
        Int(truncatingIfNeeded: (shingle &* Self.multiplier) >> shift)
    }
}
