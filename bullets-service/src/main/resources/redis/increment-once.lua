-- Counts one bullet unless this idempotency key was counted before; atomic because Redis runs scripts alone.
-- KEYS[1]: the counter (no TTL: never evicted under volatile-* policies). KEYS[2]: the idempotency record (with a
-- TTL: evictable). KEYS[3]: how many records this client created in the current window (with a TTL: evictable).
-- ARGV[1]: how long to remember the key, in seconds. ARGV[2]: most new records per client and window.
-- ARGV[3]: the window, in seconds.
-- Returns { total after the key's bullet, 1 if this call was a replay else 0 }, or { -1, 0 } when the client has
-- created its most records this window (nothing counted, nothing stored).
local remembered = redis.call('GET', KEYS[2])
if remembered then
  return { tonumber(remembered), 1 }
end
local created = redis.call('INCR', KEYS[3])
if created == 1 then
  redis.call('EXPIRE', KEYS[3], ARGV[3])
end
if created > tonumber(ARGV[2]) then
  return { -1, 0 }
end
local total = redis.call('INCR', KEYS[1])
redis.call('SET', KEYS[2], total, 'EX', ARGV[1])
return { total, 0 }
