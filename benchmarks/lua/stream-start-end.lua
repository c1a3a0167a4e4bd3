-- stream-limiter start + end pairs: each started stream is ended by a later request of the same thread. Every
-- start comes from its own random viewer, so no start meets the 3-stream limit (a 429 would count as non-2xx).
local started = {}

math.randomseed(os.time() + math.floor(os.clock() * 1000000))

local function viewer()
  return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
end

request = function()
  local pending = table.remove(started)
  if pending then
    return wrk.format("DELETE", "/api/v1/stream/" .. pending.id, { ["X-Forwarded-For"] = pending.viewer })
  end
  return wrk.format("POST", "/api/v1/stream", { ["X-Forwarded-For"] = viewer() })
end

response = function(status, headers, body)
  if status == 201 then
    local id = body:match('"id"%s*:%s*"([^"]+)"')
    local who = body:match('"viewer"%s*:%s*"([^"]+)"')
    if id and who then
      table.insert(started, { id = id, viewer = who })
    end
  end
end
