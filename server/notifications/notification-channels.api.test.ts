import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs, transition } from '../../test/support/hazard-factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { waitFor } from '../../test/support/wait-for.ts';
import { escalateOverdueHazards } from '../hazards/hazard-escalation.job.ts';
import { escalateAlarms } from '../monitoring/alarm-escalation.job.ts';
import { writeJobs } from '../monitoring/ingest/reading-writer.ts';
import type { NotificationChannel } from './channels/channel.ts';
import { emailChannel } from './channels/email-channel.ts';
import { smsWebhookChannel } from './channels/sms-webhook-channel.ts';
import { deliverNotifications, fanOutNotifications } from './notification-outbox.ts';

/** A mail relay on a loopback port (smtp-server): every message it accepts, parsed. */
interface Mail {
  to: string[];
  subject: string;
  text: string;
  headers: Map<string, unknown>;
}
const mails: Mail[] = [];
let smtp: SMTPServer;
let smtpPort: number;

/** An SMS gateway on a loopback port: records requests, answers with the next status of `answers` (200 when none left). */
const sms: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
const answers: number[] = [];
let gateway: Server;
let gatewayUrl: string;

let t: TestApp;
let email: NotificationChannel;
let smsChannel: NotificationChannel;
const PUBLIC_URL = 'https://anquan.example.gov.cn';
const DAY = 86_400_000;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject ?? '', text: parsed.text ?? '', headers: parsed.headers });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  gateway = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      sms.push({ headers: req.headers, body: JSON.parse(body) as Record<string, unknown> });
      const status = answers.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'gateway busy');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
  email = emailChannel({ url: `smtp://127.0.0.1:${smtpPort}`, from: '安全生产信息平台 <noreply@anquan.test>', timeoutMs: 5000 });
  smsChannel = smsWebhookChannel({ url: gatewayUrl, header: ['Authorization', 'Bearer gw-token'], timeoutMs: 5000 });
  t = await createTestApp({ notificationChannels: ['email', 'sms'] });
});
afterAll(async () => {
  await t.close();
  await email.close?.();
  await new Promise<void>((resolve) => smtp.close(resolve));
  await new Promise((resolve) => gateway.close(resolve));
});

/** An overdue hazard of a new enterprise in 青白江区, escalated at `daysLate` after its deadline. */
async function overdueHazard(officer: string, enterpriseId: string, title: string, daysLate = 0.5) {
  const hazard = await reportAs(t, officer, hazardInput(enterpriseId, { title, foundAt: new Date(Date.now() - 30 * DAY).toISOString() }));
  const deadline = new Date(Date.now() - 10 * DAY);
  await transition(t, officer, hazard.id, {
    action: 'start_rectification',
    rectification: { mode: 'deadline', deadline: deadline.toISOString(), responsiblePerson: '李工', measures: '更换报警器', fundsYuan: 0 },
  });
  const at = new Date(deadline.getTime() + daysLate * DAY);
  await escalateOverdueHazards(t.db, at);
  return { hazard, at };
}

const settings = (token: string, body: unknown) => t.request('PUT', '/api/v1/notification-preferences', { token, body });
const deliveriesOf = async (token: string, query = '') => (await t.request('GET', `/api/v1/notification-deliveries?pageSize=200${query}`, { token })).body;
const run = async (now: Date) => {
  await fanOutNotifications(t.db, ['email', 'sms'], now);
  return deliverNotifications(t.db, [email, smsChannel], now, { publicUrl: PUBLIC_URL });
};

