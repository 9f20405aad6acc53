#!/usr/bin/env bash
# Overload and template-bomb test of the HTTP API. Starts `serve` (Release) on 127.0.0.1 only, then:
#   1. overload: POST /api/handouts with a new seed on every request (every PDF generated and rendered, no cache hits)
#      from clients that ignore Retry-After (a 429 is answered and the next request sent at once), at 16 and at
#      100 connections; prints successful PDFs/s, 429s, p50/p99 of the successful ones, and the server's peak memory.
#   2. bombs: three clients sending template bombs (each would cost seconds of CPU without the per-request budget)
#      back to back, beside good handout requests (new seed each); prints the good requests' p50/p99.
# Uses wrk (with bench/post.lua) when it is installed, otherwise curl --parallel (one transfer per request, a pool of
# keep-alive connections; curl does not retry a 429). Usage: bench/overload.sh [requests per run, default 1500]
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-1500}"
command -v curl >/dev/null || { echo "curl is needed"; exit 1; }

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:${port}"
work="$(mktemp -d)"
dotnet build src/Curriculum.Cli -c Release -v quiet -nologo >/dev/null

# The per-client rate limit is raised (the clients here are one address); the render queue keeps its defaults.
Limits__RequestsPerWindow=100000000 dotnet src/Curriculum.Cli/bin/Release/net10.0/curriculum.dll serve --urls "$url" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "$url/health" >/dev/null && break; sleep 0.2; done
curl -sf "$url/health" >/dev/null || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }

# A curl config of N handout requests, each with its own seed (first seed $2), so that none is served from the cache.
handouts() {
  local n="$1" first="$2" file="$3"
  python3 - "$n" "$first" "$url" >"$file" <<'EOF'
import json, sys
n, first, url = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
blocks = []
for i in range(n):
    body = json.dumps({"units": ["leonid-1"], "count": 6, "seed": first + i, "kind": "student", "paper": "letter"})
    blocks.append(f'url = "{url}/api/handouts"\nsilent\nheader = "Content-Type: application/json"\ndata-binary = {json.dumps(body)}\n'
                  f'output = "/dev/null"\nwrite-out = "%{{http_code}} %{{time_total}}\\n"\n')
# "next" separates transfers; one after the last would start an empty one.
print("next\n".join(blocks))
EOF
}

# Prints "ok=… 429=… other=… seconds=… pdfs_per_s=… p50_ms=… p99_ms=…" for a file of "status seconds" lines.
summarize() {
  python3 - "$1" "$2" <<'EOF'
import sys
lines = [l.split() for l in open(sys.argv[1]) if l.strip()]
elapsed = float(sys.argv[2])
ok = sorted(float(t) * 1000 for s, t in lines if s == "200")
refused = sum(1 for s, _ in lines if s == "429")
other = len(lines) - len(ok) - refused
def pct(p): return ok[min(len(ok) - 1, int(round(p / 100 * (len(ok) - 1))))] if ok else float("nan")
print(f"ok={len(ok)} 429={refused} other={other} seconds={elapsed:.1f} pdfs_per_s={len(ok) / elapsed:.1f} p50_ms={pct(50):.1f} p99_ms={pct(99):.1f}")
EOF
}

run_curl() {
  local connections="$1" n="$2" first="$3" out="$4"
  handouts "$n" "$first" "$work/config"
  local start end
  start="$(date +%s.%N)"
  curl --parallel --parallel-immediate --parallel-max "$connections" --no-progress-meter --config "$work/config" >"$out" 2>/dev/null || true
  end="$(date +%s.%N)"
  python3 -c "print($end - $start)"
}

overload() {
  local connections="$1" first="$2"
  if command -v wrk >/dev/null; then
    echo '{ "units": ["leonid-1"], "count": 6, "seed": 1, "kind": "student", "paper": "letter" }' >"$work/handout.json"
    BODY="$work/handout.json" VARY_SEED=1 wrk -t2 -c"$connections" -d15s --latency -s bench/post.lua "$url/api/handouts" | grep '^RESULT'
  else
    local elapsed
    elapsed="$(run_curl "$connections" "$requests" "$first" "$work/results")"
    summarize "$work/results" "$elapsed"
  fi
}

command -v wrk >/dev/null || echo "(wrk is not installed: using curl --parallel)"
# Warm up: JIT, fonts, the shipped bank.
run_curl 4 100 900000000 "$work/warm" >/dev/null
echo "overload, 16 connections:  $(overload 16 1000000)"
echo "overload, 100 connections: $(overload 100 2000000)"
# Again at 16, to see how much of any difference is the machine (other load, JIT warming) rather than the connections.
echo "overload, 16 connections again: $(overload 16 4000000)"
echo "server peak memory after overload: $(grep VmHWM "/proc/$server/status" | awk '{print $2, $3}')"

# Template bombs: twenty look-fors, each a loop of heavy string filters (about 100,000 steps, close to a second each
# without a shared budget); with anchors refused, the text is written out twenty times, as an attacker would.
python3 - "$work" <<'EOF'
import json, sys
heavy = ('{% assign s = "0123456789" %}{% for i in (1..10) %}{% assign s = s | append: s %}{% endfor %}'
         '{% for i in (1..999) %}{% for j in (1..999) %}{% assign t = s | replace_first: "0", "1" | upcase %}{% endfor %}{% endfor %}ok')
looks = "\n".join("      - '" + heavy + "'" for _ in range(20))
template = ("prompts:\n  - id: bomb\n    theme: propaganda\n    framework: ipa:told-vs-found\n    level: analyse\n"
            "    question: evidence\n    audiences: [9-10]\n    text: 'What does {{ speaker }} mean?'\n    look_fors:\n" + looks + "\n")
for n in range(3):
    body = {"units": ["leonid-1"], "seed": n, "kind": "student", "templates": [{"file": "bomb.yaml", "text": template}]}
    open(f"{sys.argv[1]}/bomb{n}.json", "w").write(json.dumps(body))
EOF
elapsed="$(run_curl 2 $((requests / 5)) 2500000 "$work/alone")"
echo "good handouts alone (2 connections):               $(summarize "$work/alone" "$elapsed")"
bomber() {
  local n="$1"
  while [ -e "$work/bombing" ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' --data-binary "@$work/bomb$n.json" "$url/api/handouts" >>"$work/bombs$n"
  done
}
touch "$work/bombing"
bomber 0 & b0=$!; bomber 1 & b1=$!; bomber 2 & b2=$!
sleep 1
elapsed="$(run_curl 2 $((requests / 5)) 3000000 "$work/good")"
rm -f "$work/bombing"
wait "$b0" "$b1" "$b2"
echo "good handouts beside three bombs (2 connections):  $(summarize "$work/good" "$elapsed")"
echo "bombs: $(cat "$work"/bombs? | awk '{n++; s[$1]++; t+=$2} END {printf "%d requests, statuses:", n; for (k in s) printf " %s=%d", k, s[k]; printf ", mean %.2f s each\n", t/n}')"
echo "server peak memory: $(grep VmHWM "/proc/$server/status" | awk '{print $2, $3}')"
