#!/usr/bin/env bash
# Runs the Indicia benchmarks (JMH, then HeapFootprint) and writes benchmarks/RESULTS.md and the
# raw results in benchmarks/results/.
#
#   benchmarks/run.sh quick                      # about 12 minutes on 2 cores: 1 fork, 2 x 1 s warm-up, 2 x 1 s measured
#                                                #   (AssessBenchmark: 4 x 3 s warm-up, 3 x 2 s measured)
#   benchmarks/run.sh full                       # under an hour: 1 fork, 3 x 3 s warm-up, 5 x 3 s measured
#   benchmarks/run.sh quick -p corpus=shared     # extra arguments go to JMH (real ads of ../shared/data)
#   benchmarks/run.sh smoke -p phrases=100       # checks the chain in minutes; writes results/RESULTS-smoke.md
#   HEAP_PHRASES=100,1000 benchmarks/run.sh quick -p phrases=100,1000   # a subset (HEAP_PHRASES: HeapFootprint)
#
# Extra JMH options must not repeat the mode's own (-f, -wi, -w, -i, -r): JMH refuses duplicates.
#
# Builds benchmarks/target/benchmarks.jar first when it is missing (or with BUILD=1); that needs
# indicia-core and the rules modules in the local Maven repository. Run one benchmark run at a time:
# the figures mean little when other work shares the cores.
set -euo pipefail

mode="${1:-quick}"
shift || true
case "$mode" in
  quick | full | smoke) ;;
  *)
    echo "usage: $0 quick|full|smoke [JMH options]" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [[ ! -f $jar || ${BUILD:-0} == 1 ]]; then
  echo "== building $jar"
  mvn -B -q -f benchmarks/pom.xml package -DskipTests
fi

results=benchmarks/results
mkdir -p "$results"
timed_json="$results/jmh-$mode.json"
e2e_json="$results/jmh-$mode-e2e.json"
shot_json="$results/jmh-$mode-singleshot.json"
heap_json="$results/heap-$mode.json"
verify_log="$results/verify-$mode.tsv"
rm -f "$timed_json" "$e2e_json" "$shot_json" "$heap_json" "$verify_log"

report=benchmarks/RESULTS.md
if [[ $mode == smoke ]]; then
  # Checks the whole chain (JMH, heap, report) in a few minutes; figures mean nothing.
  timed=(-f 1 -wi 0 -i 1 -r 1s)
  shots=(-f 1 -wi 0 -i 1)
  heap_repeat=1
  HEAP_PHRASES=${HEAP_PHRASES:-100,1000}
  report="$results/RESULTS-smoke.md"
elif [[ $mode == quick ]]; then
  timed=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
  shots=(-f 1 -wi 1 -i 2)
  heap_repeat=1
else
  timed=(-f 1 -wi 3 -w 3s -i 5 -r 3s)
  shots=(-f 1 -wi 2 -i 5)
  heap_repeat=3
fi
jvm="-Xms2g -Xmx3g -Dindicia.bench.verifyLog=$PWD/$verify_log"
pkg=org.indicia.benchmarks

echo "== JMH: throughput and latency ($mode)"
java -jar "$jar" "${timed[@]}" -prof gc -foe false -jvmArgsAppend "$jvm" \
  -rf json -rff "$timed_json" "$@" \
  "$pkg\.(MatcherBenchmark|BareScanScalingBenchmark|LatencyBenchmark|ScalingAssessBenchmark|StageBenchmark)\."

# assess with the built-in packs runs the most code: with 2 s of warm-up its two threads would
# share the two cores with a still-busy JIT compiler, so quick mode gives it longer.
echo "== JMH: end to end ($mode)"
e2e=("${timed[@]}")
if [[ $mode == quick ]]; then
  e2e=(-f 1 -wi 4 -w 3s -i 3 -r 2s)
fi
java -jar "$jar" "${e2e[@]}" -prof gc -foe false -jvmArgsAppend "$jvm" \
  -rf json -rff "$e2e_json" "$@" \
  "$pkg\.AssessBenchmark\."

echo "== JMH: compile times ($mode)"
java -jar "$jar" "${shots[@]}" -foe false -jvmArgsAppend "$jvm" \
  -rf json -rff "$shot_json" "$@" \
  "$pkg\.(CompileBenchmark|PackCompileBenchmark)\."

echo "== retained heap"
java -XX:+UseSerialGC -Xmx3g -cp "$jar" "$pkg.HeapFootprint" \
  --out "$heap_json" --repeat "$heap_repeat" ${HEAP_PHRASES:+--phrases "$HEAP_PHRASES"}

echo "== report"
java -cp "$jar" "$pkg.ResultsReport" --mode "$mode" \
  --command "benchmarks/run.sh $mode${*:+ $*}" \
  --jmh "$timed_json" --jmh "$e2e_json" --jmh "$shot_json" --heap "$heap_json" --verify "$verify_log" \
  --out "$report"
