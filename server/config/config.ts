import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_LOGIN_THROTTLE, loginThrottleConfigSchema, type LoginThrottlePolicy } from '../../core/auth/login-throttle.ts';
import { passwordProblems } from '../../core/auth/password-policy.ts';
import { BUILT_IN_ADMIN } from '../../core/organisations/user.schema.ts';
import { procedureRulesConfigSchema, withDefaultProcedureRules, type ProcedureRules } from '../../core/enforcement/procedure-rules.ts';
import { accountabilityThresholdsSchema, DEFAULT_ACCOUNTABILITY_THRESHOLDS, type AccountabilityThresholds } from '../../core/hazards/accountability.ts';
import { DEFAULT_ESCALATION_LADDER, escalationLadderSchema, type EscalationStep } from '../../core/hazards/overdue.ts';
import { alarmLadderSchema, DEFAULT_ALARM_LADDER, type AlarmLadder } from '../../core/monitoring/alarm-ladder.ts';
import { DEFAULT_RETENTION_DAYS, type RetentionDays } from '../../core/monitoring/reading-validation.ts';
import { cityRegions } from '../organisations/divisions.ts';
import { DEFAULT_CITY } from '../organisations/reference-data.ts';
import { DEFAULT_CHANGE_LOG_RETENTION_DAYS } from '../../core/partners/partner.schema.ts';
import { riskLevelsConfigSchema, withDefaultLevels, type RiskLevelsConfig } from '../../core/risks/risk-evaluation.ts';

/**
 * Start-up configuration, parsed once from the environment (api.md "Start-up and health").
 * Nothing else in the code base reads `process.env`.
 */

const portSchema = z.coerce
  .number({ message: 'must be a number' })
  .int('must be an integer')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const flagSchema = z.enum(['0', '1'], { message: 'must be 0 or 1' });

/** proxy-addr's names for address ranges (what Fastify's trustProxy understands besides addresses). */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address/prefix (CIDR) or one of proxy-addr's range names. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const trustedProxySchema = z
  .string()
  .transform((text) => text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
  .refine((entries) => entries.every(isProxyEntry), {
    message: 'must be a comma-separated list of IP addresses, CIDR ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal',
  });

const publicUrlSchema = z
  .string()
  .transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a URL such as https://anquan.example.gov.cn' });
      return z.NEVER;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// URL' });
      return z.NEVER;
    }
    return url.origin;
  });

/** A variable holding JSON that must match `schema`. */
function jsonOf<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** "Name: value", one HTTP header (the SMS gateway's token). */
const headerSchema = z
  .string()
  .transform((text, ctx) => {
    const colon = text.indexOf(':');
    const name = colon > 0 ? text.slice(0, colon).trim() : '';
    const value = colon > 0 ? text.slice(colon + 1).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || value === '' || /[\r\n]/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be one header as "Name: value", e.g. "Authorization: Bearer …"' });
      return z.NEVER;
    }
    return [name, value] as const;
  });

