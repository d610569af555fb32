#!/usr/bin/env bash
# Runs every test of the solution (unit, service, bUnit, Playwright end-to-end) and ends with "N passed, N failed".
# Installs Debian's Chromium and the pinned Lighthouse (npm ci) first if they are missing; no browser is downloaded.
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages (needed by the end-to-end tests)…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null || {
    echo "Could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi

if [ ! -d bench/lighthouse/node_modules/lighthouse ]; then
  echo "Installing Lighthouse from the npm registry (bench/lighthouse, needed by the Lighthouse test)…"
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || {
    echo "Could not install Lighthouse"; echo "0 passed, 1 failed"; exit 1; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test --solution Storefront.sln --results-directory "$PWD/TestResults" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

count() { grep -E "^\s*$1:\s*[0-9]+" "$log" | tail -n 1 | grep -oE '[0-9]+' | tail -n 1; }
passed=$(count succeeded); failed=$(count failed)
passed=${passed:-0}; failed=${failed:-0}
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a build error or a crash is a failure too
echo "$passed passed, $failed failed"
exit "$rc"
