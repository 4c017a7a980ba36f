/// How an input file is read, chosen by its extension.
public enum InputFormat: String, Hashable, Sendable, CaseIterable {
  /// One article per file (`.txt`, and any text file without a known extension).
  case plainText = "text"
  /// One article object per line (`.jsonl`, `.ndjson`).
  case jsonLines = "jsonl"
  /// An array of article objects, or one object (`.json`).
  case json

  /// The format for a file name, or `nil` for files that are known not to hold articles
  /// (images, archives, office documents, executables).
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else {
      self = .plainText
      return
    }
    let ext = String(lower[lower.index(after: dot)...])
    switch ext {
    case "jsonl", "ndjson": self = .jsonLines
    case "json": self = .json
    default:
      if InputFormat.nonArticleExtensions.contains(ext) { return nil }
      self = .plainText
    }
  }

  /// Extensions of files that are skipped when met inside a folder.
  static let nonArticleExtensions: Set<String> = [
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff", "svg", "heic",
    "mp3", "mp4", "m4a", "wav", "ogg", "mov", "avi", "mkv", "webm", "flac",
    "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
    "exe", "dll", "so", "dylib", "o", "a", "class", "jar", "pyc", "wasm",
    "sqlite", "db", "sqlite3", "bin", "dat", "parquet", "woff", "woff2", "ttf", "otf",
    "ds_store",
  ]
}
