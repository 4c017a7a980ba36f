/// Something the user can ask the reader to do, whatever key is bound to it.
///
/// Keys map to actions through a ``Keymap``; screens handle actions, never keys, so a user's
/// rebinding changes every screen at once, and help and the hint bar, generated from the keymap
/// and these descriptions, always tell the truth. The raw value is the name a configuration file
/// uses (`move-down`).
public enum Action: String, Hashable, Sendable, CaseIterable {
  /// Move the selection (or scroll) down one line; a count moves that many.
  case moveDown = "move-down"
  /// Move the selection (or scroll) up one line.
  case moveUp = "move-up"
  /// Go to the first line.
  case top
  /// Go to the last line.
  case bottom
  /// Move down half a page.
  case halfPageDown = "half-page-down"
  /// Move up half a page.
  case halfPageUp = "half-page-up"
  /// Move down a page.
  case pageDown = "page-down"
  /// Move up a page.
  case pageUp = "page-up"
  /// Open what is selected.
  case open
  /// Go back to the previous screen; on the home screen, quit.
  case back
  /// Quit at once, from any screen.
  case quit
  /// Search as you type.
  case search
  /// Go to the next search match.
  case nextMatch = "next-match"
  /// Go to the previous search match.
  case previousMatch = "previous-match"
  /// Go to the next quote in the text.
  case nextQuote = "next-quote"
  /// Go to the previous quote in the text.
  case previousQuote = "previous-quote"
  /// Go to the next quote by the same speaker, in any article, in time order.
  case nextSpeakerQuote = "next-speaker-quote"
  /// Go to the previous quote by the same speaker, in any article, in time order.
  case previousSpeakerQuote = "previous-speaker-quote"
  /// List every quote by the speaker of the current quote.
  case speakerQuotes = "speaker-quotes"
  /// List everyone quoted.
  case speakers
  /// Show the keys of this screen.
  case help
  /// Fold or unfold syndicated copies.
  case toggleCopies = "toggle-copies"
  /// Show or hide the lines cleaning removed.
  case removedLines = "removed-lines"
  /// Show what a copy changed against its original.
  case diff
  /// List what could not be read (files and records skipped, and why).
  case problems
  /// Mark the selected story or the article read, or unread again.
  case toggleRead = "toggle-read"
  /// Star the selected story or the article, or take its star away.
  case toggleStar = "toggle-star"
  /// Change the order of the story list: newest, largest, by title.
  case sort
  /// Open the article's web address in the browser `$BROWSER` names.
  case openURL = "open-url"
  /// Copy the quote under the cursor to the terminal's clipboard as a citation (OSC 52).
  case copyCitation = "copy-citation"

  /// What the action does, as the help screen says it: a sentence without a final stop.
  public var help: String {
    switch self {
    case .moveDown: "Move down (a count moves that many lines)"
    case .moveUp: "Move up (a count moves that many lines)"
    case .top: "Go to the top"
    case .bottom: "Go to the bottom"
    case .halfPageDown: "Move down half a page"
    case .halfPageUp: "Move up half a page"
    case .pageDown: "Move down a page"
    case .pageUp: "Move up a page"
    case .open: "Open the selected line"
    case .back: "Go back (quits on the home screen)"
    case .quit: "Quit at once"
    case .search: "Search as you type, from any screen"
    case .nextMatch: "Go to the next match"
    case .previousMatch: "Go to the previous match"
    case .nextQuote: "Go to the next quote"
    case .previousQuote: "Go to the previous quote"
    case .nextSpeakerQuote: "Go to the speaker's next quote, in any article (time order)"
    case .previousSpeakerQuote: "Go to the speaker's previous quote, in any article"
    case .speakerQuotes: "List every quote by this quote's speaker"
    case .speakers: "List everyone quoted"
    case .help: "Show the keys of this screen"
    case .toggleCopies: "Fold or unfold syndicated copies"
    case .removedLines: "Show or hide the lines cleaning removed"
    case .diff: "Show what a copy changed"
    case .problems: "List what could not be read"
    case .toggleRead: "Mark read or unread"
    case .toggleStar: "Star or unstar"
    case .sort: "Change the order (newest, largest, by title)"
    case .openURL: "Open the article's web address with $BROWSER"
    case .copyCitation: "Copy the quote as a citation (quote, speaker, outlet, date, URL)"
    }
  }

  /// The verb the hint bar shows after the key (`j/k move`, `Enter open`).
  public var hint: String {
    switch self {
    case .moveDown, .moveUp: "move"
    case .top, .bottom: "top/end"
    case .halfPageDown, .halfPageUp: "half page"
    case .pageDown, .pageUp: "page"
    case .open: "open"
    case .back: "back"
    case .quit: "quit"
    case .search: "search"
    case .nextMatch, .previousMatch: "match"
    case .nextQuote, .previousQuote: "quote"
    case .nextSpeakerQuote, .previousSpeakerQuote: "speaker"
    case .speakerQuotes: "all by speaker"
    case .speakers: "speakers"
    case .help: "help"
    case .toggleCopies: "copies"
    case .removedLines: "removed"
    case .diff: "diff"
    case .problems: "problems"
    case .toggleRead: "read"
    case .toggleStar: "star"
    case .sort: "sort"
    case .openURL: "browser"
    case .copyCitation: "cite"
    }
  }

  /// The action the hint bar shows together with this one (`j/k move`), if any.
  public var partner: Action? {
    switch self {
    case .moveDown: .moveUp
    case .top: .bottom
    case .halfPageDown: .halfPageUp
    case .pageDown: .pageUp
    case .nextMatch: .previousMatch
    case .nextQuote: .previousQuote
    case .nextSpeakerQuote: .previousSpeakerQuote
    default: nil
    }
  }
}
