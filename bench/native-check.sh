#!/usr/bin/env bash
# The native (ahead-of-time compiled) tool must answer exactly as the JIT build does: this runs the same commands and
# HTTP requests against both and compares the bytes. CI has no native linker, so run it wherever the tool is packed
# with Native AOT. Usage: bench/native-check.sh PATH-OF-NATIVE-curriculum
set -euo pipefail
cd "$(dirname "$0")/.."
native="$(realpath "${1:?path of the native curriculum executable}")"
work="$(mktemp -d)"
servers=()
trap 'for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
dotnet build src/Curriculum.Cli -c Release -v quiet -nologo >/dev/null
jit=(dotnet "$PWD/src/Curriculum.Cli/bin/Release/net10.0/curriculum.dll")
failures=0

same() {
  if cmp -s "$work/jit.$1" "$work/native.$1"; then echo "same: $2"; else echo "DIFFERENT: $2"; diff <(head -c 2000 "$work/jit.$1") <(head -c 2000 "$work/native.$1") | head -10 || true; failures=$((failures + 1)); fi
}

i=0
for args in "units --json" "show leonid-1 --json" "discuss leonid-1 ivan-2 --json --seed 4" "discuss maxim-3 --markdown --audience 6-8" \
            "templates validate lesson-templates" "audit --seeds 2" "handout nope" "course --paper a4 --easy-read --out files"; do
  i=$((i + 1))
  for build in jit native; do
    cmd=("${jit[@]}"); [ "$build" = native ] && cmd=("$native")
    out="$work/$build.out$i"; mkdir -p "$out"
    # shellcheck disable=SC2086
    (cd "$out" && "${cmd[@]}" $args >"$work/$build.$i" 2>&1; echo "exit $?" >>"$work/$build.$i") || true
    [ -d "$out/files" ] && (cd "$out/files" && sha256sum -- * >>"$work/$build.$i")
  done
  # Timings are the only words allowed to differ.
  # Timings are the only words allowed to differ, and documents finish in any order on several cores.
  for build in jit native; do
    sed -E 's/ in [0-9.]+ s:/ in N s:/; s/; [0-9.]+ s\.$/; N s./; s/^\[[0-9]+\/([0-9]+)\]/[n\/\1]/' "$work/$build.$i" | sort >"$work/$build.sorted" && mv "$work/$build.sorted" "$work/$build.$i"
  done
  same "$i" "$args"
done

port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
jit_url="http://127.0.0.1:$(port)"; native_url="http://127.0.0.1:$(port)"
"${jit[@]}" serve --urls "$jit_url" >"$work/jit.log" 2>&1 & servers+=($!)
"$native" serve --urls "$native_url" >"$work/native.log" 2>&1 & servers+=($!)
for url in "$jit_url" "$native_url"; do
  for _ in $(seq 1 100); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.2; done
done

n=0
request() {
  n=$((n + 1))
  for build in jit native; do
    url="$jit_url"; [ "$build" = native ] && url="$native_url"
    curl -s -D "$work/$build.h$n" -o "$work/$build.r$n" "$@" "$url$path"
    grep -iE '^(HTTP|content-type|content-disposition)' "$work/$build.h$n" | tr -d '\r' >>"$work/$build.r$n"
    # A problem's trace id is new on every request.
    sed -i -E 's/"traceId": "[^"]*"/"traceId": "…"/' "$work/$build.r$n"
  done
  same "r$n" "$*$path"
}
json=(-H 'Content-Type: application/json')
path=/api/units request
path=/api/units/leonid-1 request
path=/api/themes request
path=/api/templates request
path=/openapi/v1.json request
path=/health/ready request
path=/api/discussions request "${json[@]}" --data '{"units":["leonid-1","leonid-2"],"themes":["propaganda"],"audience":"11-12","count":5,"seed":9}'
path=/api/discussions request "${json[@]}" --data '{"units":["nope"],"count":"x"}'
path=/api/handouts request "${json[@]}" --data '{"units":["ivan-1"],"kind":"teacher","paper":"a4","seed":3}'
path=/api/handouts request "${json[@]}" --data '{"units":["ivan-1"],"kind":"student","format":"docx","seed":3}'
path=/api/exports request "${json[@]}" --data '{"units":["maxim-1"],"lms":"gift"}'
path=/api/templates/validate request "${json[@]}" --data '{"text":"prompts:\n  - id: x\n"}'
echo
[ "$failures" = 0 ] && echo "the native tool answers as the JIT build does" || { echo "$failures difference(s)"; exit 1; }
