import Foundation
import StoryUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ConfigurationFile {
  /// The reader's configuration file, read from where the environment puts it
  /// (``ConfigurationFile/path(environment:)``): missing when there is no file (or no home to
  /// look in), unreadable with the system's reason.
  static func read(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ConfigurationFile
  {
    guard let path = path(environment: environment) else {
      return ConfigurationFile(path: "config.toml", contents: .missing)
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      return ConfigurationFile(path: path, contents: .missing)
    }
    guard !isFolder.boolValue else {
      return ConfigurationFile(path: path, contents: .unreadable(reason: "a folder, not a file"))
    }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      guard let text = String(data: data, encoding: .utf8) else {
        return ConfigurationFile(path: path, contents: .unreadable(reason: "not UTF-8 text"))
      }
      return ConfigurationFile(path: path, contents: .text(text))
    } catch {
      return ConfigurationFile(path: path, contents: .unreadable(reason: reason(for: error)))
    }
  }

  /// The system's reason for a failed read (`permission denied`), when Foundation keeps it.
  private static func reason(for error: any Error) -> String {
    let error = error as NSError
    let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
    for candidate in [underlying, error].compactMap({ $0 })
    where candidate.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(candidate.code))).lowercased()
    }
    return "it cannot be read"
  }
}
