#!/usr/bin/env bash
# Throughput of the Flink job per slot at parallelism 1 and 2, next to scan on one and two threads,
# on the same corpus: the sample ads and both benign corpora, repeated (REPEAT, default 90: 50,130
# documents). Needs the jars: mvn -B -q package -DskipTests (cli/target/indicia.jar and
# flink/target/indicia-flink-job.jar). Prints one line per run; the figures go in flink/README.md.
#
#   flink/bench.sh              # about 2 minutes on 2 cores
#   REPEAT=20 flink/bench.sh    # a quick check
#
# The job prints two figures: documents over the job's net runtime (which includes starting the
# tasks, building one detector per task and, in batch mode, reading the input before screening),
# and documents over the screening span, from the first document assessed to the last (per slot:
# divided by the parallelism). scan's figure is its own summary's.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat="${REPEAT:-90}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for _ in $(seq "$repeat"); do
  cat samples/ads.jsonl rules-en/src/test/resources/benign-en.jsonl rules-fr/src/test/resources/benign-fr.jsonl
done > "$work/corpus.jsonl"
docs=$(grep -c . "$work/corpus.jsonl")
echo "corpus: $docs documents, $(du -h "$work/corpus.jsonl" | cut -f1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for t in 1 2; do
  summary=$(java -jar cli/target/indicia.jar scan --threads "$t" "$work/corpus.jsonl" 2>&1 >/dev/null | tail -1)
  echo "scan --threads $t: ${summary#indicia scan: }"
done
for p in 1 2; do
  rm -rf "$work/out"
  java -jar flink/target/indicia-flink-job.jar --input "$work/corpus.jsonl" --output "$work/out" --parallelism "$p" 2>&1 \
    | sed -n "s/^indicia-flink-job: /flink --parallelism $p: /p"
done
