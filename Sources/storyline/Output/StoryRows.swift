import CursesTerminal
import StoryKit

/// The reader's home screen rows: one per story, opening on its members' texts in time order.
enum StoryRows {
  static func rows(_ stories: [Story], articles: [Article]) -> [BrowserRow] {
    let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return stories.map { story in
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
      let body = story.members.compactMap { member -> String? in
        guard let article = byID[member.article] else { return nil }
        let heading = [
          member.date?.description, article.source, member.copyOf.map { "copy of \($0)" },
          article.title,
        ].compactMap { $0 }.joined(separator: " · ")
        return "── " + heading + "\n" + article.cleanText
      }.joined(separator: "\n\n")
      return BrowserRow(
        title: story.title.isEmpty ? story.id.rawValue : story.title, detail: detail, body: body)
    }
  }
}
