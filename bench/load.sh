#!/usr/bin/env bash
# Load test of the HTTP API: starts `serve` (Release) on 127.0.0.1, drives POST /api/discussions and POST /api/handouts
# with wrk for a bounded time each, and prints requests per second, p50 and p99 latency, errors and the server's peak
# memory (VmHWM). Only ever targets 127.0.0.1.
# Usage: bench/load.sh [seconds per endpoint, default 15] [connections, default 16] [only: an endpoint name to run alone,
# e.g. "fresh" for the handouts with a new seed every request, "twice" for each new seed asked twice]. CURRICULUM_BUILD=DIR times another checkout's build;
# SERVER_ENV="NAME=VALUE ..." is given to the server alone (e.g. SERVER_ENV="DOTNET_gcServer=0"), not to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-16}"
only="${3:-}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:${port}"
work="$(mktemp -d)"
build="${CURRICULUM_BUILD:-.}"
(cd "$build" && dotnet build src/Curriculum.Cli -c Release -v quiet -nologo >/dev/null)

# The rate limit is raised for the test; PDF rendering keeps its concurrency limit and queue.
# shellcheck disable=SC2086
env ${SERVER_ENV:-} Limits__RequestsPerWindow=100000000 dotnet "$build/src/Curriculum.Cli/bin/Release/net10.0/curriculum.dll" serve --urls "$url" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; cp "$work/server.log" "${TMPDIR:-/tmp}/curriculum-load-server.log" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "$url/health" >/dev/null && break; sleep 0.2; done
curl -sf "$url/health" >/dev/null || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }

echo '{ "units": ["leonid-1"], "themes": [], "audience": "9-10", "count": 6, "seed": 1 }' >"$work/discussion.json"
echo '{ "units": ["leonid-1"], "themes": [], "audience": "9-10", "count": 6, "seed": 1, "kind": "student", "paper": "letter" }' >"$work/handout.json"

run() {
  local name="$1" path="$2" body="$3" vary="${4:-}"
  if [ -n "$only" ] && [ "$only" != "$5" ]; then return; fi
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" "$url$path")"
  if [ "$status" != 200 ]; then echo "$name: POST $path answers $status; skipped"; return; fi
  # Warm up (JIT, caches), then measure. wrk ends its warm-up by closing connections with requests still in the
  # server's render queue; the measured run starts once those are gone (a second), so that its first requests do not
  # find the queue full of abandoned ones and get 429. Its seeds start past the warm-up's (SEED_BASE, bench/post.lua).
  BODY="$body" VARY_SEED="$vary" wrk -t2 -c"$connections" -d3s -s bench/post.lua "$url$path" >/dev/null
  sleep 1
  local line before after requests
  before="$(cpu_ticks)"
  line="$(BODY="$body" VARY_SEED="$vary" SEED_BASE=500000 wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/post.lua "$url$path" | grep '^RESULT')"
  after="$(cpu_ticks)"
  requests="$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")"
  # The server's CPU time (user + system, all its threads, the GC's included) per request: what the load average moves
  # far less than the rate, and what the rate can reach on this machine's cores (cores x 1000 / ms per request).
  echo "$name: ${line#RESULT } server_cpu_ms_per_request=$(python3 -c "print(f'{($after - $before) * 1000 / $(getconf CLK_TCK) / max(1, $requests):.2f}')")"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

echo "$connections connections, $seconds s each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run discussions /api/discussions "$work/discussion.json" "" discussions
run "handouts (one request repeated: served from the PDF cache)" /api/handouts "$work/handout.json" "" cached
run "handouts (a new seed every request: generated and rendered each time)" /api/handouts "$work/handout.json" 1 fresh
run "handouts (each new seed asked twice: the second is rendered again and kept, filling the PDF cache)" /api/handouts "$work/handout.json" twice twice
# Anything but 200 the server answered (wrk counts only what reached it), from the request log.
echo "server answers other than 200: $(grep -o 'StatusCode: [0-9]*' "$work/server.log" | grep -v ' 200$' | sort | uniq -c | tr -s ' ' | paste -sd, - || true)"
echo "server peak memory: $(grep VmHWM "/proc/$server/status" | awk '{print $2, $3}'); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
