-- wrk script for POST /api/v1/orders (bench/orders.sh).
-- Arguments after "--": <tokens file> <sku codes file> <run tag>
-- Every request: a fresh Idempotency-Key (run tag, thread id, per-thread counter), the next shopper's
-- token (rotated), the next SKU of the list (rotated; a one-line list is the hot-SKU run), quantity 1.
-- done() prints one machine-readable line: RESULT tag=... s201=... s409=... s429=... s5xx=... other=... errors=...
-- p50_ms=... p95_ms=... p99_ms=... max_ms=... duration_s=...

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function lines(path)
  local t = {}
  for l in io.lines(path) do
    if #l > 0 then t[#t + 1] = l end
  end
  return t
end

function init(args)
  tokens = lines(args[1])
  skus = lines(args[2])
  tag = args[3] or "run"
  n = 0
  s201, s409, s429, s5xx, other = 0, 0, 0, 0, 0
  -- spread start points so threads do not walk the lists in lock step
  tok_off = (tid * 7919) % #tokens
  sku_off = (tid * 104729) % #skus
end

function request()
  n = n + 1
  local token = tokens[((n + tok_off) % #tokens) + 1]
  local sku = skus[((n * 7 + sku_off) % #skus) + 1]
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = tag .. "-" .. tid .. "-" .. n,
  }, '{"items":[{"sku":"' .. sku .. '","quantity":1}]}')
end

function response(status, headers, body)
  if status == 201 then s201 = s201 + 1
  elseif status == 409 then s409 = s409 + 1
  elseif status == 429 then s429 = s429 + 1
  elseif status >= 500 then s5xx = s5xx + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local c = { s201 = 0, s409 = 0, s429 = 0, s5xx = 0, other = 0 }
  for _, t in ipairs(threads) do
    for k, _ in pairs(c) do c[k] = c[k] + (t:get(k) or 0) end
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT tag=%s s201=%d s409=%d s429=%d s5xx=%d other=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f duration_s=%.3f\n",
    threads[1]:get("tag"), c.s201, c.s409, c.s429, c.s5xx, c.other, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.duration / 1e6))
end
