import Foundation

/// One file to read, with the argument it was reached from.
public struct InputFile: Hashable, Sendable {
  /// The file's path as reached from the argument (argument + relative path).
  public var path: String
  /// The path relative to the folder argument; the file name when the file was the argument.
  public var relativePath: String
  /// The PATH argument this file was found under.
  public var root: String
  /// How the file is read.
  public var format: InputFormat

  /// Describes a file to read.
  public init(path: String, relativePath: String, root: String, format: InputFormat) {
    self.path = path
    self.relativePath = relativePath
    self.root = root
    self.format = format
  }
}

/// Expands PATH arguments (files or folders) into the list of files to read, reading nothing
/// but regular files and never leaving the paths it was given.
///
/// - Folders are walked in name order; hidden files and folders (`.git` among them) are
///   skipped.
/// - Only regular files are read. Devices, named pipes and sockets are refused with a reason,
///   whether met in a folder or named directly (a FIFO would block the read forever, a
///   link to `/dev/zero` would never end).
/// - A symbolic link inside a folder is followed only when its target lies inside one of the
///   given paths; a link that leads elsewhere (`/`, `..`, `/dev/urandom`), a broken link and a
///   link loop are each reported and skipped. Every file and folder is visited once (by device
///   and inode), so a link back to a folder already walked ends there.
/// - A file whose name is not valid UTF-8 is reported under its name with the bad bytes
///   escaped (`caf\xE9.txt`), and skipped.
/// - Files whose extension says they hold no text (images, archives) are skipped when met in
///   a folder, and named (the first ``reportedSkips`` per argument, then a count); named
///   directly, they are reported.
///
/// Linear in the entries under the arguments.
public struct InputCollector: Sendable {
  /// How many files skipped for their type are named per argument before a count stands for
  /// the rest.
  public static let reportedSkips = 20

  /// Creates a collector.
  public init() {}

  /// The files under `arguments`, and the arguments and entries that could not be used.
  public func collect(_ arguments: [String]) -> (files: [InputFile], problems: [IngestProblem]) {
    var walk = Walk(roots: arguments.compactMap(Self.realPath))
    for argument in arguments {
      walk.collect(argument: argument)
    }
    return (walk.files, walk.problems)
  }

  /// The absolute path with every link resolved, or `nil` when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file or directory"
    case EACCES: "permission denied"
    case ELOOP: "too many levels of symbolic links"
    case ENOTDIR: "a part of the path is not a folder"
    default: String(cString: strerror(code)).lowercased()
    }
  }

  /// Why a file of this type (`st_mode & S_IFMT`) is not read, or `nil` for a regular file or
  /// a folder.
  static func refusal(mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG, S_IFDIR: nil
    case S_IFIFO: "a named pipe (FIFO), not a file; skipped"
    case S_IFCHR, S_IFBLK: "a device, not a file; skipped"
    case S_IFSOCK: "a socket, not a file; skipped"
    default: "not a regular file; skipped"
    }
  }
}

/// One collection's state: what was found, what was reported, what was visited.
private struct Walk {
  /// The real paths of the arguments: the places links may lead to.
  let roots: [String]
  var files: [InputFile] = []
  var problems: [IngestProblem] = []
  var seen = Set<FileIdentity>()
  /// Files skipped for their type under the current argument, beyond those named.
  var unnamedSkips = 0
  var namedSkips = 0

  init(roots: [String]) {
    self.roots = roots
  }

  mutating func collect(argument: String) {
    var info = stat()
    guard stat(argument, &info) == 0 else {
      report(argument, InputCollector.describe(errno))
      return
    }
    if let refusal = InputCollector.refusal(mode: info.st_mode) {
      report(argument, refusal)
      return
    }
    namedSkips = 0
    unnamedSkips = 0
    if (info.st_mode & S_IFMT) == S_IFDIR {
      walk(folder: argument, relative: "", root: argument, info: info)
      if unnamedSkips > 0 {
        report(
          argument,
          "and \(unnamedSkips) more files that are not text, JSON or JSON Lines; skipped")
      }
      return
    }
    guard seen.insert(FileIdentity(info)).inserted else { return }
    let name = (argument as NSString).lastPathComponent
    guard let format = InputFormat(fileName: name) else {
      report(argument, "not a text, JSON or JSON Lines file; skipped")
      return
    }
    files.append(InputFile(path: argument, relativePath: name, root: argument, format: format))
  }

