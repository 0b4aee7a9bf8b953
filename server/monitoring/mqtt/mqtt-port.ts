import type { Port } from '../../config/config.ts';
import { isPortFree } from '../../http/ports.ts';

/**
 * The broker's port, as HTTP chooses its own (server/platform/listen.ts): an explicit ANQUAN_MQTT_PORT is used or
 * the start fails clearly; a busy default (1883) is replaced by a free one, which the start banner prints.
 */
export async function chooseMqttPort(port: Port, host: string): Promise<number> {
  if (port.explicit) {
    if (port.value !== 0 && !(await isPortFree(port.value, host))) {
      throw new Error(`MQTT port ${port.value} is in use; choose another one with ANQUAN_MQTT_PORT, or stop what holds it`);
    }
    return port.value;
  }
  for (let p = port.value; p < port.value + 10; p++) if (await isPortFree(p, host)) return p;
  return 0;
}
