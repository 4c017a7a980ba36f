extension RoleStyle {
  /// The look of every role at `depth`: the one table from roles to attributes.
  ///
  /// | role | monochrome | 8 colours | 256 colours |
  /// |---|---|---|---|
  /// | title | bold | bold cyan | bold sky blue |
  /// | selected | reverse | reverse | white on blue |
  /// | unread | bold | bold | bold |
  /// | quote | underline | green | soft green |
  /// | speaker | bold | bold yellow | bold gold |
  /// | match | reverse, bold | black on yellow | black on gold |
  /// | copy | dim | magenta | orchid |
  /// | dim | dim | dim | grey |
  /// | added | bold | green | bright green |
  /// | removed | dim | red | soft red |
  /// | status | reverse | black on cyan | light on dark grey |
  /// | hint | (plain) | (plain) | grey |
  /// | error | bold, reverse | bold white on red | bold white on red |
  ///
  /// NB: monochrome keeps every role that carries meaning apart from plain text and from
  /// each other where they meet: quotes are underlined, speakers bold beside them, matches in
  /// reverse video inside either; in a copy's diff, added lines are bold and removed lines dim,
  /// and their `+`/`-` marks tell them apart without any attribute.
  public static func table(for depth: Depth) -> [Role: RoleStyle] {
    var table: [Role: RoleStyle] = [:]
    for role in Role.allCases { table[role] = style(of: role, depth: depth) }
    return table
  }

  private static func style(of role: Role, depth: Depth) -> RoleStyle {
    switch depth {
    case .monochrome: monochrome(role)
    case .eight: eight(role)
    case .twoHundredFiftySix: twoHundredFiftySix(role)
    }
  }

  private static func monochrome(_ role: Role) -> RoleStyle {
    switch role {
    case .normal: RoleStyle()
    case .title, .unread, .speaker: RoleStyle(bold: true)
    case .selected, .status: RoleStyle(reverse: true)
    case .quote: RoleStyle(underline: true)
    case .match: RoleStyle(bold: true, reverse: true)
    case .copy, .dim, .removed: RoleStyle(dim: true)
    case .added: RoleStyle(bold: true)
    case .hint: RoleStyle()
    case .error: RoleStyle(bold: true, reverse: true)
    }
  }

  // NB: the basic palette: 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
  private static func eight(_ role: Role) -> RoleStyle {
    switch role {
    case .normal: RoleStyle()
    case .title: RoleStyle(foreground: 6, bold: true)
    case .selected: RoleStyle(reverse: true)
    case .unread: RoleStyle(bold: true)
    case .quote: RoleStyle(foreground: 2)
    case .speaker: RoleStyle(foreground: 3, bold: true)
    case .match: RoleStyle(foreground: 0, background: 3)
    case .copy: RoleStyle(foreground: 5)
    case .dim: RoleStyle(dim: true)
    case .added: RoleStyle(foreground: 2)
    case .removed: RoleStyle(foreground: 1)
    case .status: RoleStyle(foreground: 0, background: 6)
    case .hint: RoleStyle()
    case .error: RoleStyle(foreground: 7, background: 1, bold: true)
    }
  }

  private static func twoHundredFiftySix(_ role: Role) -> RoleStyle {
    switch role {
    case .normal: RoleStyle()
    case .title: RoleStyle(foreground: 117, bold: true)
    case .selected: RoleStyle(foreground: 231, background: 25)
    case .unread: RoleStyle(bold: true)
    case .quote: RoleStyle(foreground: 114)
    case .speaker: RoleStyle(foreground: 221, bold: true)
    case .match: RoleStyle(foreground: 16, background: 220)
    case .copy: RoleStyle(foreground: 176)
    case .dim: RoleStyle(foreground: 245)
    case .added: RoleStyle(foreground: 78)
    case .removed: RoleStyle(foreground: 174)
    case .status: RoleStyle(foreground: 252, background: 238)
    case .hint: RoleStyle(foreground: 246)
    case .error: RoleStyle(foreground: 231, background: 160, bold: true)
    }
  }
}
