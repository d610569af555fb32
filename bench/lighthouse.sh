#!/usr/bin/env bash
# Lighthouse (mobile preset) for home, a category, a product and the cart of a published Release build with the demo
# seed: prints performance, accessibility, best practices and SEO per page and fails when one is below --min (95).
# Usage: bench/lighthouse.sh [--min 95] [--port 5198]
set -euo pipefail
cd "$(dirname "$0")/.."

min=95 port=5198
while [[ $# -gt 0 ]]; do
    case "$1" in
        --min) min=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
fail() { echo "lighthouse FAILED: $*" >&2; exit 1; }

[[ -x /usr/bin/chromium ]] || fail "Chromium is missing at /usr/bin/chromium (apt-get install chromium)"
(cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci in bench/lighthouse failed"

work=$(mktemp -d)
app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# A publish, not a build: only publishing writes the brotli/gzip variants of MudBlazor's files that real visitors get.
echo "publishing Release…"
dotnet publish -c Release Storefront/Storefront.csproj -o "$work/app" -v q -nologo >/dev/null || fail "Release publish failed"

base="http://127.0.0.1:$port"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Database__ConnectionString="Data Source=$work/shop.db" exec ./Storefront --urls "$base" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$base/robots.txt" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app did not start"; }
    sleep 1
done
curl -fs -o /dev/null "$base/robots.txt" || fail "the app did not answer within 180 s"

category="c/fashion"
product=$(curl -fs "$base/$category" | grep -o 'href="product/[0-9]*/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
[[ -n "$product" ]] || fail "no product link on /$category"

node bench/lighthouse/scores.mjs "$base/" "" "$category" "$product" cart \
    --min-performance "$min" --min-accessibility "$min" --min-best-practices "$min" --min-seo "$min"
