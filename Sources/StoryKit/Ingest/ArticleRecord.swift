import Foundation

/// One article object of a JSON or JSON Lines input, read leniently.
///
/// `text` is required and must be a string. `id` may be a string or a number. `title`, `date`,
/// `source`, `url` and `author` are used when they are strings; any other value, and any other
/// field, is ignored.
struct ArticleRecord: Decodable {
  var id: String?
  var text: String
  var title: String?
  var date: String?
  var source: String?
  var url: String?
  var author: String?

  private enum CodingKeys: String, CodingKey {
    case id, text, title, date, source, url, author
  }

  /// Why a record is not an article.
  enum Problem: Error {
    case missingText
    case textNotString
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.contains(.text) else { throw Problem.missingText }
    guard let text = try? container.decode(String.self, forKey: .text) else {
      throw Problem.textNotString
    }
    self.text = text
    if let string = try? container.decode(String.self, forKey: .id) {
      id = string
    } else if let number = try? container.decode(Int64.self, forKey: .id) {
      id = String(number)
    }
    func string(_ key: CodingKeys) -> String? { try? container.decode(String.self, forKey: key) }
    title = string(.title)
    date = string(.date)
    source = string(.source)
    url = string(.url)
    author = string(.author)
  }

  /// Decodes one record, describing failures as a sentence for the user.
  static func decode(_ bytes: some Collection<UInt8>, with decoder: JSONDecoder) -> Result<
    ArticleRecord, IngestRecordError
  > {
    do {
      return .success(try decoder.decode(ArticleRecord.self, from: Data(bytes)))
    } catch Problem.missingText {
      return .failure(.init(message: "record has no \"text\" field; skipped"))
    } catch Problem.textNotString {
      return .failure(.init(message: "record's \"text\" is not a string; skipped"))
    } catch DecodingError.typeMismatch {
      return .failure(.init(message: "record is not a JSON object; skipped"))
    } catch {
      return .failure(.init(message: "invalid JSON; skipped"))
    }
  }
}

/// Why one JSON record was skipped.
struct IngestRecordError: Error {
  var message: String
}
