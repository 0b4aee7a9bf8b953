import { describe, expect, it } from 'vitest';
import { nextDeliveryDelay } from './notification-delivery.ts';
import { notificationSettingsUpdateSchema, wantsChannel } from './notification-preferences.ts';

describe('wantsChannel', () => {
  it('follows the user’s choice, else the default, and sends unknown kinds nowhere', () => {
    expect(wantsChannel('hazard_overdue', 'email', undefined)).toBe(true);
    expect(wantsChannel('hazard_overdue', 'sms', undefined)).toBe(false);
    expect(wantsChannel('alarm_escalated', 'sms', undefined)).toBe(true);
    expect(wantsChannel('alarm_reminder', 'email', undefined)).toBe(false);
    expect(wantsChannel('hazard_overdue', 'email', false)).toBe(false);
    expect(wantsChannel('alarm_reminder', 'sms', true)).toBe(true);
    expect(wantsChannel('something_else', 'email', undefined)).toBe(false);
  });
});

describe('notificationSettingsUpdateSchema', () => {
  it('names the field of a bad address or a repeated preference', () => {
    const bad = notificationSettingsUpdateSchema.safeParse({
      email: 'not-mail',
      phone: '12-34',
      preferences: [
        { kind: 'hazard_overdue', channel: 'email', enabled: true },
        { kind: 'hazard_overdue', channel: 'email', enabled: false },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'phone', 'preferences']);
    expect(notificationSettingsUpdateSchema.parse({ email: null, phone: '+8613800138000' })).toEqual({ email: null, phone: '+8613800138000' });
  });
});

describe('nextDeliveryDelay', () => {
  it('backs off 1 min, 5 min, 30 min, 2 h, then gives up', () => {
    expect([1, 2, 3, 4, 5].map(nextDeliveryDelay)).toEqual([60_000, 300_000, 1_800_000, 7_200_000, null]);
  });
});
