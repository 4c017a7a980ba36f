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

/// Expands PATH arguments (files or folders) into the list of files to read.
///
/// Folders are recursed in name order; hidden files and folders (`.git` among them) are
/// skipped, symbolic links are followed but every folder and file is visited once, so link
/// loops end. Files whose extension says they hold no text (images, archives) are skipped when
/// met in a folder; named directly, they are reported.
public struct InputCollector: Sendable {
  /// Creates a collector.
  public init() {}

  /// The files under `arguments`, and the arguments that could not be used.
  public func collect(_ arguments: [String]) -> (files: [InputFile], problems: [IngestProblem]) {
    var files: [InputFile] = []
    var problems: [IngestProblem] = []
    var seen = Set<FileIdentity>()
    for argument in arguments {
      var info = stat()
      guard stat(argument, &info) == 0 else {
        problems.append(IngestProblem(location: argument, message: Self.describe(errno)))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        walk(
          folder: argument, relative: "", root: argument, files: &files, problems: &problems,
          seen: &seen)
      } else {
        guard seen.insert(FileIdentity(info)).inserted else { continue }
        let name = (argument as NSString).lastPathComponent
        guard let format = InputFormat(fileName: name) else {
          problems.append(
            IngestProblem(
              location: argument, message: "not a text, JSON or JSON Lines file; skipped"))
          continue
        }
        files.append(
          InputFile(path: argument, relativePath: name, root: argument, format: format))
      }
    }
    return (files, problems)
  }

  private func walk(
    folder: String, relative: String, root: String, files: inout [InputFile],
    problems: inout [IngestProblem], seen: inout Set<FileIdentity>
  ) {
    var info = stat()
    guard stat(folder, &info) == 0, seen.insert(FileIdentity(info)).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      problems.append(IngestProblem(location: folder, message: "cannot list folder; skipped"))
      return
    }
    for name in names where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      var entry = stat()
      guard stat(path, &entry) == 0 else {
        // A dangling link or a file that vanished: nothing to read.
        continue
      }
      switch entry.st_mode & S_IFMT {
      case S_IFDIR:
        walk(
          folder: path, relative: relativePath, root: root, files: &files, problems: &problems,
          seen: &seen)
      case S_IFREG:
        guard let format = InputFormat(fileName: name), seen.insert(FileIdentity(entry)).inserted
        else { continue }
        files.append(InputFile(path: path, relativePath: relativePath, root: root, format: format))
      default:
        continue  // sockets, devices, pipes
      }
    }
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
