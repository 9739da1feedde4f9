import Foundation
import NianbaoParser

/// The report files under a folder, found with `readdir` (a folder of a hundred thousand reports is listed in
/// a fraction of the time `FileManager`'s enumerator takes), following symbolic links but never round a loop.
struct FolderListing {
    /// Paths relative to the folder, sorted, of the files whose extension is one of `extensions`; names that
    /// start with `.` are skipped.
    private(set) var files: [String] = []
    /// Folders inside that could not be read, with the reason.
    private(set) var unreadable: [ReportFileError] = []
    private var visited: Set<[UInt64]> = []

    init(folder: String, extensions: Set<String>) {
        visit(folder, relative: "", extensions: extensions)
        files.sort()
    }

    private mutating func visit(_ path: String, relative: String, extensions: Set<String>) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            unreadable.append(ReportFileError(path: path, reason: "cannot read this folder (\(String(cString: strerror(errno))))"))
            return
        }
        guard visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted else { return }
        guard let directory = opendir(path) else {
            unreadable.append(ReportFileError(path: path, reason: "cannot list this folder (\(String(cString: strerror(errno))))"))
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard !name.hasPrefix(".") else { continue }
            let child = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                visit(child, relative: childRelative, extensions: extensions)
            case Int32(DT_REG):
                if Self.hasExtension(name, in: extensions) { files.append(childRelative) }
            default:
                // A link or a file system that does not say: ask what the name leads to.
                var target = stat()
                guard stat(child, &target) == 0 else {
                    if Self.hasExtension(name, in: extensions) { files.append(childRelative) }  // reading it will say why not
                    continue
                }
                if target.st_mode & S_IFMT == S_IFDIR {
                    visit(child, relative: childRelative, extensions: extensions)
                } else if Self.hasExtension(name, in: extensions) {
                    files.append(childRelative)
                }
            }
        }
    }

    private static func hasExtension(_ name: String, in extensions: Set<String>) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
