-- konnichiwa's seed mix, 3:3:1 of /, /health and /inspect (with the key the benchmark started the service with).
local key = os.getenv("BENCH_KONNICHIWA_KEY")
local paths = { "/", "/health", "/", "/health", "/", "/health", "/inspect" }
local counter = 0

request = function()
  counter = counter % #paths + 1
  local path = paths[counter]
  local headers = {}
  if path == "/inspect" then
    headers["Authorization"] = "Bearer " .. key
  end
  return wrk.format("GET", path, headers)
end
