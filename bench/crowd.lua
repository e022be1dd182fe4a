-- wrk script of the crowd bench (bench/crowd.py): each request draws its URL from a
-- weighted list, so a few pages are hot and most are read now and then.
--
-- CROWD_LIST names a file of «weight<TAB>path» lines (bench/crowd_urls.py writes it);
-- CROWD_SEED seeds each thread's draws (seed + thread number), so that two runs send the
-- same sequence of URLs. done() is report.lua's: one BENCH_JSON line for crowd.py.

dofile("bench/report.lua")
wrk.headers["X-Forwarded-Proto"] = "https" -- as the load balancer would say
-- As every browser and search engine: pages come gzipped (the page cache stores them so).
wrk.headers["Accept-Encoding"] = "gzip"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local paths, cumulative, total = {}, {}, 0

function init(args)
  local file = assert(io.open(os.getenv("CROWD_LIST"), "r"))
  for line in file:lines() do
    local weight, path = string.match(line, "^([^\t]+)\t(.+)$")
    if weight then
      total = total + tonumber(weight)
      table.insert(paths, path)
      table.insert(cumulative, total)
    end
  end
  file:close()
  math.randomseed((tonumber(os.getenv("CROWD_SEED")) or 2026) + (thread_number or 0))
end

-- The first index whose cumulative weight reaches x: a binary search.
local function draw()
  local x = math.random() * total
  local low, high = 1, #cumulative
  while low < high do
    local middle = math.floor((low + high) / 2)
    if cumulative[middle] < x then
      low = middle + 1
    else
      high = middle
    end
  end
  return paths[low]
end

request = function()
  return wrk.format("GET", draw())
end
