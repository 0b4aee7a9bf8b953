import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/database.ts';
import type { EnterprisesTable } from '../db/schema.ts';
import { classifyEnterprise } from '../organisations/enterprise.service.ts';
import { generateDemoCity } from './demo-city.ts';
import { seedDemoInspections } from './seed-demo-inspections.ts';
import { seedDemoHazards } from './seed-demo-hazards.ts';
import { seedDemoSensors } from './seed-demo-sensors.ts';
import { seedDemoRisks } from './seed-demo-risks.ts';
import { seedDemoAccidents } from './seed-demo-accidents.ts';

/** The password of every demo account (printed by `npm start`; never use the demo city in production). */
export const DEMO_PASSWORD = 'Demo@2026';
/** The demo city is 成都市: seeded only on a platform configured for it (ANQUAN_CITY=510100, the default). */
export const DEMO_CITY = '510100';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
}

/** The demo accounts present in the database (for the start-up banner). */
export async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const usernames = generateDemoCity().users.map((u) => u.username);
  const rows = await db.selectFrom('users').select(['username', 'display_name', 'role']).where('username', 'in', usernames).execute();
  const order = new Map(usernames.map((u, i) => [u, i]));
  return rows
    .sort((a, b) => order.get(a.username)! - order.get(b.username)!)
    .map((r) => ({ username: r.username, displayName: r.display_name, role: r.role }));
}

/** True when the database holds no organisations yet: the demo city only ever goes into an empty database. */
export async function isEmptyCity(db: Db): Promise<boolean> {
  const [d, e] = await Promise.all([
    db.selectFrom('departments').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('enterprises').select('id').limit(1).executeTakeFirst(),
  ]);
  return !d && !e;
}

/**
 * Writes the deterministic demo city (server/demo/demo-city.ts) in one transaction with batched inserts,
 * each record with its audit event.
 */
export async function seedDemoCity(db: Db, seed?: number): Promise<DemoAccount[]> {
  const city = generateDemoCity(seed);
  const hashes = await Promise.all(city.users.map(() => hashPassword(DEMO_PASSWORD)));
  const actor = systemActor('demo-seed');

  await db.transaction().execute(async (tx) => {
    const departments = city.departments.map((d) => ({ id: randomUUID(), name: d.name, region_codes: d.regionCodes, industry_codes: d.industryCodes }));
    await tx.insertInto('departments').values(departments).execute();
    const departmentIds = new Map(city.departments.map((d, i) => [d.key, departments[i]!.id]));

    const enterprises: Array<Insertable<EnterprisesTable> & { id: string }> = city.enterprises.map((e) => ({
        id: randomUUID(),
        name: e.name,
        credit_code: e.creditCode,
        industry_code: e.industryCode,
        region_code: e.regionCode,
        ...classifyEnterprise(e.industryCode, e.regionCode),
        address: e.address,
        lng: e.location.lng,
        lat: e.location.lat,
        employees: e.employees,
      }));
    for (let i = 0; i < enterprises.length; i += 500) await tx.insertInto('enterprises').values(enterprises.slice(i, i + 500)).execute();

    const users = city.users.map((u, i) => ({
      id: randomUUID(),
      username: u.username,
      password_hash: hashes[i]!,
      display_name: u.displayName,
      role: u.role,
      department_id: u.departmentKey ? departmentIds.get(u.departmentKey)! : null,
      enterprise_id: u.enterpriseIndex !== undefined ? enterprises[u.enterpriseIndex]!.id : null,
    }));
    await tx.insertInto('users').values(users).execute();

    const hazards = await seedDemoHazards(tx, city, enterprises, users, new Date());
    await seedDemoSensors(tx, enterprises);
    await seedDemoRisks(tx, enterprises, actor, new Date());
    await seedDemoAccidents(tx, enterprises, new Date());
    await seedDemoInspections(tx, departmentIds, users, new Date());

    await recordAudit(tx, actor, [
      ...departments.map((d) => ({ action: 'create', entity: 'department', entityId: d.id, after: d })),
      ...enterprises.map((e) => ({ action: 'create', entity: 'enterprise', entityId: e.id, after: e })),
      ...users.map(({ password_hash: _, ...u }) => ({ action: 'create', entity: 'user', entityId: u.id, after: u })),
      ...hazards.map((h) => ({ action: 'report', entity: 'hazard', entityId: h.id, after: { title: h.title, status: h.status } })),
    ]);
  });
  return city.users.map((u) => ({ username: u.username, displayName: u.displayName, role: u.role }));
}
