/// Why a query could not be read; the message says what to type instead.
public struct SearchQueryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A lowercase sentence naming the problem, e.g. `date:2025-13 is not a date; use date:YYYY-MM-DD`.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
