/**
 * Load generator of the MQTT benchmarks, run in its own process. `connections` clients share `sensors` sensors
 * (client c publishes for sensors c, c + connections, …), one reading a message at QoS 1, keeping at most `window`
 * unacknowledged messages each, at an overall `rate` messages/s (0: as fast as acknowledgements allow), for
 * `seconds`. The reading's ts is the send time, made unique per sensor. Values: a saw-tooth 0–9.99 over each second
 * (every reading crosses methane limits: an alarm storm); with BENCH_VALUES=wave each sensor follows a one-minute
 * sine around 0.5 %CH4 whose amplitude differs per sensor (0.4–1.2), so it crosses 1.0 (and some 1.5) once a minute.
 * Prints {acked, seconds, p50, p99} (publish → PUBACK ms); with `ackLog`, appends "code,ts" of each PUBACK there.
 *
 * It speaks MQTT 3.1.1 over a bare socket (CONNECT, PUBLISH QoS 1, PUBACK: a few bytes each) instead of a client
 * library: on the 2-core machine the library spent most of a core on 5,000 messages/s, CPU the platform under
 * test then did not get. The platform's own MQTT code is what is measured; this only has to be cheap and correct.
 */
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const [url, key, sensorCount, seconds, connections, windowSize, rate, ackLog] = process.argv.slice(2);
const sensors = Number(sensorCount);
const clients = Number(connections);
const window = Number(windowSize);
const ratePerClient = Number(rate) / clients;
const durationMs = Number(seconds) * 1000;
const target = new URL(url!);
const latencies: number[] = [];
let acked = 0;
const pending: string[] = [];
const wave = process.env.BENCH_VALUES === 'wave';
const valueOf = (sensor: number, ts: number) =>
  wave ? Math.round((0.5 + (0.4 + (((sensor * 7919) % 1000) / 1000) * 0.8) * Math.sin(2 * Math.PI * (ts / 60_000 + sensor / 1000))) * 1000) / 1000 : (ts % 1000) / 100;

function str(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  const out = Buffer.alloc(2 + bytes.length);
  out.writeUInt16BE(bytes.length, 0);
  bytes.copy(out, 2);
  return out;
}

function withFixedHeader(first: number, body: Buffer): Buffer {
  const length: number[] = [];
  let n = body.length;
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    length.push(byte);
  } while (n > 0);
  return Buffer.concat([Buffer.from([first, ...length]), body]);
}

const connectPacket = (clientId: string) =>
  // Protocol "MQTT" level 4; flags: user name, password, clean session; keep-alive 0 (off).
  withFixedHeader(0x10, Buffer.concat([str('MQTT'), Buffer.from([4, 0xc2, 0, 0]), str(clientId), str('bench'), str(key!)]));

function publishPacket(topic: Buffer, id: number, payload: string): Buffer {
  const body = Buffer.alloc(topic.length + 2 + Buffer.byteLength(payload));
  topic.copy(body, 0);
  body.writeUInt16BE(id, topic.length);
  body.write(payload, topic.length + 2);
  return withFixedHeader(0x32, body); // PUBLISH, QoS 1
}

function client(c: number, began: number): Promise<void> {
  const mine = Array.from({ length: Math.ceil(sensors / clients) }, (_, i) => c + i * clients).filter((s) => s < sensors);
  const codes = mine.map((s) => `B-${s}`);
  const topics = codes.map((code) => str(`anquan/telemetry/${code}`));
  const lastTs = new Float64Array(mine.length);
  // Per packet id: when it was sent, and what (for the ack log).
  const sentAt = new Float64Array(65_536);
  const sentWhat: Array<string | undefined> = new Array(65_536);
  let nextId = 1;
  let inflight = 0;
  let sent = 0;
  let i = 0;
  return new Promise<void>((resolve) => {
    const socket = net.connect({ host: target.hostname, port: Number(target.port || 1883) });
    socket.setNoDelay(true);
    let connected = false;
    let done = false;
    let buffer: Buffer = Buffer.alloc(0);
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(timer);
      socket.destroy();
      resolve();
    };
    const pump = () => {
      if (!connected || done) return;
      const elapsed = performance.now() - began;
      if (elapsed >= durationMs) {
        if (inflight === 0) finish();
        return;
      }
      const allowed = ratePerClient > 0 ? Math.floor((elapsed / 1000) * ratePerClient) - sent : Infinity;
      const packets: Buffer[] = [];
      for (let k = 0; k < allowed && inflight < window; k++) {
        const j = i++ % mine.length;
        const ts = Math.max(Date.now(), lastTs[j]! + 1);
        lastTs[j] = ts;
        const id = nextId;
        nextId = nextId === 65_535 ? 1 : nextId + 1;
        sentAt[id] = performance.now();
        if (ackLog) sentWhat[id] = `${codes[j]},${ts}\n`;
        packets.push(publishPacket(topics[j]!, id, `{"ts":${ts},"value":${valueOf(mine[j]!, ts)}}`));
        inflight++;
        sent++;
      }
      if (packets.length > 0) socket.write(packets.length === 1 ? packets[0]! : Buffer.concat(packets));
    };
    const timer = setInterval(pump, 2);
    socket.on('connect', () => socket.write(connectPacket(`bench-${process.pid}-${c}`)));
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      let at = 0;
      while (buffer.length - at >= 2) {
        const type = buffer[at]! >> 4;
        let length = 0;
        let multiplier = 1;
        let p = at + 1;
        let complete = false;
        while (p < buffer.length) {
          const byte = buffer[p++]!;
          length += (byte & 0x7f) * multiplier;
          multiplier *= 128;
          if ((byte & 0x80) === 0) {
            complete = true;
            break;
          }
        }
        if (!complete || buffer.length < p + length) break;
        if (type === 2) {
          if (buffer[p + 1] !== 0) throw new Error(`CONNACK refused: ${buffer[p + 1]}`);
          connected = true;
        } else if (type === 4) {
          const id = buffer.readUInt16BE(p);
          inflight--;
          acked++;
          latencies.push(performance.now() - sentAt[id]!);
          if (ackLog) pending.push(sentWhat[id]!);
        }
        at = p + length;
      }
      buffer = buffer.subarray(at);
      pump();
    });
    socket.on('error', finish);
    socket.on('close', finish);
  });
}

// The crash test kills the broker: whatever happens to the sockets after that must not lose the results.
process.on('uncaughtException', () => undefined);
if (ackLog) setInterval(() => pending.length > 0 && appendFileSync(ackLog, pending.splice(0).join('')), 20).unref();
const began = performance.now();
await Promise.all(Array.from({ length: clients }, (_, c) => client(c, began)));
if (ackLog && pending.length > 0) appendFileSync(ackLog, pending.splice(0).join(''));
const elapsed = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
process.stdout.write(JSON.stringify({ acked, seconds: elapsed, p50: at(50), p99: at(99) }));
