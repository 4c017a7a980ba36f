extension Keymap {
  /// The default bindings, the keys `less`, `vi`, `tig` and `newsboat` users expect.
  ///
  /// | keys | action |
  /// |---|---|
  /// | `j` `↓` / `k` `↑` | move down / up (a digit count first: `5j`) |
  /// | `g` `Home` / `G` `End` | top / bottom |
  /// | `Ctrl-d` / `Ctrl-u` | half page down / up |
  /// | `Space` `PgDn` / `PgUp` | page down / up |
  /// | `Enter` `l` `→` | open |
  /// | `q` `h` `←` `Esc` | back (quit on the home screen) |
  /// | `Q` | quit at once |
  /// | `/` · `n` / `N` | search · next / previous match |
  /// | `]` / `[` | next / previous quote |
  /// | `}` / `{` · `*` | the speaker's next / previous quote anywhere · all the speaker's quotes |
  /// | `s` · `p` · `?` | speakers · problems · help |
  /// | `Tab` · `b` · `d` | fold copies · removed lines · copy diff |
  /// | `u` · `m` · `S` | read/unread · star · sort the stories |
  /// | `o` · `y` | open the article's web address with `$BROWSER` · copy the quote as a citation |
  ///
  /// Digits are not bound: the reader reads them as a count for the next action.
  public static let `default` = Keymap([
    Binding(.character("j"), .moveDown),
    Binding(.down, .moveDown),
    Binding(.character("k"), .moveUp),
    Binding(.up, .moveUp),
    Binding(.character("g"), .top),
    Binding(.home, .top),
    Binding(.character("G"), .bottom),
    Binding(.end, .bottom),
    Binding(.control("d"), .halfPageDown),
    Binding(.control("u"), .halfPageUp),
    Binding(.character(" "), .pageDown),
    Binding(.pageDown, .pageDown),
    Binding(.pageUp, .pageUp),
    Binding(.enter, .open),
    Binding(.character("l"), .open),
    Binding(.right, .open),
    Binding(.character("q"), .back),
    Binding(.character("h"), .back),
    Binding(.left, .back),
    Binding(.escape, .back),
    Binding(.character("Q"), .quit),
    Binding(.character("/"), .search),
    Binding(.character("n"), .nextMatch),
    Binding(.character("N"), .previousMatch),
    Binding(.character("]"), .nextQuote),
    Binding(.character("["), .previousQuote),
    Binding(.character("}"), .nextSpeakerQuote),
    Binding(.character("{"), .previousSpeakerQuote),
    Binding(.character("*"), .speakerQuotes),
    Binding(.character("s"), .speakers),
    Binding(.character("p"), .problems),
    Binding(.character("?"), .help),
    Binding(.tab, .toggleCopies),
    Binding(.character("b"), .removedLines),
    Binding(.character("d"), .diff),
    Binding(.character("u"), .toggleRead),
    Binding(.character("m"), .toggleStar),
    Binding(.character("S"), .sort),
    Binding(.character("o"), .openURL),
    Binding(.character("y"), .copyCitation),
  ])
}
