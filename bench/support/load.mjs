// Runs one autocannon load in its own process (so that it does not share the server's event loop) and
// prints the result as JSON. argv: url token connections seconds pages
import autocannon from 'autocannon';

const [url, token, connections = '50', seconds = '10', pages = '1'] = process.argv.slice(2);
const pageCount = Number(pages);
let n = 0;
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  headers: token ? { authorization: `Bearer ${token}` } : {},
  requests: [
    {
      // Walk the pages of the list so that not every request reads the same rows.
      setupRequest: (req) => (pageCount > 1 ? { ...req, path: `${req.path}&page=${(n++ % pageCount) + 1}` } : req),
    },
  ],
});
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
  }),
);
