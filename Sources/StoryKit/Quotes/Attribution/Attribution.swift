/// Who said a quotation, as read from the text around it.
struct Attribution: Hashable {
  /// The entity that speaks (see `ArticleEntities`), when resolved.
  var speaker: Int?
  /// The tokens naming the speaker.
  var mention: ClosedRange<Int>?
  /// The cue's tokens (`said`, `according to`).
  var cue: ClosedRange<Int>?
}
