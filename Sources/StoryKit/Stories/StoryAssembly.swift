extension StoryCatalog {
  /// What a library keeps of each story it assembled, by the story's members (`key`): its
  /// title, so a story whose members stay keeps it without scoring every headline again, and its
  /// shape (members, which are copies, related stories), so an update builds again only the
  /// stories whose shape, or whose members' outlines, changed; and, by its documents, its
  /// related stories (`RelatedStories`).
  struct AssemblyCache: Sendable {
    struct Entry: Equatable, Sendable {
      var title: String
      /// `shape(of:related:)` of the story as last assembled.
      var shape: UInt64
    }

    var entries: [UInt64: Entry] = [:]
    /// Each story's related stories, by its originals, for an update to score again only the
    /// stories it reaches.
    var related = RelatedStories()

    /// The key of a story of `members` (articles, copies included, in member order) whose
    /// originals are `documents` in the story index: an article analysed again under its id
    /// is a new document, so its story is built and titled again.
    static func key(
      _ members: [(article: ArticleID, isCopy: Bool)], documents: [Int] = []
    ) -> UInt64 {
      var hash = FNV1a()
      for member in members {
        hash.combine(utf8: member.article.rawValue)
        hash.combine(byte: 0)
      }
      for document in documents { hash.combine(word: UInt32(truncatingIfNeeded: document)) }
      return hash.value
    }

    /// What a story's row is made of besides its members' outlines: its members in order,
    /// which of them are copies, and its related stories.
    static func shape(
      of members: [(article: ArticleID, isCopy: Bool)], related: [StoryID]
    ) -> UInt64 {
      var hash = FNV1a()
      for member in members {
        hash.combine(utf8: member.article.rawValue)
        hash.combine(byte: member.isCopy ? 1 : 0)
      }
      hash.combine(byte: 0xFF)
      for story in related {
        hash.combine(utf8: story.rawValue)
        hash.combine(byte: 0)
      }
      return hash.value
    }
  }

  /// What an update may keep of the stories a library holds: a story whose shape is as cached
  /// (`AssemblyCache`), none of whose members' outlines changed, and whose row the library
  /// holds, is not built again.
  struct KeptStories: Sendable {
    /// The articles whose outline was set, changed or removed since the cache was made
    /// (`Ledger.takeChangedOutlines`).
    var changedArticles: Set<ArticleID>
    /// The stories the library holds.
    var storedStories: Set<StoryID>
  }

  /// One assembly's stories.
  struct Assembly: Sendable {
    /// Every story's id, in story order.
    var order: [StoryID]
    /// The stories built, in story order: every story, or (when stories may be kept) those
    /// not kept.
    var built: [Story]
  }
}
