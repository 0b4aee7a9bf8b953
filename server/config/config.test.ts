import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

const cwd = '/srv/anquan';

describe('parseConfig', () => {
  it('defaults to embedded PostgreSQL and MQTT, port 3000, demo on', () => {
    const c = parseConfig({}, cwd);
    expect(c.http.port).toEqual({ value: 3000, explicit: false });
    expect(c.dataDir).toBe(path.join(cwd, 'data'));
    expect(c.database).toEqual({ kind: 'embedded', dir: path.join(cwd, 'data', 'pg') });
    expect(c.mqtt).toEqual({ kind: 'embedded', port: { value: 1883, explicit: false } });
    expect(c.demo).toBe(true);
  });

  it('turns demo off by default with an external database, and on when asked', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/anquan';
    expect(parseConfig({ ANQUAN_DATABASE_URL: url }, cwd)).toMatchObject({ database: { kind: 'external', url }, demo: false });
    expect(parseConfig({ ANQUAN_DATABASE_URL: url, ANQUAN_DEMO: '1' }, cwd).demo).toBe(true);
  });

  it('marks ports set in the environment as explicit', () => {
    expect(parseConfig({ PORT: '8080', ANQUAN_MQTT_PORT: '11883' }, cwd)).toMatchObject({
      http: { port: { value: 8080, explicit: true } },
      mqtt: { kind: 'embedded', port: { value: 11883, explicit: true } },
    });
  });

  it('turns the embedded broker off with ANQUAN_MQTT_PORT=0 and uses an external one by URL', () => {
    expect(parseConfig({ ANQUAN_MQTT_PORT: '0' }, cwd).mqtt).toEqual({ kind: 'off' });
    expect(parseConfig({ ANQUAN_MQTT_URL: 'mqtt://127.0.0.1:1883' }, cwd).mqtt).toEqual({ kind: 'external', url: 'mqtt://127.0.0.1:1883' });
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ PORT: '', ANQUAN_DATABASE_URL: '' }, cwd)).toMatchObject({ http: { port: { explicit: false } }, database: { kind: 'embedded' } });
  });

  it('reports every problem at once', () => {
    try {
      parseConfig({ PORT: 'abc', ANQUAN_DEMO: 'yes', ANQUAN_DATABASE_URL: 'mysql://x', ANQUAN_ADMIN_PASSWORD: 'short', ANQUAN_MQTT_PORT: '70000' }, cwd);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'ANQUAN_DEMO', 'ANQUAN_DATABASE_URL', 'ANQUAN_ADMIN_PASSWORD', 'ANQUAN_MQTT_PORT']) expect(problems).toContain(key);
    }
  });

  it.each([
    ['password123', 'ANQUAN_ADMIN_PASSWORD: is too common'],
    ['Admin@12345', 'ANQUAN_ADMIN_PASSWORD: must not contain the username'],
    ['aaaaaaaaaa', 'ANQUAN_ADMIN_PASSWORD: is too predictable'],
  ])('refuses the weak administrator password %s with the reason', (password, message) => {
    expect(() => parseConfig({ ANQUAN_ADMIN_PASSWORD: password }, cwd)).toThrow(message);
  });

  it('accepts an administrator password the policy accepts', () => {
    expect(parseConfig({ ANQUAN_ADMIN_PASSWORD: 'Jinjiang#Safe-26' }, cwd).adminPassword).toBe('Jinjiang#Safe-26');
  });

  it('takes the escalation ladder and 排查不力 thresholds from JSON, defaulting to the core figures', () => {
    const c = parseConfig({
      ANQUAN_ESCALATION_LADDER: '[{"target":"enterprise_principal","afterDays":0},{"target":"city","afterDays":2}]',
      ANQUAN_ACCOUNTABILITY_THRESHOLDS: '{"minCompletionPercent":95,"minOnTimePercent":85,"flagOverdueMajor":true}',
    }, cwd);
    expect(c.rules.escalationLadder).toEqual([{ target: 'enterprise_principal', afterDays: 0 }, { target: 'city', afterDays: 2 }]);
    expect(c.rules.accountability.minCompletionPercent).toBe(95);
    expect(parseConfig({}, cwd).rules.escalationLadder.map((s) => s.target)).toEqual(['enterprise_principal', 'supervising_department', 'district', 'city']);
  });

  it('names the variable of a bad ladder or of JSON that does not parse', () => {
    expect(() => parseConfig({ ANQUAN_ESCALATION_LADDER: '[{"target":"city","afterDays":3},{"target":"district","afterDays":1}]' }, cwd)).toThrow(/ANQUAN_ESCALATION_LADDER/);
    expect(() => parseConfig({ ANQUAN_ACCOUNTABILITY_THRESHOLDS: '{oops' }, cwd)).toThrow(/ANQUAN_ACCOUNTABILITY_THRESHOLDS.*must be JSON/);
  });

  it('takes the penalty procedure’s periods and hearing thresholds from JSON, a part left out keeping its default', () => {
    const c = parseConfig({ ANQUAN_PENALTY_PROCEDURE: '{"hearingRequestDays":7,"hearingThresholdYuan":{"unit":30000}}' }, cwd);
    expect(c.rules.penaltyProcedure).toEqual({ hearingRequestDays: 7, statementDays: 3, paymentDays: 15, hearingThresholdYuan: { unit: 30_000, person: 5_000 } });
    expect(parseConfig({}, cwd).rules.penaltyProcedure.hearingRequestDays).toBe(5);
    expect(() => parseConfig({ ANQUAN_PENALTY_PROCEDURE: '{"paymentDays":0}' }, cwd)).toThrow(/ANQUAN_PENALTY_PROCEDURE/);
  });

  it('refuses an explicit broker port together with an external broker', () => {
    expect(() => parseConfig({ ANQUAN_MQTT_URL: 'mqtt://h:1883', ANQUAN_MQTT_PORT: '1884' }, cwd)).toThrow(ConfigError);
  });
});

