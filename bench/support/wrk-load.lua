-- wrk script for bench/support/run-load.ts: walks the pages of a list (BENCH_PAGES), sends the bearer token
-- (BENCH_TOKEN), and prints the result as one JSON line (latencies in ms).
local pages = tonumber(os.getenv("BENCH_PAGES") or "1")
local token = os.getenv("BENCH_TOKEN") or ""
local n = 0

request = function()
  n = n + 1
  local path = wrk.path
  if pages > 1 then path = path .. "&page=" .. ((n % pages) + 1) end
  local headers = {}
  if token ~= "" then headers["authorization"] = "Bearer " .. token end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\n{"requests":%d,"rps":%.1f,"p50":%.1f,"p90":%.1f,"p99":%.1f,"max":%.1f,"non2xx":%d,"errors":%d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
