#!/usr/bin/env bash
# Regenerate every expected output in tests/ from node (v20). Developer tool only:
# the JUnit suite (cli/.../JsProgramTest.java) never calls node.
#
#   tests/js/**/X.js   -> X.out  = node's stdout            (exit code must be 0)
#   tests/trace-event-loop/X.js, tests/trace-promises/X.js -> X.out likewise (the goldens beside
#                         them are Kindling's own, from tests/regen-goldens.sh)
#   tests/errors/X.js  -> X.out  = node's stdout
#                         X.err  = node's stderr, normalized (exit code must be 1)
#   a `// tz: ZONE` line in X.js runs it with TZ=ZONE (JsProgramTest passes --tz=ZONE)
#   tests/stdin/X.js   -> run as `node - one two < X.js` (a program from stdin, node's [stdin]):
#                         X.out, X.err (normalized) and X.exit = its exit code
#
# Normalization of stderr (JsProgramTest applies the same to the engine's stderr):
#   1. every occurrence of "<absolute dir of X.js>/" is removed
#      (so "/work/main/tests/errors/x.js:3" becomes "x.js:3", also inside "at f (...)" frames);
#   2. stack lines pointing into node internals are removed
#      ("    at Module._compile (node:internal/...)", "    at node:internal/main/...",
#      and for stdin programs node's own wrapper, "    at [stdin]-wrapper:6:24");
#   3. the trailing blank line + "Node.js v20.x.y" footer is removed.
#
# Usage: tests/regen-expected.sh            (regenerate everything)
#        tests/regen-expected.sh FILE.js... (regenerate only these programs)
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v node >/dev/null || { echo "node not found on PATH" >&2; exit 2; }
case "$(node --version)" in v20.*) ;; *) echo "warning: expected node v20, got $(node --version)" >&2 ;; esac

normalize() { # $1 = absolute directory of the program; stdin -> stdout
  NORM_DIR="$1/" node -e '
    const dir = process.env.NORM_DIR;
    let s = require("fs").readFileSync(0, "utf8");
    s = s.split(dir).join("");
    s = s.split("\n").filter(l => !/^\s+at (.*\()?(node:|\[stdin\]-wrapper:)/.test(l)).join("\n");
    s = s.replace(/\n\nNode\.js v\d+\.\d+\.\d+\n$/, "\n");
    process.stdout.write(s);
  '
}

# node, in the time zone of the program's `// tz:` line if it has one ($tz, set per program).
run_node() { if [ -n "$tz" ]; then TZ="$tz" node "$@"; else node "$@"; fi; }

status=0
if [ $# -gt 0 ]; then
  files=()
  for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
  mapfile -t files < <(find "$here/js" "$here/errors" "$here/stdin" "$here/trace-event-loop" "$here/trace-promises" -name '*.js' | LC_ALL=C sort)
fi

for f in "${files[@]}"; do
  dir="$(dirname "$f")"; base="${f%.js}"
  # A `// tz: ZONE` line fixes the program's local time zone (JsProgramTest passes --tz=ZONE).
  tz="$(sed -n 's|^// tz: \([^ ]*\)$|\1|p' "$f" | head -n 1)"
  case "$f" in
    "$here"/errors/*)
      (cd "$dir" && run_node "$f" >"$base.out" 2>"$base.err.raw"); rc=$?
      normalize "$dir" <"$base.err.raw" >"$base.err"; rm -f "$base.err.raw"
      if [ $rc -ne 1 ]; then echo "UNEXPECTED exit $rc (want 1): $f" >&2; status=1; fi ;;
    "$here"/stdin/*)
      (cd "$dir" && run_node - one two <"$f" >"$base.out" 2>"$base.err.raw"); echo $? >"$base.exit"
      normalize "$dir" <"$base.err.raw" >"$base.err"; rm -f "$base.err.raw" ;;
    *)
      (cd "$dir" && run_node "$f" >"$base.out" 2>/dev/null); rc=$?
      if [ $rc -ne 0 ]; then echo "UNEXPECTED exit $rc (want 0): $f" >&2; status=1; fi ;;
  esac
done
echo "regenerated ${#files[@]} program(s)"
exit $status
