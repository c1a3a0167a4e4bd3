-- Counts one bullet unless this idempotency key was counted before; atomic because Redis runs scripts alone.
-- KEYS[1]: the counter. KEYS[2]: the idempotency record. ARGV[1]: how long to remember the key, in seconds.
-- Returns { total after the key's bullet, 1 if this call was a replay else 0 }.
local remembered = redis.call('GET', KEYS[2])
if remembered then
  return { tonumber(remembered), 1 }
end
local total = redis.call('INCR', KEYS[1])
redis.call('SET', KEYS[2], total, 'EX', ARGV[1])
return { total, 0 }
