-- wrk script of the benchmarks: JSON creates spread over KEYS bearer keys named KEY_PREFIX0, KEY_PREFIX1, ...
wrk.method = "POST"
wrk.body = '{"prompt":"bench","seconds":"4"}'
wrk.headers["Content-Type"] = "application/json"
local keys = tonumber(os.getenv("KEYS") or "16")
local prefix = os.getenv("KEY_PREFIX") or "sk-bench-"
local n = 0
request = function()
  n = n + 1
  wrk.headers["Authorization"] = "Bearer " .. prefix .. (n % keys)
  return wrk.format()
end
