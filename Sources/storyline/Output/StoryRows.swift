import CursesTerminal
import StoryKit

/// The reader's home screen rows: one per story, opening on its members' texts in time order.
///
/// Rows are made from the library's columns (headlines, outlets, days); a story's texts are read
/// from the library only when it is opened, so the first screen of a large library appears at
/// once.
enum StoryRows {
  static func rows(_ stories: [Story], library: Library) -> [BrowserRow] {
    stories.map { story in
      let span: String? =
        switch (story.firstDate, story.lastDate) {
        case (let first?, let last?) where first.date != last.date: "\(first)…\(last)"
        case (let first?, _): first.description
        default: nil
        }
      let count = story.articles.count == 1 ? "1 article" : "\(story.articles.count) articles"
      let copies: String? =
        switch story.copies {
        case 0: nil
        case 1: "1 copy"
        default: "\(story.copies) copies"
        }
      let detail = [span, count, copies, story.sources.prefix(3).joined(separator: ", ")]
        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
      let members = story.members
      return BrowserRow(
        title: story.title.isEmpty ? story.id.rawValue : story.title, detail: detail,
        loadBody: { body(of: members, library: library) })
    }
  }

  /// The members' texts, each under a heading line (day, outlet, original, headline).
  private static func body(of members: [Story.Member], library: Library) -> String {
    members.compactMap { member -> String? in
      guard let article = try? library.article(member.article) else { return nil }
      let heading = [
        member.date?.description, article.source, member.copyOf.map { "copy of \($0)" },
        article.title,
      ].compactMap { $0 }.joined(separator: " · ")
      return "── " + heading + "\n" + article.cleanText
    }.joined(separator: "\n\n")
  }
}
