/**
 * Load generator of bench:ingest-http, run in its own process: `connections` loops each POST one batch of
 * `batch` readings at a time for `seconds`. Readings: one per sensor per batch, timestamps 1 s apart per sensor
 * from `t0`, so that none is a duplicate. Prints {readings, seconds, p50, p99} as JSON.
 */
const [url, key, sensorCount, seconds, connections, batch, t0] = process.argv.slice(2);
const sensors = Number(sensorCount);
const size = Number(batch);
const start0 = Number(t0);
let nextBatch = 0;
const latencies: number[] = [];
let readings = 0;
let failures = 0;
const deadline = performance.now() + Number(seconds) * 1000;

function body(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < size; i++) {
    const seq = n * size + i;
    const sensor = seq % sensors;
    const ts = start0 + Math.floor(seq / sensors) * 1000;
    parts.push(`{"sensor":"B-${sensor}","ts":${ts},"value":${(seq % 1000) / 100}}`);
  }
  return `{"readings":[${parts.join(',')}]}`;
}

async function loop() {
  while (performance.now() < deadline) {
    const payload = body(nextBatch++);
    const began = performance.now();
    const response = await fetch(`${url}/api/v1/telemetry`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: payload });
    const result = (await response.json()) as { accepted?: number };
    latencies.push(performance.now() - began);
    if (response.status === 200) readings += result.accepted ?? 0;
    else failures++;
  }
}

const began = performance.now();
await Promise.all(Array.from({ length: Number(connections) }, loop));
const elapsed = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
process.stdout.write(JSON.stringify({ readings, batches: nextBatch, failures, seconds: elapsed, p50: at(50), p99: at(99) }));
export {};