const envSchema = z.object({
  PORT: portSchema.optional(),
  HOST: z.string().min(1).optional(),
  // Web security (docs/adr/0033): whose X-Forwarded-* headers to believe, and the origin browsers use.
  ANQUAN_TRUSTED_PROXY: trustedProxySchema.optional(),
  ANQUAN_PUBLIC_URL: publicUrlSchema.optional(),
  ANQUAN_DATA_DIR: z.string().min(1, 'must not be empty').optional(),
  ANQUAN_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  ANQUAN_MQTT_PORT: portSchema.optional(),
  ANQUAN_MQTT_URL: z
    .string()
    .regex(/^(mqtts?|wss?|tcp):\/\/.+/, 'must be an mqtt://, mqtts://, ws:// or wss:// URL')
    .optional(),
  ANQUAN_DEMO: flagSchema.optional(),
  // The city the platform serves: its districts and townships come from the shipped national division table.
  ANQUAN_CITY: z
    .string()
    .superRefine((code, ctx) => {
      const lookup = cityRegions(code);
      if (!lookup.ok) ctx.addIssue({ code: 'custom', message: lookup.reason });
    })
    .optional(),
  // NIST SP 800-63B §5.1.1.2, as for every password (core/auth/password-policy.ts): refused here, before start.
  ANQUAN_ADMIN_PASSWORD: z
    .string()
    .superRefine((password, ctx) => {
      for (const message of passwordProblems(password, BUILT_IN_ADMIN)) ctx.addIssue({ code: 'custom', message });
    })
    .optional(),
  ANQUAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  // [L] figures of the hazards domain, configuration rather than law (domain-rules §0): JSON documents.
  ANQUAN_ESCALATION_LADDER: jsonOf(escalationLadderSchema).optional(),
  ANQUAN_ACCOUNTABILITY_THRESHOLDS: jsonOf(accountabilityThresholdsSchema).optional(),
  // [M]/[L] periods and hearing thresholds of penalty cases (core/enforcement/procedure-rules.ts).
  ANQUAN_PENALTY_PROCEDURE: jsonOf(procedureRulesConfigSchema).optional(),
  // [L] alarm reminders and escalation (core/monitoring/alarm-ladder.ts).
  ANQUAN_ALARM_LADDER: jsonOf(alarmLadderSchema).optional(),
  // [L] retention of sensor readings, in days (docs/adr/0016).
  ANQUAN_READINGS_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be at least 1').optional(),
  ANQUAN_ROLLUPS_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be at least 1').optional(),
  // Days the partner change feeds' log keeps superseded changes and deletions (docs/adr/0041).
  ANQUAN_CHANGE_LOG_RETENTION_DAYS: z.coerce.number().int().min(1, 'must be at least 1').max(3650, 'must be at most 3650').optional(),
  // Sign-in throttling (core/auth/login-throttle.ts; NIST SP 800-63B §5.2.2): JSON, any part may be left out.
  ANQUAN_LOGIN_THROTTLE: jsonOf(loginThrottleConfigSchema).optional(),
  // [M] score → level mappings of risk grading (domain-rules §4.2, §4.3), per jurisdiction.
  ANQUAN_RISK_LEVELS: jsonOf(riskLevelsConfigSchema).optional(),
  // Notification channels beyond the browser (docs/adr/0039): each is off until configured.
  ANQUAN_SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example:587').optional(),
  ANQUAN_SMTP_FROM: z.string().min(3).max(200).optional(),
  ANQUAN_SMS_WEBHOOK_URL: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
  ANQUAN_SMS_WEBHOOK_HEADER: headerSchema.optional(),
  ANQUAN_NOTIFY_TIMEOUT_SECONDS: z.coerce.number().int().min(1, 'must be between 1 and 120').max(120, 'must be between 1 and 120').optional(),
});

export interface Port {
  value: number;
  /** true when the value came from the environment: a busy explicit port fails the start. */
  explicit: boolean;
}

