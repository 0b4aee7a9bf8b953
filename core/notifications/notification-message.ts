import { cityDateOf } from '../shared/city-time.ts';

/**
 * The text of a notification leaving the browser, in Chinese (the platform's users are a Chinese bureau's
 * staff and enterprises' officers): an e-mail subject and body, and one short SMS line. Built from the stored
 * notification only, so a retry sends what the first attempt sent.
 */

export interface NotificationForMessage {
  kind: string;
  entity: string;
  entityId: string;
  title: string;
  payload: unknown;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  /** One line for an SMS gateway. */
  short: string;
}

const HAZARD_TARGETS: Record<string, string> = {
  enterprise_principal: '企业主要负责人',
  supervising_department: '负有监管职责的部门',
  district: '区（市）县监管部门',
  city: '市级监管部门',
};
const ALARM_TARGETS: Record<string, string> = { enterprise: '企业', department: '监管部门', city: '市级监管部门' };
const GRADES: Record<string, string> = { general: '一般事故隐患', major: '重大事故隐患' };
const SEVERITIES: Record<string, string> = { warning: '预警', alarm: '报警', critical: '严重报警' };

/** "2026年12月20日" on the city's calendar. */
function chineseDate(iso: unknown): string | null {
  if (typeof iso !== 'string') return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const d = cityDateOf(at);
  return `${d.year}年${d.month}月${d.day}日`;
}

const field = (payload: unknown, key: string): unknown => (payload && typeof payload === 'object' ? (payload as Record<string, unknown>)[key] : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Where the record opens in the web app, when the platform knows its public URL (ANQUAN_PUBLIC_URL). */
function linkOf(n: NotificationForMessage, publicUrl: string | undefined): string | null {
  if (!publicUrl) return null;
  if (n.entity === 'hazard') return `${publicUrl}/hazards/${n.entityId}`;
  if (n.entity === 'alarm') return `${publicUrl}/monitoring/alarms`;
  return `${publicUrl}/`;
}

export function renderNotification(n: NotificationForMessage, publicUrl?: string): RenderedMessage {
  const link = linkOf(n, publicUrl);
  const lines: string[] = [];
  let headline: string;
  if (n.kind === 'hazard_overdue') {
    const enterprise = text(field(n.payload, 'enterpriseName')) ?? '';
    const grade = GRADES[String(field(n.payload, 'grade'))] ?? '事故隐患';
    const deadline = chineseDate(field(n.payload, 'deadline'));
    const target = HAZARD_TARGETS[String(field(n.payload, 'target'))];
    headline = `隐患逾期未整改：${n.title}`;
    lines.push(`${enterprise}的${grade}“${n.title}”${deadline ? `整改期限为${deadline}，` : ''}逾期仍未整改完毕。`);
    if (target) lines.push(`本通知逐级督促至：${target}。`);
    lines.push('请督促落实整改措施、责任、资金、时限和预案（《安全生产事故隐患排查治理暂行规定》第十五条）。');
  } else if (n.kind === 'alarm_escalated' || n.kind === 'alarm_reminder') {
    const severity = SEVERITIES[String(field(n.payload, 'severity'))] ?? '报警';
    const target = ALARM_TARGETS[String(field(n.payload, 'target'))];
    headline = n.kind === 'alarm_reminder' ? `${severity}仍未确认：${n.title}` : `${severity}未确认，已逐级上报：${n.title}`;
    lines.push(`${n.title}`);
    lines.push(n.kind === 'alarm_reminder' ? '该报警尚未确认处置，请尽快确认并处置。' : `该报警尚未确认处置，已上报至${target ?? '监管部门'}。请尽快核实处置。`);
  } else {
    headline = n.title;
    lines.push(n.title);
  }
  if (link) lines.push('', `查看：${link}`);
  lines.push('', '—— 安全生产信息平台（本邮件由系统自动发送，请勿回复）');
  return {
    subject: `【安全生产】${headline}`,
    text: lines.join('\n'),
    short: `【安全生产】${headline}${link ? ` ${link}` : ''}`.slice(0, 300),
  };
}
