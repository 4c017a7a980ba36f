import Foundation
import StoryFuzzing

// `storyline-fuzz TARGET [libFuzzer options] [CORPUS…]` in the fuzzing build (`Fuzz/run.sh`:
// coverage and AddressSanitizer instrumentation, libFuzzer linked without its `main`, driven
// from here through `LLVMFuzzerRunDriver`); `storyline-fuzz TARGET FILE…` in a normal build,
// which replays the files through the target, so a saved crashing input runs again without
// libFuzzer.

let usage = """
  usage: storyline-fuzz TARGET [libFuzzer options] [CORPUS…]   (fuzzing build, Fuzz/run.sh)
         storyline-fuzz TARGET FILE…                            (replay)
  targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))

  """

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// The target chosen on the command line (set once, before libFuzzer starts).
  nonisolated(unsafe) var chosenTarget = FuzzTarget.decode
#endif

@main
struct FuzzMain {
  static func main() {
    var arguments = CommandLine.arguments
    guard arguments.count > 1, let target = FuzzTarget(rawValue: arguments[1]) else {
      FileHandle.standardError.write(Data(usage.utf8))
      exit(2)
    }
    arguments.remove(at: 1)
    #if FUZZING
      chosenTarget = target
      var argc = Int32(arguments.count)
      var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
      let status = pointers.withUnsafeMutableBufferPointer { buffer in
        var argv = buffer.baseAddress
        return runFuzzerDriver(&argc, &argv) { data, size in
          chosenTarget.run(UnsafeRawBufferPointer(start: data, count: size))
          return 0
        }
      }
      exit(status)
    #else
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        data.withUnsafeBytes { target.run($0) }
      }
    #endif
  }
}
