import Foundation

/// What tells whether a file changed since it was read, without reading it: its size, modification time and
/// inode (a file replaced by renaming another onto it gets a new inode even when size and time agree).
struct FileStamp: Sendable, Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64

    /// The stamp of the file at `path`, or nil when it cannot be read.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        inode = UInt64(status.st_ino)
    }

    init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
