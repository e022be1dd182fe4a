-- wrk script for every bench URL: the method, body and headers come from the environment
-- (bench/run.py sets them), and done() prints one JSON line that run.py reads.

wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.body = body
end
local headers = os.getenv("BENCH_HEADERS") or ""
for name, value in string.gmatch(headers, "([^:\n]+):%s*([^\n]*)") do
  wrk.headers[name] = value
end

-- BENCH_PATHS (one per line): requests rotate over these paths instead of the URL given,
-- e.g. several searches in three languages, so no single query is the only one measured.
local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "", "[^\n]+") do
  table.insert(paths, path)
end
if #paths > 0 then
  local counter = 0
  request = function()
    counter = counter + 1
    return wrk.format(nil, paths[(counter % #paths) + 1])
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "mean": %.1f, "max": %d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean, latency.max))
end
