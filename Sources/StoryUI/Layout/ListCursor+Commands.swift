extension ListCursor {
  /// Carries out a movement command (lines, half pages, pages, top, bottom); returns `nil` for
  /// any other action, else whether the cursor moved.
  ///
  /// A count repeats lines and pages (`5j`); with `top`/`bottom` it selects that row from 1
  /// (`3g` selects the third row), as in `vi`.
  @discardableResult
  public mutating func perform(_ command: Command) -> Bool? {
    let half = max(1, visibleRows / 2)
    switch command.action {
    case .moveDown: return move(by: command.repeats)
    case .moveUp: return move(by: -command.repeats)
    case .halfPageDown: return scroll(by: half * command.repeats)
    case .halfPageUp: return scroll(by: -half * command.repeats)
    case .pageDown: return scroll(by: visibleRows * command.repeats)
    case .pageUp: return scroll(by: -visibleRows * command.repeats)
    case .top:
      let before = self
      select(command.count.map { $0 - 1 } ?? 0)
      return before != self
    case .bottom:
      let before = self
      select(command.count.map { $0 - 1 } ?? count - 1)
      return before != self
    default: return nil
    }
  }

  /// The movement actions ``perform(_:)`` carries out, in help order.
  public static let movementActions: [Action] = [
    .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .top, .bottom,
  ]
}
