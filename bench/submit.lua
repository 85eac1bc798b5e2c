-- ./dvc bench: one request body sent again and again (wrk, LuaJIT).
--
--   wrk ... -s bench/submit.lua URL -- METHOD BODY_FILE CONTENT_TYPE COOKIE EXPECT
--
-- POST with a session cookie for the submissions (/nop-ho-so/<code>,
-- multipart/form-data with three 1 MiB PDFs, bench/submit_body.py), PUT of
-- the same bytes for the twin (nginx writing the body to a file).  EXPECT
-- is the status class that counts as success: 3 for a submission (303 to
-- the receipt), 2 for the PUT (201/204).  wrk itself counts only 4xx/5xx
-- as errors; this script counts every answer outside EXPECT and prints
-- "unexpected N" and the statuses seen, which ./dvc bench reads.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   local f = assert(io.open(args[2], "rb"))
   local body = f:read("*a")
   f:close()
   local headers = { ["Content-Type"] = args[3] }
   if args[4] ~= nil and args[4] ~= "" and args[4] ~= "-" then
      headers["Cookie"] = args[4]
   end
   expect = tonumber(args[5])
   statuses = {}
   unexpected = 0
   req = wrk.format(args[1], nil, headers, body)
end

function request()
   return req
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if math.floor(status / 100) ~= expect then
      unexpected = unexpected + 1
   end
end

function done(summary, latency, requests)
   local n, seen = 0, {}
   for _, t in ipairs(threads) do
      n = n + t:get("unexpected")
      for s, c in pairs(t:get("statuses")) do
         seen[s] = (seen[s] or 0) + c
      end
   end
   local list = {}
   for s, c in pairs(seen) do list[#list + 1] = s .. ":" .. c end
   table.sort(list)
   io.write(string.format("unexpected %d\nstatuses %s\n", n,
      table.concat(list, ",")))
end