describe('notification channels', () => {
  it('mails an overdue hazard to the enterprise’s officer in Chinese (UTF-8) through SMTP, after the escalation committed', async () => {
    const enterpriseId = (await makeEnterprise(t.db, { name: '成都沱江化工有限公司甲', industryCode: '2614', regionCode: '510113' })).id;
    const officer = await signedIn(t, 'enterprise', { enterpriseId });
    expect((await settings(officer.token, { email: 'zhang.wei@tuojiang.test' })).status).toBe(200);

    const { hazard, at } = await overdueHazard(officer.token, enterpriseId, '储罐区可燃气体报警器失效');
    // The escalation wrote the notification only: nothing is queued or sent inside its transaction.
    expect(await t.db.selectFrom('notification_deliveries').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('notifications').select('id').where('entity_id', '=', hazard.id).where('dispatched_at', 'is', null).execute()).toHaveLength(1);
    expect(await run(at)).toEqual({ sent: 1, retrying: 0, failed: 0 });

    await waitFor(() => mails.some((m) => m.to.includes('zhang.wei@tuojiang.test')), { what: 'the mail at the relay' });
    const mail = mails.find((m) => m.to.includes('zhang.wei@tuojiang.test'))!;
    expect(mail.subject).toBe('【安全生产】隐患逾期未整改：储罐区可燃气体报警器失效');
    expect(mail.text).toContain('成都沱江化工有限公司甲的一般事故隐患“储罐区可燃气体报警器失效”整改期限为');
    expect(mail.text).toContain(`查看：${PUBLIC_URL}/hazards/${hazard.id}`);
    expect(String(mail.headers.get('content-type') && (mail.headers.get('content-type') as { params: { charset: string } }).params.charset).toLowerCase()).toBe('utf-8');

    const mine = await deliveriesOf(officer.token);
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ channel: 'email', address: 'zhang.wei@tuojiang.test', status: 'sent', attempts: 1, lastError: null, kind: 'hazard_overdue', nextAttemptAt: null });
    // A second run sends nothing again.
    expect(await run(new Date(at.getTime() + 60_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('sends an escalated alarm by SMS to the gateway with its token, retrying a failure with back-off until it succeeds', async () => {
    const enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
    const officer = await signedIn(t, 'enterprise', { enterpriseId });
    expect((await settings(officer.token, { phone: '+8613800138000' })).status).toBe(200);
    const sensor = await makeSensor(t.db, { enterpriseId, rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1 }], deadband: 0, minDurationSec: 0 }] });
    const opened = Date.parse('2026-12-01T02:00:00Z');
    const s = await t.db.selectFrom('sensors').select(['id', 'num', 'enterprise_id', 'range_low', 'range_high']).where('id', '=', sensor.id).executeTakeFirstOrThrow();
    const { stored } = await writeJobs(t.db, [
      { deviceKeyId: null, readings: [{ ts: opened, value: 1.2, outOfRange: false, status: null, sensor: { id: s.id, num: s.num, enterpriseId: s.enterprise_id, rangeLow: s.range_low, rangeHigh: s.range_high } }] },
    ]);
    await t.app.alarms.onReadings(stored, { seq: 1 });
    const escalatedAt = new Date(opened + 60_000);
    await escalateAlarms(t.db, escalatedAt);

    answers.push(503);
    const before = sms.length;
    expect(await run(escalatedAt)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(sms).toHaveLength(before + 1);
    let [delivery] = (await deliveriesOf(officer.token, '&channel=sms')).items;
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503: gateway busy', nextAttemptAt: new Date(escalatedAt.getTime() + 60_000).toISOString() });

    // Not due yet: nothing is sent; after the back-off the gateway takes it.
    expect(await run(new Date(escalatedAt.getTime() + 30_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await run(new Date(escalatedAt.getTime() + 61_000))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    [delivery] = (await deliveriesOf(officer.token, '&channel=sms')).items;
    expect(delivery).toMatchObject({ status: 'sent', attempts: 2, lastError: null });

    const [first, second] = sms.slice(before);
    expect(first!.headers.authorization).toBe('Bearer gw-token');
    expect(second!.body).toEqual(first!.body);
    expect(second!.body).toMatchObject({ to: '+8613800138000', kind: 'alarm_escalated', deliveryId: delivery.id });
    expect(String(second!.body.text)).toMatch(new RegExp(`^【安全生产】报警未确认，已逐级上报：.*（${sensor.code}）`));
  });

  it('gives up after the last retry, keeping the last error', async () => {
    const enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
    const officer = await signedIn(t, 'enterprise', { enterpriseId });
    await settings(officer.token, { phone: '13900139000', preferences: [{ kind: 'hazard_overdue', channel: 'sms', enabled: true }] });
    const { at } = await overdueHazard(officer.token, enterpriseId, '配电室未设挡鼠板');
    await fanOutNotifications(t.db, ['sms'], at);
    answers.push(500, 500, 500, 500, 500);
    let now = at.getTime();
    for (const wait of [0, 60_000, 300_000, 1_800_000]) {
      now += wait;
      expect(await deliverNotifications(t.db, [smsChannel], new Date(now))).toEqual({ sent: 0, retrying: 1, failed: 0 });
    }
    expect(await deliverNotifications(t.db, [smsChannel], new Date(now + 7_200_000))).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [delivery] = (await deliveriesOf(officer.token, '&status=failed')).items;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 5, lastError: 'HTTP 500: gateway busy', nextAttemptAt: null });
  });

  it('follows each user’s preferences and addresses: a channel turned off, no address, the default', async () => {
    const enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
    const optedOut = await signedIn(t, 'enterprise', { enterpriseId });
    const noAddress = await signedIn(t, 'enterprise', { enterpriseId });
    const byDefault = await signedIn(t, 'enterprise', { enterpriseId });
    const smsToo = await signedIn(t, 'enterprise', { enterpriseId });
    await settings(optedOut.token, { email: 'out@tuojiang.test', phone: '13700137000', preferences: [{ kind: 'hazard_overdue', channel: 'email', enabled: false }] });
    await settings(byDefault.token, { email: 'default@tuojiang.test', phone: '13600136000' });
    await settings(smsToo.token, { email: 'both@tuojiang.test', phone: '13500135000', preferences: [{ kind: 'hazard_overdue', channel: 'sms', enabled: true }] });
    // A regulator of another district is not addressed at all.
    const elsewhere = await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id });
    await settings(elsewhere.token, { email: 'elsewhere@gov.test' });

    const { hazard, at } = await overdueHazard(optedOut.token, enterpriseId, '消防通道堵塞');
    await fanOutNotifications(t.db, ['email', 'sms'], at);
    const queued = await t.db
      .selectFrom('notification_deliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notification_id')
      .select(['d.address', 'd.channel'])
      .where('n.entity_id', '=', hazard.id)
      .execute();
    expect(queued.map((d) => `${d.channel} ${d.address}`).sort()).toEqual(['email both@tuojiang.test', 'email default@tuojiang.test', 'sms 13500135000']);
    expect((await deliveriesOf(noAddress.token)).items).toEqual([]);
  });

  it('fans out only to configured channels, and marks notifications dispatched so a channel turned on later sends no past', async () => {
    const enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
    const officer = await signedIn(t, 'enterprise', { enterpriseId });
    await settings(officer.token, { email: 'past@tuojiang.test' });
    const { hazard, at } = await overdueHazard(officer.token, enterpriseId, '安全出口指示灯损坏');
    await fanOutNotifications(t.db, [], at);
    await fanOutNotifications(t.db, ['email'], at);
    const rows = await t.db.selectFrom('notification_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id').select('d.id').where('n.entity_id', '=', hazard.id).execute();
    expect(rows).toEqual([]);
  });
});

