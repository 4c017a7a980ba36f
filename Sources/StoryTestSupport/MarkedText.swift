/// Test text with expected spans marked inline by `⟦` and `⟧`, instead of hand-counted offsets.
///
/// ```swift
/// let marked = MarkedText("He said ⟦“yes”⟧ twice.")
/// marked.text    // "He said “yes” twice."
/// marked.ranges  // [8..<13]  (Unicode scalars)
/// ```
public struct MarkedText: Sendable {
  /// The text with the markers removed.
  public let text: String
  /// The marked spans, in Unicode-scalar offsets of `text`, in order of their opening marker.
  public let ranges: [Range<Int>]

  /// Parses marked text; markers may nest.
  public init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var open: [Int] = []
    var ranges: [(Int, Range<Int>)] = []
    var order = 0
    var count = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦":
        open.append(count)
      case "⟧":
        if let start = open.popLast() {
          ranges.append((order, start..<count))
          order += 1
        }
      default:
        scalars.append(scalar)
        count += 1
      }
    }
    text = String(scalars)
    self.ranges = ranges.map(\.1).sorted { $0.lowerBound < $1.lowerBound }
  }

  /// The text of a range of `text`, in Unicode scalars.
  public func slice(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }
}
