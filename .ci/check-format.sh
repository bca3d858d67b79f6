#!/usr/bin/env bash
# Formatting check, no reformatter: fails on tabs, trailing whitespace or CRLF line ends in the
# tracked source and text files. Run by `mvn verify` (parent POM, validate phase) and by hand.
# A full formatter (google-java-format, spotless) was left out on purpose: applying it would
# rewrite most files and collide with concurrent work; this check only keeps what is clean clean.
set -euo pipefail
cd "$(dirname "$0")/.."

pattern='\.(java|xml|ya?ml|json|md|sh|properties)$|^\.ci/run$|/META-INF/services/'
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files | grep -E "$pattern" || true)
else # a source tree without git: every such file outside build folders
  mapfile -t files < <(find . -type f -not -path '*/target*/*' -not -path './.git/*' | sed 's|^\./||' \
    | grep -E "$pattern" || true)
fi

status=0
report() { # $1: what, $2: grep -P pattern
  local hits
  hits=$(printf '%s\0' "${files[@]}" | xargs -0 -r grep -n -P -H -s "$2" -- | cut -d: -f1,2 || true)
  if [ -n "$hits" ]; then
    echo "check-format: $1:" >&2
    echo "$hits" | head -20 | sed 's/^/  /' >&2
    status=1
  fi
}
report "tab characters (indent with spaces)" '\t'
report "trailing whitespace" '[ \t]+\r?$'
report "CRLF line ends (use LF)" '\r$'
if [ "$status" -eq 0 ]; then
  echo "check-format: ${#files[@]} files clean (no tabs, trailing whitespace or CRLF)"
fi
exit "$status"
