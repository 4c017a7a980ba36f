import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The C library's allocator, told to keep one arena per core.
///
/// glibc gives each thread that allocates an arena of its own, up to eight per core, and memory
/// freed in one arena is not reused by another: an analysis whose steps run beside each other
/// (the quotes written while the stories are formed, `QuotesWrittenAhead`) peaked 74 MB higher
/// at 98k articles (1007 against 933 MB, `storyline-bench library-add`) for no gain; with one
/// arena per core it peaks at 930 MB, in the same time.
public enum MemoryArenas {
  /// Limits the allocator to one arena per core; does nothing where the C library is not
  /// glibc. Call it once, first thing in `main`, before threads start.
  public static func limitToCores() {
    #if canImport(Glibc)
      // NB: `mallopt` and `M_ARENA_MAX` (-8) are in glibc's `malloc.h`, which Swift's Glibc
      // module does not import; the function is looked up by name (nil: the default scope).
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let arenaMaximum: Int32 = -8
      _ = unsafeBitCast(symbol, to: Mallopt.self)(
        arenaMaximum, Int32(max(1, ProcessInfo.processInfo.activeProcessorCount)))
    #endif
  }
}
