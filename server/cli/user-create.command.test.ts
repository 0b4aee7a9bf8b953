import { afterEach, describe, expect, it, vi } from 'vitest';
import pino from 'pino';
import { parseConfig } from '../config/config.ts';
import { userCreateCommand } from './user-create.command.ts';

afterEach(() => vi.restoreAllMocks());

describe('anquan user create', () => {
  it.each([
    ['password', '--password: is too common'],
    ['12345678', '--password: is too common'],
    ['aaaaaaaa', '--password: is too predictable'],
    ['zhao.lei1', '--password: must not contain the username'],
  ])('refuses the password %s before touching the database, saying why', async (password, message) => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await userCreateCommand(parseConfig({}), pino({ enabled: false }), { username: 'zhao.lei', password, role: 'expert' });
    expect(code).toBe(1);
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain(message);
  });
});
