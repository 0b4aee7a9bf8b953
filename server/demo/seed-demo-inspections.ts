import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import type { Database } from '../db/schema.ts';

/**
 * Inspections in the demo city: the 市应急管理局 gets four more enforcement officers (a draw of officers needs a
 * pool; they sign in with the demo password like `inspector`) and an annual inspection plan for the year.
 */
const EXTRA_OFFICERS = [
  { username: 'inspector2', displayName: '陈静（市应急管理局）' },
  { username: 'inspector3', displayName: '赵磊（市应急管理局）' },
  { username: 'inspector4', displayName: '孙悦（市应急管理局）' },
  { username: 'inspector5', displayName: '周强（市应急管理局）' },
];

export async function seedDemoInspections(tx: Transaction<Database>, departmentIds: ReadonlyMap<string, string>, users: readonly { username: string; password_hash: string }[], now: Date) {
  const ema = departmentIds.get('ema');
  const template = users.find((u) => u.username === 'inspector');
  if (!ema || !template) return;
  const officers = EXTRA_OFFICERS.map((o) => ({ id: randomUUID(), username: o.username, display_name: o.displayName, password_hash: template.password_hash, role: 'inspector', department_id: ema }));
  await tx.insertInto('users').values(officers).execute();
  const year = now.getUTCFullYear();
  const plan = { id: randomUUID(), department_id: ema, year, name: `${year}年度安全生产监督检查计划`, planned_count: 120, key_points: '危险化学品、工贸粉尘涉爆、有限空间作业', created_by_name: 'demo-seed' };
  await tx.insertInto('inspection_plans').values(plan).execute();
  await recordAudit(tx, systemActor('demo-seed'), [
    ...officers.map(({ password_hash: _, ...u }) => ({ action: 'create', entity: 'user', entityId: u.id, after: u })),
    { action: 'create', entity: 'inspection_plan', entityId: plan.id, after: plan },
  ]);
}
