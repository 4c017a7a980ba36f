import CNcursesw
import StoryUI
import Testing

@testable import CursesTerminal

/// How `getmouse` reports become keys: no terminal needed, the decoding is pure.
@Suite struct MouseDecodingTests {
  @Test func theWheelScrolls() {
    #expect(
      CursesBackend.key(mouseState: UInt(cn_button4_pressed()), row: 3, column: 4)
        == .mouse(MouseEvent(.wheelUp, row: 3, column: 4)))
    #expect(
      CursesBackend.key(mouseState: UInt(cn_button5_pressed()), row: 3, column: 4)
        == .mouse(MouseEvent(.wheelDown, row: 3, column: 4)))
  }

  @Test func clicksSelectAndOpen() {
    #expect(
      CursesBackend.key(mouseState: UInt(cn_button1_clicked()), row: 7, column: 0)
        == .mouse(MouseEvent(.click, row: 7, column: 0)))
    #expect(
      CursesBackend.key(mouseState: UInt(cn_button1_double_clicked()), row: 7, column: 0)
        == .mouse(MouseEvent(.doubleClick, row: 7, column: 0)))
  }

  @Test func otherReportsAreDropped() {
    #expect(CursesBackend.key(mouseState: 0, row: 0, column: 0) == nil)
    // NB: button 3 clicked is 0x1000 in the ncurses 6 layout (5 bits per button).
    #expect(CursesBackend.key(mouseState: 0x1000, row: 0, column: 0) == nil)
  }
}
