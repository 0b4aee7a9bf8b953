import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../../core/auth/password-policy.ts';
import { generateDemoCity } from './demo-city.ts';
import { DEMO_PASSWORD } from './seed-demo-city.ts';

describe('the demo password', () => {
  it('passes the password policy for every demo account (the seeder sets it without the API)', () => {
    const users = generateDemoCity().users;
    expect(users.length).toBeGreaterThan(0);
    for (const u of users) expect({ username: u.username, problems: passwordProblems(DEMO_PASSWORD, u) }).toEqual({ username: u.username, problems: [] });
  });
});
