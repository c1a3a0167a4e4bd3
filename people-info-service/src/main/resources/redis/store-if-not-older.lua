-- Caches a person unless the cache already holds a newer version of it, in one atomic step.
-- KEYS[1]: the person's key (a hash: version, person)
-- ARGV[1]: the version being stored; ARGV[2]: the person's JSON, or "" for "deleted"; ARGV[3]: TTL in seconds
-- A read that started before a write may finish after it: without this check it would put the old version back.
-- A deletion stores the highest version with no person, so no late read can bring the person back before the TTL.
local cached = redis.call('HGET', KEYS[1], 'version')
if cached and tonumber(cached) > tonumber(ARGV[1]) then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'person', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
