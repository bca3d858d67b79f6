#!/usr/bin/env bash
# Reproducible-build check: builds every module twice, into two different build folders
# (-Dindicia.buildDir), and compares the SHA-256 of every jar the two builds made, shaded ones
# included (cli's indicia.jar, benchmarks.jar). Exit 0 when all are byte-identical.
#
#   .ci/reproducible.sh            # package without tests (about 3 minutes on 2 cores)
#
# Needs nothing installed: sibling modules are resolved from the reactor.
set -euo pipefail
cd "$(dirname "$0")/.."

a=target-repro-a
b=target-repro-b
cleanup() { find . -maxdepth 2 -type d \( -name "$a" -o -name "$b" \) -prune -exec rm -rf {} +; }
trap cleanup EXIT
cleanup

for dir in "$a" "$b"; do
  echo "reproducible: building into */$dir"
  mvn -B -q package -DskipTests -Dindicia.buildDir="$dir" >/dev/null
done

sums() { # $1: build folder name -> "module/file sha" lines, sorted
  find . -maxdepth 3 -path "*/$1/*.jar" -print0 | sort -z | xargs -0 sha256sum \
    | sed -E "s#^([0-9a-f]+)  \./([^/]+)/$1/#\2/ \1 #" | awk '{print $1 $3, $2}' | sort
}
sums "$a" > "/tmp/repro-$$-a.txt"
sums "$b" > "/tmp/repro-$$-b.txt"
total=$(wc -l < "/tmp/repro-$$-a.txt")
if [ "$total" -eq 0 ]; then
  echo "reproducible: no jars found" >&2
  exit 2
fi
if diff "/tmp/repro-$$-a.txt" "/tmp/repro-$$-b.txt" > "/tmp/repro-$$-diff.txt"; then
  echo "reproducible: $total of $total jars byte-identical across two builds"
  sed 's/^/  /' "/tmp/repro-$$-a.txt"
  status=0
else
  echo "reproducible: jars differ between the two builds:" >&2
  cat "/tmp/repro-$$-diff.txt" >&2
  status=1
fi
rm -f /tmp/repro-$$-*.txt
exit "$status"
