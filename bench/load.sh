#!/usr/bin/env bash
# Load benchmark: each page kind against a static file with the same bytes, served by the same app, measured the
# same way with wrk. Usage: bench/load.sh [--duration 20] [--connections 32] [--products 50000] [--orders 100000]
set -euo pipefail
cd "$(dirname "$0")/.."

duration=20 connections=32 products=50000 orders=100000 port=5199 warmup=30
while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) duration=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --products) products=$2; shift 2 ;;
        --orders) orders=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
fail() { echo "load benchmark FAILED: $*" >&2; exit 1; }

command -v wrk >/dev/null || { echo "installing wrk (Debian package)…"; apt-get install -y -qq wrk >/dev/null || fail "cannot install wrk"; }

echo "building Release…"
dotnet build -c Release Storefront/Storefront.csproj -v q -nologo >/dev/null || fail "Release build failed"
source_db=$(dotnet run -c Release --project bench/Storefront.Bench -- --products "$products" --orders "$orders" --generate-only | tail -1)
[[ -f "$source_db" ]] || fail "no benchmark database ($source_db)"

work=$(mktemp -d)
cp "$source_db" "$work/bench.db"
mkdir -p "$work/static"
app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

base="http://127.0.0.1:$port"
ASPNETCORE_ENVIRONMENT=Production \
Database__ConnectionString="Data Source=$work/bench.db" Seed__Enabled=false \
StaticFiles__ExtraFolder="$work/static" Logging__LogLevel__Default=Warning \
    Storefront/bin/Release/net10.0/Storefront --urls "$base" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/robots.txt" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the app did not start"; }
    sleep 1
done
curl -fs -o /dev/null "$base/robots.txt" || fail "the app did not answer within 120 s"

product=$(curl -fs "$base/c/fashion" | grep -o 'href="product/[0-9]*/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
declare -a kinds=(
    "home (anonymous)|/"
    "category, 3 filters|/c/fashion?size=M&colour=Navy&stock=1"
    "search|/search?q=jacket"
    "product|/$product"
    "cart (anonymous, empty)|/cart"
)

echo "warming up for ${warmup}s…"
for kind in "${kinds[@]}"; do
    wrk -t2 -c"$connections" -d"$((warmup / ${#kinds[@]} + 1))s" "$base${kind#*|}" >/dev/null
done

# wrk prints latencies as 1.23ms / 456.78us / 1.02s; report milliseconds.
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v * 0.001; else if (v ~ /ms$/) printf "%.1f", v + 0; else if (v ~ /s$/) printf "%.1f", v * 1000; else print v }'; }
measure() { # url -> "rps p50 p99 errors"
    local out; out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$1")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    # Non-2xx/3xx answers plus socket errors (connect, read, write, timeout); both lines are absent when all went well.
    errors=$(awk '/Non-2xx or 3xx responses/ { n += $5 } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
    echo "$rps $(ms "$p50") $(ms "$p99") $errors"
}

printf '\n%s, %s connections, 2 threads, %ss per run, %s cores, %s products\n' "$(date -u +%F)" "$connections" "$duration" "$(nproc)" "$products"
printf '%-24s %9s %8s %8s %10s %8s %7s %8s\n' "page" "req/s" "p50 ms" "p99 ms" "limit r/s" "ratio" "errors" "bytes"
failed=0
for i in "${!kinds[@]}"; do
    name=${kinds[$i]%%|*} path=${kinds[$i]#*|}
    curl -fs -o "$work/static/page$i.html" "$base$path" || fail "$path did not answer 200"
    bytes=$(stat -c %s "$work/static/page$i.html")
    read -r rps p50 p99 errors < <(measure "$base$path")
    read -r srps _ _ serrors < <(measure "$base/_static/page$i.html")
    ratio=$(awk -v a="$rps" -v b="$srps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    printf '%-24s %9.0f %8s %8s %10.0f %8s %7s %8s\n' "$name" "$rps" "$p50" "$p99" "$srps" "$ratio" "$errors" "$bytes"
    [[ "$errors" == 0 && "$serrors" == 0 ]] || failed=1
done
peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$app_pid/status")
printf 'peak memory (VmHWM) of the app: %d MB\n' "$((peak_kb / 1024))"
[[ $failed == 0 ]] || fail "error responses under load (see the errors column)"
