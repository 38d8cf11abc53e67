#!/usr/bin/env bash
# Runs TaskBot's whole test suite. Installs what the tests need and is missing — PostgreSQL (the tests start
# a private cluster of their own), Debian's Chromium with CJK and emoji fonts for the Web Chat browser test,
# LibreOffice Writer and Calc for the documents another program writes, Node.js and npm for the conformance tests'
# JavaScript channel — then runs every test project. Debian's package names; run as root (CI) it installs them.
# Extra arguments go to `dotnet test` (e.g. --filter Import).
set -euo pipefail
cd "$(dirname "$0")/.."

# C# lines within .editorconfig's limit, checked before anything is installed or built.
bash scripts/check-lines.sh

need_packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_packages+=(fonts-wqy-microhei)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need_packages+=(fonts-noto-color-emoji)
command -v soffice >/dev/null 2>&1 || need_packages+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/share/registry/calc.xcd ] || need_packages+=(libreoffice-calc-nogui)
command -v node >/dev/null 2>&1 || need_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || need_packages+=(npm)
# npm fetches over TLS and Debian's Node.js trusts the system's certificates: a recommendation, not a dependency.
[ -e /etc/ssl/certs/ca-certificates.crt ] || need_packages+=(ca-certificates)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${need_packages[*]} — install them (sudo apt-get install ${need_packages[*]}) and run again" >&2
    exit 1
  fi
  echo "installing ${need_packages[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

# The conformance tests run Microsoft's JavaScript SDK as the channel: fetched beside the build, which does not need it.
conformance=tests/TaskBot.Tests/Conformance
npm_pid=
if [ ! -d "$conformance/node_modules/botbuilder" ]; then
  (cd "$conformance" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error) &
  npm_pid=$!
fi

# Built once, only what the tests run (tests/tests.slnf: not the benchmarks or the migration tool); then the three
# test projects side by side without building again.
# The environment turns the compiler server off (UseSharedCompilation=false), so each project would start the
# compiler anew and JIT it again: this build uses one server for all of them and stops it after, so none outlives it.
status=0
dotnet build tests/tests.slnf --nologo -clp:ErrorsOnly -p:UseSharedCompilation=true || status=$?
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
[ -z "$npm_pid" ] || wait "$npm_pid" || status=$?
[ $status -eq 0 ] || exit $status

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test tests/tests.slnf --no-build "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole suite, summed over the test projects.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
