#!/usr/bin/env bash
# Fails, listing file:line, when a C# line is longer than .editorconfig's max_line_length for *.cs, counted in
# characters (a Chinese character is one). The migrations are left out: EF Core generates them.
set -euo pipefail
cd "$(dirname "$0")/.."

limit=$(awk '/^\[/ { cs = ($0 == "[*.cs]") } cs && $1 == "max_line_length" { print $3 }' .editorconfig)
long=$(git ls-files -z --cached --others --exclude-standard '*.cs' | grep -zv '/Migrations/' \
  | LC_ALL=C.UTF-8 xargs -0 -r grep -HnsE "^.{$((limit + 1)),}" | cut -d: -f1,2 || true)
if [ -n "$long" ]; then
  echo "$long" >&2
  echo "$(echo "$long" | wc -l) C# line(s) above are longer than $limit characters (.editorconfig max_line_length): wrap them" \
    "(parameters or arguments after a comma, chained calls before the '.', conditions at && or ||, long strings split with +)" >&2
  exit 1
fi