  private mutating func walk(folder: String, relative: String, root: String, info: stat) {
    guard seen.insert(FileIdentity(info)).inserted else { return }
    guard let entries = DirectoryEntries(folder) else {
      report(folder, "cannot list folder (\(InputCollector.describe(errno))); skipped")
      return
    }
    for entry in entries.names {
      guard let name = entry.name else {
        report(join(folder, entry.escaped), "file name is not valid UTF-8; skipped")
        continue
      }
      guard !name.hasPrefix(".") else { continue }
      let path = join(folder, name)
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      var own = stat()
      // NB: a file that vanished since the listing has nothing to read.
      guard lstat(path, &own) == 0 else { continue }
      var target = own
      if (own.st_mode & S_IFMT) == S_IFLNK {
        guard let resolved = followable(link: path) else { continue }
        target = resolved
      }
      if let refusal = InputCollector.refusal(mode: target.st_mode) {
        report(path, refusal)
        continue
      }
      if (target.st_mode & S_IFMT) == S_IFDIR {
        walk(folder: path, relative: relativePath, root: root, info: target)
        continue
      }
      guard let format = InputFormat(fileName: name) else {
        skippedForType(path)
        continue
      }
      guard seen.insert(FileIdentity(target)).inserted else { continue }
      files.append(InputFile(path: path, relativePath: relativePath, root: root, format: format))
    }
  }

  /// The target of a symbolic link met in a folder, when it may be followed; otherwise the
  /// reason is reported and the result is `nil`.
  private mutating func followable(link path: String) -> stat? {
    guard let resolved = InputCollector.realPath(path) else {
      report(
        path,
        errno == ELOOP
          ? "symbolic link loop; skipped" : "broken symbolic link (its target is missing); skipped")
      return nil
    }
    guard roots.contains(where: { Self.isInside(resolved, $0) }) else {
      report(
        path,
        "symbolic link to \(resolved), outside the paths given; not followed")
      return nil
    }
    var target = stat()
    guard stat(path, &target) == 0 else {
      report(path, InputCollector.describe(errno))
      return nil
    }
    return target
  }

  /// Whether `path` is `root` or lies under it (both real paths).
  static func isInside(_ path: String, _ root: String) -> Bool {
    path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  private mutating func skippedForType(_ path: String) {
    guard namedSkips < InputCollector.reportedSkips else {
      unnamedSkips += 1
      return
    }
    namedSkips += 1
    report(path, "not a text, JSON or JSON Lines file; skipped")
  }

  private mutating func report(_ location: String, _ message: String) {
    problems.append(IngestProblem(location: location, message: message))
  }

  private func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

/// A folder's entries as the file system names them: raw bytes, so a name that is not UTF-8
/// can still be reported rather than silently repaired or dropped.
private struct DirectoryEntries {
  struct Entry {
    /// The name, or `nil` when its bytes are not valid UTF-8.
    var name: String?
    /// The name with bytes that are not UTF-8 written `\xNN`.
    var escaped: String
  }

  /// The entries (without `.` and `..`), in byte order of their names.
  var names: [Entry] = []

  /// Lists `folder`, or `nil` with `errno` set when it cannot be opened.
  init?(_ folder: String) {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var raw: [[UInt8]] = []
    while let entry = readdir(directory) {
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
        Array(buffer.prefix { $0 != 0 })
      }
      guard bytes != [0x2E], bytes != [0x2E, 0x2E] else { continue }
      raw.append(bytes)
    }
    raw.sort { $0.lexicographicallyPrecedes($1) }
    names = raw.map { bytes in
      if let name = String(validating: bytes, as: UTF8.self) {
        return Entry(name: name, escaped: name)
      }
      return Entry(name: nil, escaped: Self.escaped(bytes))
    }
  }

  /// The bytes as text, each byte outside valid UTF-8 sequences as `\xNN`.
  static func escaped(_ bytes: [UInt8]) -> String {
    var text = ""
    var start = 0
    while start < bytes.count {
      // The longest valid UTF-8 run from `start`, one scalar at a time.
      var end = start
      var decoder = UTF8()
      var iterator = bytes[start...].makeIterator()
      var consumed = 0
      scanning: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
          consumed += UTF8.width(scalar)
          end = start + consumed
        case .emptyInput, .error:
          break scanning
        }
      }
      if end > start {
        text += String(decoding: bytes[start..<end], as: UTF8.self)
        start = end
      } else {
        let hex = String(bytes[start], radix: 16, uppercase: true)
        text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
        start += 1
      }
    }
    return text
  }
}

/// A file's identity on disk (device and inode), to visit each file and folder once.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
