/**
 * Load generator of the MQTT benchmarks, run in its own process. `connections` clients share `sensors` sensors
 * (client c publishes for sensors c, c + connections, …), one reading a message at QoS 1, keeping at most `window`
 * unacknowledged messages each, at an overall `rate` messages/s (0: as fast as acknowledgements allow), for
 * `seconds`. The reading's ts is the send time (latency bench) offset so that no two are equal per sensor.
 * Prints {acked, seconds, p50, p99} (publish → PUBACK ms); with `ackLog`, appends "code,ts" of each PUBACK there.
 */
import { appendFileSync } from 'node:fs';
import mqtt from 'mqtt';

const [url, key, sensorCount, seconds, connections, windowSize, rate, ackLog] = process.argv.slice(2);
const sensors = Number(sensorCount);
const clients = Number(connections);
const window = Number(windowSize);
const perClientInterval = Number(rate) > 0 ? (1000 * clients) / Number(rate) : 0;
const deadline = performance.now() + Number(seconds) * 1000;
const latencies: number[] = [];
let acked = 0;
const lastTsOf = new Map<string, number>();
const pending: string[] = [];

async function client(c: number) {
  const connection = await mqtt.connectAsync(url!, { username: 'bench', password: key, reconnectPeriod: 0, clientId: `bench-${process.pid}-${c}` });
  connection.on('error', () => undefined);
  const mine = Array.from({ length: Math.ceil(sensors / clients) }, (_, i) => c + i * clients).filter((s) => s < sensors);
  let inflight = 0;
  let i = 0;
  let closed = false;
  let next = performance.now();
  await new Promise<void>((resolve) => {
    const pump = () => {
      if (closed) return resolve();
      while (inflight < window && performance.now() < deadline) {
        if (perClientInterval > 0) {
          const now = performance.now();
          if (now < next) return void setTimeout(pump, Math.max(1, next - now));
          next += perClientInterval;
        }
        const sensor = `B-${mine[i++ % mine.length]}`;
        // Unique per sensor: never below the previous ts of this sensor (one counter for the whole process ran
        // ahead of the clock at high rates, into the 5-minute future limit, and those readings were rejected).
        const ts = Math.max(Date.now(), (lastTsOf.get(sensor) ?? 0) + 1);
        lastTsOf.set(sensor, ts);
        const began = performance.now();
        inflight++;
        connection.publish(`anquan/telemetry/${sensor}`, `{"ts":${ts},"value":${(ts % 1000) / 100}}`, { qos: 1 }, (error) => {
          inflight--;
          if (!error) {
            acked++;
            latencies.push(performance.now() - began);
            if (ackLog) pending.push(`${sensor},${ts}\n`);
          }
          if (performance.now() >= deadline && inflight === 0) resolve();
          else pump();
        });
      }
      if (performance.now() >= deadline && inflight === 0) resolve();
    };
    pump();
    connection.on('close', () => {
      closed = true;
      resolve();
    });
  });
  // Not awaited: after a killed broker the end callback may never come, and nothing else would keep us alive.
  connection.end(true);
}

// The crash test kills the broker: a client library error after that must not lose the results.
process.on('uncaughtException', () => undefined);
if (ackLog) setInterval(() => pending.length > 0 && appendFileSync(ackLog, pending.splice(0).join('')), 20).unref();
const began = performance.now();
await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
if (ackLog && pending.length > 0) appendFileSync(ackLog, pending.splice(0).join(''));
const elapsed = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
process.stdout.write(JSON.stringify({ acked, seconds: elapsed, p50: at(50), p99: at(99) }));
