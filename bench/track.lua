-- ./dvc bench: public dossier lookups at random codes (wrk, LuaJIT).
--
--   wrk ... -s bench/track.lua URL -- CODES_FILE [STATIC_PATH]
--
-- Each request asks for /ho-so/<code>, <code> drawn at random from
-- CODES_FILE (one dossier code a line, e.g. 10,000 of the million bench
-- dossiers), so the portal's 1 s micro-cache would help only when a code
-- repeats within the second.  With STATIC_PATH every request is for that
-- path instead (the static twin), and the script still draws and formats
-- a code per request, so both runs cost wrk the same.

local codes = {}
local static_path

function setup(thread)
   -- a different random sequence per thread
   thread:set("thread_seed", math.random(1, 2 ^ 30))
end

function init(args)
   local f = assert(io.open(args[1], "r"))
   for line in f:lines() do
      if line ~= "" then codes[#codes + 1] = line end
   end
   f:close()
   assert(#codes > 0, "no codes in " .. args[1])
   static_path = args[2]
   math.randomseed(thread_seed or os.time())
end

function request()
   local path = "/ho-so/" .. codes[math.random(#codes)]
   return wrk.format("GET", static_path or path)
end
