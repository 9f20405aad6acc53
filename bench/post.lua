-- wrk script: POST a JSON body read from the file named by the BODY environment variable; count non-2xx answers.
local f = assert(io.open(os.getenv("BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

-- VARY_SEED=1 (or any value but "twice"): a new seed on every request, so every handout is generated and rendered afresh (no cache hits).
local vary = os.getenv("VARY_SEED")
if vary and vary ~= "" then
  local threads = 0
  -- SEED_BASE: where this run's seeds start within each thread's million, so that the measured run asks none of the
  -- seeds its warm-up asked (asked twice, a handout is kept by the cache, and "fresh" would fill the cache as "twice" does).
  local base_seed = tonumber(os.getenv("SEED_BASE") or "0")
  setup = function(thread)
    threads = threads + 1
    thread:set("first", threads * 1000000 + base_seed)
  end

  -- VARY_SEED=twice: each new seed is asked twice in a row, so every PDF is kept by the cache (which keeps a PDF
  -- when its request comes a second time) and the cache fills to its bound.
  local step = vary == "twice" and 0.5 or 1
  local base = wrk.body
  local counter = nil
  request = function()
    counter = (counter or first) + step
    return wrk.format(nil, nil, nil, (base:gsub('"seed": %d+', '"seed": ' .. math.floor(counter))))
  end
end

local bad = 0
response = function(status, headers, body)
  if status >= 300 then bad = bad + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d socket_errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
