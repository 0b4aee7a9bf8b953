import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorKeys, simulatorUrl } from './simulate.command.ts';

describe('anquan simulate options', () => {
  it('publishes to --url, else the configured external broker, else the embedded broker on this machine', () => {
    expect(simulatorUrl({ url: 'mqtt://broker:1884' }, { kind: 'off' })).toBe('mqtt://broker:1884');
    expect(simulatorUrl({}, { kind: 'external', url: 'mqtt://mosquitto:1883' })).toBe('mqtt://mosquitto:1883');
    expect(simulatorUrl({}, { kind: 'embedded', port: { value: 18830, explicit: true } })).toBe('mqtt://127.0.0.1:18830');
    expect(simulatorUrl({}, { kind: 'off' })).toBeUndefined();
  });

  it('takes one enterprise key, or a keys file, and refuses to guess', () => {
    expect([...simulatorKeys({ key: 'k1', 'enterprise-id': 'e1' })]).toEqual([['e1', 'k1']]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'anquan-keys-')), 'keys.json');
    writeFileSync(file, JSON.stringify({ e1: 'k1', e2: 'k2', bad: 3 }));
    expect([...simulatorKeys({ 'keys-file': file })]).toEqual([
      ['e1', 'k1'],
      ['e2', 'k2'],
    ]);
    expect(() => simulatorKeys({ key: 'k1' })).toThrow(/--enterprise-id/);
  });
});