export interface Config {
  http: {
    host: string;
    port: Port;
    /** Addresses / CIDR ranges of TLS-terminating proxies whose X-Forwarded-Proto, -Host and -For are believed; empty: none. */
    trustedProxies: string[];
    /** The platform's origin as browsers reach it (scheme://host[:port]), accepted besides the request's own. */
    publicOrigin: string | undefined;
  };
  dataDir: string;
  database: { kind: 'embedded'; dir: string } | { kind: 'external'; url: string };
  mqtt: { kind: 'embedded'; port: Port } | { kind: 'external'; url: string } | { kind: 'off' };
  /** The city's 6-digit division code (ANQUAN_CITY, default 510100 成都市). */
  city: string;
  demo: boolean;
  adminPassword: string | undefined;
  logLevel: string;
  /** Rules a city configures (hazards issue: "configurable ladder", "configurable thresholds"). */
  rules: { escalationLadder: readonly EscalationStep[]; accountability: AccountabilityThresholds; riskLevels: RiskLevelsConfig; alarmLadder?: AlarmLadder; penaltyProcedure: ProcedureRules };
  /** Sensor readings: days kept raw and as roll-ups. */
  ingest: { retention: RetentionDays };
  /** Sign-in throttling. */
  auth: { loginThrottle: LoginThrottlePolicy };
  /** Partner change feeds: days the change log keeps superseded changes and deletions. */
  partners: { changeLogRetentionDays: number };
  /** Channels beyond the browser (server/notifications/channels/); each undefined when not configured. */
  notifications: {
    smtp: { url: string; from: string } | undefined;
    smsWebhook: { url: string; header: readonly [string, string] | undefined } | undefined;
    /** How long one send may take before it counts as failed. */
    timeoutMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Empty strings count as unset, as a shell `FOO= cmd` usually means "not configured". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export function parseConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.ANQUAN_MQTT_URL && e.ANQUAN_MQTT_PORT !== undefined && e.ANQUAN_MQTT_PORT !== 0) {
    throw new ConfigError(['ANQUAN_MQTT_PORT: cannot be set together with ANQUAN_MQTT_URL (external broker)']);
  }
  const paired: string[] = [];
  if (e.ANQUAN_SMTP_URL && !e.ANQUAN_SMTP_FROM) paired.push('ANQUAN_SMTP_FROM: is required with ANQUAN_SMTP_URL (the From address of notification e-mail)');
  if (e.ANQUAN_SMTP_FROM && !e.ANQUAN_SMTP_URL) paired.push('ANQUAN_SMTP_FROM: needs ANQUAN_SMTP_URL');
  if (e.ANQUAN_SMS_WEBHOOK_HEADER && !e.ANQUAN_SMS_WEBHOOK_URL) paired.push('ANQUAN_SMS_WEBHOOK_HEADER: needs ANQUAN_SMS_WEBHOOK_URL');
  if (paired.length > 0) throw new ConfigError(paired);
  const dataDir = path.resolve(cwd, e.ANQUAN_DATA_DIR ?? './data');
  const database: Config['database'] = e.ANQUAN_DATABASE_URL
    ? { kind: 'external', url: e.ANQUAN_DATABASE_URL }
    : { kind: 'embedded', dir: path.join(dataDir, 'pg') };
  let mqtt: Config['mqtt'];
  if (e.ANQUAN_MQTT_URL) mqtt = { kind: 'external', url: e.ANQUAN_MQTT_URL };
  else if (e.ANQUAN_MQTT_PORT === 0) mqtt = { kind: 'off' };
  else mqtt = { kind: 'embedded', port: { value: e.ANQUAN_MQTT_PORT ?? 1883, explicit: e.ANQUAN_MQTT_PORT !== undefined } };
  return {
    http: {
      host: e.HOST ?? '0.0.0.0',
      port: { value: e.PORT ?? 3000, explicit: e.PORT !== undefined },
      trustedProxies: e.ANQUAN_TRUSTED_PROXY ?? [],
      publicOrigin: e.ANQUAN_PUBLIC_URL,
    },
    dataDir,
    database,
    mqtt,
    city: e.ANQUAN_CITY ?? DEFAULT_CITY,
    // api.md: demo defaults to 1 in embedded mode and 0 with an external database.
    demo: e.ANQUAN_DEMO ? e.ANQUAN_DEMO === '1' : database.kind === 'embedded',
    adminPassword: e.ANQUAN_ADMIN_PASSWORD,
    logLevel: e.ANQUAN_LOG_LEVEL ?? 'info',
    rules: {
      escalationLadder: e.ANQUAN_ESCALATION_LADDER ?? DEFAULT_ESCALATION_LADDER,
      alarmLadder: e.ANQUAN_ALARM_LADDER ?? DEFAULT_ALARM_LADDER,
      accountability: e.ANQUAN_ACCOUNTABILITY_THRESHOLDS ?? DEFAULT_ACCOUNTABILITY_THRESHOLDS,
      riskLevels: withDefaultLevels(e.ANQUAN_RISK_LEVELS),
      penaltyProcedure: withDefaultProcedureRules(e.ANQUAN_PENALTY_PROCEDURE),
    },
    ingest: {
      retention: {
        raw: e.ANQUAN_READINGS_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS.raw,
        rollups: e.ANQUAN_ROLLUPS_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS.rollups,
      },
    },
    auth: { loginThrottle: e.ANQUAN_LOGIN_THROTTLE ?? DEFAULT_LOGIN_THROTTLE },
    partners: { changeLogRetentionDays: e.ANQUAN_CHANGE_LOG_RETENTION_DAYS ?? DEFAULT_CHANGE_LOG_RETENTION_DAYS },
    notifications: {
      smtp: e.ANQUAN_SMTP_URL && e.ANQUAN_SMTP_FROM ? { url: e.ANQUAN_SMTP_URL, from: e.ANQUAN_SMTP_FROM } : undefined,
      smsWebhook: e.ANQUAN_SMS_WEBHOOK_URL ? { url: e.ANQUAN_SMS_WEBHOOK_URL, header: e.ANQUAN_SMS_WEBHOOK_HEADER } : undefined,
      timeoutMs: (e.ANQUAN_NOTIFY_TIMEOUT_SECONDS ?? 10) * 1000,
    },
  };
}
