import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from './error-handler.ts';
import { AppError } from './errors.ts';

/** Every 429 carries Retry-After, whichever path answers it. */
async function appWith() {
  const app = Fastify();
  registerErrorHandling(app, { appShell: false });
  app.get('/timed', async () => {
    throw new AppError('RATE_LIMITED', 'wait', undefined, 42.2);
  });
  app.get('/untimed', async () => {
    throw new AppError('RATE_LIMITED', 'wait');
  });
  app.get('/plugin', async () => {
    throw Object.assign(new Error('slow down'), { statusCode: 429 });
  });
  app.get('/by-hand', async (_request, reply) => reply.code(429).send({ error: { code: 'RATE_LIMITED', message: 'wait' } }));
  return app;
}

describe('Retry-After', () => {
  it.each([
    ['/timed', '43'],
    ['/untimed', '1'],
    ['/plugin', '1'],
    ['/by-hand', '1'],
  ])('%s answers 429 with Retry-After %s', async (url, seconds) => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe(seconds);
    await app.close();
  });
});
