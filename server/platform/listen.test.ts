import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePort } from './listen.ts';

let blocker: net.Server;
let busy: number;

beforeAll(async () => {
  blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  busy = (blocker.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

describe('choosePort', () => {
  it('replaces a busy default port with a free one', async () => {
    const port = await choosePort({ value: busy, explicit: false }, '127.0.0.1');
    expect(port).not.toBe(busy);
  });

  it('fails with a clear message when an explicitly chosen port is busy', async () => {
    await expect(choosePort({ value: busy, explicit: true }, '127.0.0.1')).rejects.toThrow(`Port ${busy} is in use`);
  });

  it('keeps a free port', async () => {
    const free = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    expect(await choosePort({ value: free, explicit: true }, '127.0.0.1')).toBe(free);
  });
});
