extension ReaderApp {
  /// How many lines one turn of the wheel moves.
  public static let wheelLines = 3

  /// Handles the mouse: the wheel moves (a list's selection, a text's window) by
  /// ``wheelLines``; a click on a list line selects it; a double-click selects and opens it.
  /// Clicks on the title, status and hint lines, on a text or below the window's minimum size
  /// do nothing.
  mutating func handle(_ event: MouseEvent) -> AppOutcome {
    let hadMessage = message != nil
    message = nil
    pendingCount = nil
    guard !isTooSmall else { return hadMessage ? .redraw : .unchanged }
    let outcome: AppOutcome
    switch event.kind {
    case .wheelUp, .wheelDown:
      let action: Action = event.kind == .wheelDown ? .moveDown : .moveUp
      outcome = apply(
        screens[screens.count - 1].handle(Command(action, count: Self.wheelLines), data: data))
    case .click, .doubleClick:
      let row = event.row - 1
      guard row >= 0, row < bodySize.rows,
        screens[screens.count - 1].selectLine(atBodyRow: row)
      else {
        outcome = .unchanged
        break
      }
      if event.kind == .click {
        layoutTop()
        outcome = .redraw
      } else {
        outcome = apply(screens[screens.count - 1].handle(Command(.open), data: data))
      }
    }
    return outcome == .unchanged && hadMessage ? .redraw : outcome
  }
}
