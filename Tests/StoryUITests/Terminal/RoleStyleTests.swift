import StoryUI
import Testing

@Suite struct RoleStyleTests {
  struct DepthCase: Sendable, CustomTestStringConvertible {
    var name: String
    var colours: Int
    var noColor: Bool
    var depth: RoleStyle.Depth
    var testDescription: String { name }
  }

  static let depths: [DepthCase] = [
    DepthCase(name: "a monochrome terminal", colours: 0, noColor: false, depth: .monochrome),
    DepthCase(name: "fewer than 8 colours", colours: 2, noColor: false, depth: .monochrome),
    DepthCase(name: "8 colours", colours: 8, noColor: false, depth: .eight),
    DepthCase(name: "16 colours", colours: 16, noColor: false, depth: .eight),
    DepthCase(name: "256 colours", colours: 256, noColor: false, depth: .twoHundredFiftySix),
    DepthCase(name: "NO_COLOR wins", colours: 256, noColor: true, depth: .monochrome),
  ]

  @Test(arguments: depths)
  func depth(_ c: DepthCase) {
    #expect(RoleStyle.Depth(colours: c.colours, noColor: c.noColor) == c.depth)
  }

  @Test func monochromeUsesNoColour() {
    #expect(RoleStyle.table(for: .monochrome).values.allSatisfy { !$0.hasColour })
  }

  /// The roles that carry meaning in text look different from plain text and from each other
  /// at every depth, so the reader stays legible with `NO_COLOR`.
  @Test(arguments: RoleStyle.Depth.allCases)
  func meaningfulRolesStandApart(_ depth: RoleStyle.Depth) throws {
    let table = RoleStyle.table(for: depth)
    let plain = try #require(table[.normal])
    let meaningful: [Role] = [
      .quote, .speaker, .match, .selected, .status, .error, .added, .removed,
    ]
    for role in meaningful {
      #expect(table[role] != plain, "\(role) looks like plain text")
    }
    #expect(table[.added] != table[.removed], "added looks like removed")
    for (index, role) in [Role.quote, .speaker, .match].enumerated() {
      for other in [Role.quote, .speaker, .match].dropFirst(index + 1) {
        #expect(table[role] != table[other], "\(role) looks like \(other)")
      }
    }
  }

  @Test func everyRoleHasAStyleAtEveryDepth() {
    for depth in RoleStyle.Depth.allCases {
      #expect(RoleStyle.table(for: depth).count == Role.allCases.count)
    }
  }
}
