/// A cell as a `Buffer` keeps it: eight bytes and no reference, so a frame is
/// written, compared and dropped without reference counting. A grapheme of one
/// scalar (nearly every cell) is that scalar's value; a longer one (a letter with
/// a combining mark left apart by NFC, an emoji sequence) is kept in the
/// buffer's `clusters` and the cell holds its index with `clusterFlag` set.
package struct StoredCell: Equatable {
    package var code: UInt32
    package var width: UInt8
    package var role: StyleRole

    package static let clusterFlag: UInt32 = 0x8000_0000

    @inline(__always)
    static func blank(_ role: StyleRole = .normal) -> StoredCell {
        StoredCell(code: 0x20, width: 1, role: role)
    }

    @inline(__always)
    static func continuation(_ role: StyleRole) -> StoredCell {
        StoredCell(code: 0, width: 0, role: role)
    }

    package var isContinuation: Bool { width == 0 }
    package var isCluster: Bool { code & Self.clusterFlag != 0 }
}
