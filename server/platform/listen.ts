import type { FastifyInstance } from 'fastify';
import type { Port } from '../config/config.ts';
import { isPortFree } from '../http/ports.ts';

/**
 * api.md: an explicitly set port is used or the start fails with a clear message; a busy *default* port is
 * replaced by a free one (the next few, then any), so a newcomer's first start never fails on a busy port.
 */
export async function choosePort(port: Port, host: string): Promise<number> {
  if (port.explicit || port.value === 0) {
    if (port.value !== 0 && !(await isPortFree(port.value, host))) {
      throw new Error(`Port ${port.value} is in use; choose another one with PORT or stop what holds it`);
    }
    return port.value;
  }
  for (let p = port.value; p < port.value + 10; p++) if (await isPortFree(p, host)) return p;
  return 0;
}

export async function listen(app: FastifyInstance, port: Port, host: string): Promise<number> {
  const chosen = await choosePort(port, host);
  await app.listen({ port: chosen, host });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : chosen;
}
