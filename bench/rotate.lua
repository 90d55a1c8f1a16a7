-- wrk script: cycles through the paths in the file named by BENCH_PATHS (one a line, '#' comments),
-- each thread from its own offset, and prints the latency percentiles as one parsable line.
local paths = {}
local counter = 0
local prefix = os.getenv("BENCH_PREFIX") or ""
-- BENCH_ACCEPT_ENCODING, when set, is sent as Accept-Encoding (as browsers do: "gzip, deflate, br").
local headers = {}
local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if encoding and encoding ~= "" then
  headers["Accept-Encoding"] = encoding
end

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      paths[#paths + 1] = prefix .. line
    end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors))
end
