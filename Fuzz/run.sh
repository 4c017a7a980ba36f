#!/usr/bin/env bash
# Fuzzes each reader of untrusted bytes with libFuzzer (see Fuzz/README.md).
# Usage: Fuzz/run.sh [SECONDS per target, default 60] [TARGET…]
# Builds `storyline-fuzz` with coverage and AddressSanitizer into .build-fuzz/, runs each target
# for SECONDS from its seeds (Fuzz/seeds/TARGET, Fuzz/regressions/TARGET and the bundled
# sample), and copies any crashing input to Fuzz/regressions/TARGET/, where the tests replay it
# from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(decode clean quotes query jsonl json)
# NB: -sanitize=fuzzer goes to the compiler only: at link it brings libFuzzer's own `main`,
# which clashes with the executable's; libFuzzer is linked without it, driven from FuzzMain.
fuzzer=$(ls /opt/swift/usr/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null \
  || find / -name 'libclang_rt.fuzzer_no_main-x86_64.a' 2>/dev/null | head -1)
swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=address \
  -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
  -Xlinker "$fuzzer" -Xlinker -lstdc++ --product storyline-fuzz >/dev/null
fuzz=.build-fuzz/debug/storyline-fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  corpus="$work/$target"
  mkdir -p "$corpus" "$work/crashes-$target"
  cp Fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  # NB: inputs that once crashed seed the search too: their neighbours are the likely ones.
  cp Fuzz/regressions/"$target"/* "$corpus"/ 2>/dev/null || true
  case $target in decode|clean|quotes) cp Resources/sample/* "$corpus"/ ;; esac
  log="$work/$target.log"
  status=0
  "$fuzz" "$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$work/crashes-$target/" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  found=$(ls "$work/crashes-$target" | wc -l)
  printf '%-8s %8s runs in %ss, exit %s, %s crashing inputs\n' "$target" "$runs" "$seconds" "$status" "$found"
  if [ "$found" -gt 0 ]; then
    mkdir -p "Fuzz/regressions/$target"
    cp "$work/crashes-$target"/* "Fuzz/regressions/$target/"
    grep -m3 -E 'ERROR|Fatal error|precondition' "$log" || true
  fi
done
