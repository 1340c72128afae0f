import FairPackBase
import FairPackDeposit
/// One reusable read buffer of ``FileReader/chunkSize`` bytes.
///
/// Allocating a megabyte per file costs a map and unmap of fresh pages each time, which
/// dominates on trees of many small files; a reader keeps one buffer per thread instead.
package final class ChunkBuffer {
    package let bytes: UnsafeMutableRawBufferPointer

    package init(size: Int = FileReader.chunkSize) {
        bytes = .allocate(byteCount: size, alignment: 16)
    }

    deinit {
        bytes.deallocate()
    }
}
