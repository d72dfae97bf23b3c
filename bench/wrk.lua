-- wrk script for every closed-model scenario of bench/run. Arguments after "--", as key=value:
--   mode=get   path=/v1/partners/ ids=FILE      GET path..id, ids drawn at random
--   mode=fixed                                 GET the URL given to wrk as it is
--   mode=post  path=/v1/partners               POST a new organisation with a unique Idempotency-Key
--   mode=put   path=/v1/partners/ ids=FILE     PUT a renamed organisation with If-Match, FILE holds "id version"
--   key=API_KEY                                sends X-API-Key (through the gateway)
--   threads=N                                  wrk's -t, so each thread PUTs its own ids
-- done() prints key=value lines (latency in ms) that bench/run collects.

local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

local function parse(args)
  local options = {}
  for _, arg in ipairs(args) do
    local k, v = arg:match("^([^=]+)=(.*)$")
    if k then options[k] = v end
  end
  return options
end

local function lines(file)
  local out = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(out, line) end
  end
  return out
end

local countries = {"KH", "PE", "MY", "PK", "KE", "NG", "IN", "BD", "BR", "SN"}
local themes = {"primary", "secondary", "teacher-development", "digital-transformation", "gender-equality"}

local function partner(name, n)
  return '{"name":"' .. name .. '","type":"national-ngo","level":"national","country":"'
      .. countries[n % #countries + 1] .. '","themes":["' .. themes[n % #themes + 1] .. '"]}'
end

function init(args)
  local o = parse(args)
  mode = o.mode or "fixed"
  path = o.path
  -- wrk.format uses the headers it is given instead of wrk.headers: start from a copy of those (-H,
  -- such as the credential), or every request would go out without them.
  headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json"
  if o.key and o.key ~= "" then headers["X-API-Key"] = o.key end
  math.randomseed(os.time() + tid * 7919)
  run = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000000))
  if mode == "get" then
    ids = lines(o.ids)
  elseif mode == "put" then
    local n = tonumber(o.threads or "1")
    ids, versions = {}, {}
    for i, line in ipairs(lines(o.ids)) do
      if (i - 1) % n == tid then
        local id, version = line:match("^(%S+)%s+(%S+)$")
        table.insert(ids, id)
        versions[id] = version
      end
    end
  end
end

function request()
  counter = counter + 1
  if mode == "get" then
    return wrk.format("GET", path .. ids[math.random(1, #ids)], headers)
  elseif mode == "post" then
    headers["Idempotency-Key"] = run .. "-" .. tid .. "-" .. counter
    return wrk.format("POST", path, headers, partner("Bench write " .. run .. " " .. tid .. " " .. counter, counter))
  elseif mode == "put" then
    local id = ids[(counter - 1) % #ids + 1]
    headers["If-Match"] = '"' .. versions[id] .. '"'
    return wrk.format("PUT", path .. id, headers, partner("Bench rename " .. run .. " " .. counter, counter))
  end
  return wrk.format("GET", nil, headers)
end

function response(status, hdrs, body)
  if mode == "put" and status == 200 then
    local id = body:match('"id"%s*:%s*"([^"]+)"')
    for k, v in pairs(hdrs) do
      if k:lower() == "etag" and id then versions[id] = v:gsub('"', "") end
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests=%d\nseconds=%.2f\nrps=%.1f\nerrors_socket=%d\nerrors_status=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    e.connect + e.read + e.write + e.timeout, e.status))
  io.write(string.format("p50_ms=%.2f\np99_ms=%.2f\np999_ms=%.2f\nmax_ms=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    latency.max / 1000))
end