describe('ANQUAN_ALARM_LADDER', () => {
  it('defaults to the core ladder, takes a JSON one, names the variable of a bad one', () => {
    expect(parseConfig({}).rules.alarmLadder).toEqual({ steps: [{ target: 'enterprise', afterMinutes: 0 }, { target: 'department', afterMinutes: 10 }, { target: 'city', afterMinutes: 30 }], reminderEveryMinutes: 5 });
    const c = parseConfig({ ANQUAN_ALARM_LADDER: '{"steps":[{"target":"enterprise","afterMinutes":0},{"target":"city","afterMinutes":5}],"reminderEveryMinutes":2}' });
    expect(c.rules.alarmLadder?.steps.map((s) => s.target)).toEqual(['enterprise', 'city']);
    expect(() => parseConfig({ ANQUAN_ALARM_LADDER: '{"steps":[],"reminderEveryMinutes":2}' })).toThrow(/ANQUAN_ALARM_LADDER/);
  });
});

describe('ANQUAN_TRUSTED_PROXY and ANQUAN_PUBLIC_URL', () => {
  it('trusts no proxy and knows no public origin by default', () => {
    expect(parseConfig({}, cwd).http).toMatchObject({ trustedProxies: [], publicOrigin: undefined });
  });

  it('takes addresses, CIDR ranges and proxy-addr range names, comma-separated', () => {
    const c = parseConfig({ ANQUAN_TRUSTED_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8,loopback' }, cwd);
    expect(c.http.trustedProxies).toEqual(['10.0.0.5', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('names the variable of a host name, a bad prefix or a bad address', () => {
    for (const value of ['proxy.example', '10.0.0.0/33', '::1/129', '10.0.0.256', '10.0.0.0/8/1', 'true']) {
      expect(() => parseConfig({ ANQUAN_TRUSTED_PROXY: value }, cwd), value).toThrow(/ANQUAN_TRUSTED_PROXY: must be a comma-separated list/);
    }
  });

  it('keeps the origin of the public URL and refuses what is not an http(s) URL', () => {
    expect(parseConfig({ ANQUAN_PUBLIC_URL: 'https://Anquan.Example.gov.cn:443/app/' }, cwd).http.publicOrigin).toBe('https://anquan.example.gov.cn');
    expect(parseConfig({ ANQUAN_PUBLIC_URL: 'http://10.1.2.3:3000' }, cwd).http.publicOrigin).toBe('http://10.1.2.3:3000');
    expect(() => parseConfig({ ANQUAN_PUBLIC_URL: 'anquan.example.gov.cn' }, cwd)).toThrow(/ANQUAN_PUBLIC_URL: must be a URL/);
    expect(() => parseConfig({ ANQUAN_PUBLIC_URL: 'ftp://anquan.example.gov.cn' }, cwd)).toThrow(/ANQUAN_PUBLIC_URL: must be an http/);
  });
});

describe('ANQUAN_CITY', () => {
  it('defaults to 成都市 (510100) and takes any prefecture-level city of the division table', () => {
    expect(parseConfig({}, cwd).city).toBe('510100');
    expect(parseConfig({ ANQUAN_CITY: '330100' }, cwd).city).toBe('330100');
    expect(parseConfig({ ANQUAN_CITY: '110100' }, cwd).city).toBe('110100');
  });

  it('fails the start with the reason for a code that is no city', () => {
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env, cwd);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
      }
      return [];
    };
    expect(problems({ ANQUAN_CITY: '999900' })).toEqual(['ANQUAN_CITY: 999900 is not a prefecture-level city in the national division table (NBS 2023)']);
    expect(problems({ ANQUAN_CITY: 'hangzhou' })).toEqual(['ANQUAN_CITY: must be a 6-digit division code such as 510100 (成都市)']);
    expect(problems({ ANQUAN_CITY: '330000' })).toEqual(['ANQUAN_CITY: 330000 is a province, not a city']);
    expect(problems({ ANQUAN_CITY: '110000' })).toEqual(["ANQUAN_CITY: 110000 is a province, not a city; 北京市's districts are under 110100"]);
    expect(problems({ ANQUAN_CITY: '330102' })[0]).toContain('330102 is not a prefecture-level city');
    expect(problems({ ANQUAN_CITY: '429000' })[0]).toContain('not a city');
  });
});

describe('notification channels', () => {
  it('are off by default', () => {
    expect(parseConfig({}, cwd).notifications).toEqual({ smtp: undefined, smsWebhook: undefined, timeoutMs: 10_000 });
  });

  it('take an SMTP relay with its From address and an SMS gateway with one header', () => {
    const c = parseConfig(
      {
        ANQUAN_SMTP_URL: 'smtps://noreply:secret@mail.example.gov.cn:465',
        ANQUAN_SMTP_FROM: '安全生产信息平台 <noreply@example.gov.cn>',
        ANQUAN_SMS_WEBHOOK_URL: 'https://sms.example.gov.cn/send',
        ANQUAN_SMS_WEBHOOK_HEADER: 'Authorization: Bearer t0ken: with colon',
        ANQUAN_NOTIFY_TIMEOUT_SECONDS: '5',
      },
      cwd,
    );
    expect(c.notifications).toEqual({
      smtp: { url: 'smtps://noreply:secret@mail.example.gov.cn:465', from: '安全生产信息平台 <noreply@example.gov.cn>' },
      smsWebhook: { url: 'https://sms.example.gov.cn/send', header: ['Authorization', 'Bearer t0ken: with colon'] },
      timeoutMs: 5000,
    });
  });

  it('name the variable of a bad URL or header, and of a half-configured channel', () => {
    expect(() => parseConfig({ ANQUAN_SMTP_URL: 'http://mail.example' }, cwd)).toThrow(/ANQUAN_SMTP_URL: must be an smtp/);
    expect(() => parseConfig({ ANQUAN_SMS_WEBHOOK_URL: 'https://sms.example', ANQUAN_SMS_WEBHOOK_HEADER: 'no colon here' }, cwd)).toThrow(/ANQUAN_SMS_WEBHOOK_HEADER: must be one header/);
    expect(() => parseConfig({ ANQUAN_SMTP_URL: 'smtp://mail.example' }, cwd)).toThrow(/ANQUAN_SMTP_FROM: is required/);
    expect(() => parseConfig({ ANQUAN_SMS_WEBHOOK_HEADER: 'X-Token: 1' }, cwd)).toThrow(/ANQUAN_SMS_WEBHOOK_HEADER: needs ANQUAN_SMS_WEBHOOK_URL/);
  });
});

describe('ANQUAN_CHANGE_LOG_RETENTION_DAYS', () => {
  it('defaults to 90 days, takes a number of days, and names the variable of a bad one', () => {
    expect(parseConfig({}, cwd).partners.changeLogRetentionDays).toBe(90);
    expect(parseConfig({ ANQUAN_CHANGE_LOG_RETENTION_DAYS: '30' }, cwd).partners.changeLogRetentionDays).toBe(30);
    for (const bad of ['0', 'ninety', '1.5']) {
      expect(() => parseConfig({ ANQUAN_CHANGE_LOG_RETENTION_DAYS: bad }, cwd), bad).toThrow(/ANQUAN_CHANGE_LOG_RETENTION_DAYS/);
    }
  });
});
