import Foundation
import StoryKit
import StoryTestSupport
import StorylineResources
import Testing

@Suite("Near-duplicates on the bundled sample")
struct SeedCopyTests {
  static func seeds() throws -> [Article] {
    let sample = try #require(BundledResources.sampleCorpus)
    return try ArticleLoader().load(paths: [sample.path]).articles
  }

  @Test("the seeds hold no syndicated copies")
  func seedsHaveNoCopies() throws {
    #expect(DuplicateDetector().groups(try Self.seeds()).isEmpty)
  }

  @Test("a trimmed, re-headed, footer-added copy of a seed is flagged with the seed as original")
  func seedCopy() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let sample = try #require(BundledResources.sampleCorpus)
    let seedName = "000_0689886c50d61024.txt"
    let seedText = try String(contentsOf: sample.appendingPathComponent(seedName), encoding: .utf8)
    // Drop the scraper header and the last three paragraphs; add a new headline and a footer.
    var paragraphs = seedText.components(separatedBy: "\n\n")
    paragraphs.removeLast(3)
    paragraphs[0] = String(paragraphs[0].drop { $0 == " " }.dropFirst("date 2025-04-28 ".count))
    let copy =
      "Lavrov and Rubio talk peace in phone call\n\n" + paragraphs.joined(separator: "\n\n")
      + "\n\nFollow World Wire on Telegram for the latest updates.\n\n(c) 2025 World Wire. All rights reserved."
    try folder.write("copy.txt", copy)
    var articles = try Self.seeds()
    articles += try ArticleLoader().load(paths: [folder.path + "/copy.txt"]).articles
    let groups = DuplicateDetector().groups(articles)
    let group = try #require(groups.first)
    #expect(groups.count == 1)
    #expect(group.original.rawValue == seedName)
    #expect(group.copies.map(\.article.rawValue) == ["copy.txt"])
    #expect(group.copies.first?.differences.contains("trimmed") == true)
  }
}