describe('notification preferences and deliveries API', () => {
  it('shows every kind × channel with defaults, takes changes, clears an address with null', async () => {
    const { token } = await signedIn(t, 'inspector', { departmentId: (await makeDepartment(t.db, ['510100'], ['C'])).id });
    const initial = await t.request('GET', '/api/v1/notification-preferences', { token });
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ email: null, phone: null, availableChannels: ['email', 'sms'] });
    expect(initial.body.preferences).toHaveLength(6);
    expect(initial.body.preferences).toContainEqual({ kind: 'alarm_escalated', channel: 'sms', enabled: true, isDefault: true });

    const updated = await settings(token, { email: 'li.na@ajj.test', phone: '13800138000', preferences: [{ kind: 'alarm_escalated', channel: 'sms', enabled: false }] });
    expect(updated.body).toMatchObject({ email: 'li.na@ajj.test', phone: '13800138000' });
    expect(updated.body.preferences).toContainEqual({ kind: 'alarm_escalated', channel: 'sms', enabled: false, isDefault: false });
    const cleared = await settings(token, { phone: null });
    expect(cleared.body).toMatchObject({ email: 'li.na@ajj.test', phone: null });
    expect(cleared.body.preferences).toContainEqual({ kind: 'alarm_escalated', channel: 'sms', enabled: false, isDefault: false });
  });

  it('refuses a bad address or kind with the field named, writing nothing', async () => {
    const { token } = await signedIn(t, 'expert');
    const bad = await settings(token, { email: 'not an address', preferences: [{ kind: 'birthday', channel: 'email', enabled: true }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const fields = (bad.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(fields).toEqual(expect.arrayContaining(['email', 'preferences.0.kind']));
    expect((await t.request('GET', '/api/v1/notification-preferences', { token })).body.email).toBeNull();
    expect((await t.request('GET', '/api/v1/notification-preferences')).status).toBe(401);
  });

  it('shows a user their own deliveries only and an admin everyone’s, filterable by user', async () => {
    const admin = await signedIn(t, 'admin');
    const all = await deliveriesOf(admin.token);
    const users = new Set((all.items as Array<{ userId: string }>).map((d) => d.userId));
    expect(users.size).toBeGreaterThan(1);
    const [someone] = users;
    const own = await deliveriesOf(admin.token, `&userId=${someone}`);
    expect(own.items.length).toBeGreaterThan(0);
    expect((own.items as Array<{ userId: string }>).every((d) => d.userId === someone)).toBe(true);
    const stranger = await signedIn(t, 'expert');
    expect((await deliveriesOf(stranger.token, `&userId=${someone}`)).items).toEqual([]);
  });
});

describe('notification centre API', () => {
  it('filters by kind and unread, and marks all read so the unread count and the list agree', async () => {
    const enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
    const officer = await signedIn(t, 'enterprise', { enterpriseId });
    const colleague = await signedIn(t, 'enterprise', { enterpriseId });
    for (const title of ['甲', '乙', '丙']) await overdueHazard(officer.token, enterpriseId, `逾期隐患${title}`);
    const list = async (token: string, query: string) => (await t.request('GET', `/api/v1/notifications?pageSize=200${query}`, { token })).body;
    expect((await list(officer.token, '&unread=true')).total).toBe(3);
    expect((await list(officer.token, '&kind=hazard_overdue')).total).toBe(3);
    expect((await list(officer.token, '&kind=alarm_reminder')).total).toBe(0);

    const marked = await t.request('POST', '/api/v1/notifications/read-all', { token: officer.token, body: {} });
    expect(marked.body).toEqual({ marked: 3 });
    expect((await list(officer.token, '&unread=true')).total).toBe(0);
    expect((await list(officer.token, '')).items.every((n: { read: boolean }) => n.read)).toBe(true);
    // Read is per user: the colleague still has them unread.
    expect((await list(colleague.token, '&unread=true')).total).toBe(3);
    expect((await t.request('POST', '/api/v1/notifications/read-all', { token: officer.token, body: {} })).body).toEqual({ marked: 0 });
  });
});
