import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Database, HazardEventsTable, HazardsTable } from '../db/schema.ts';
import { columnsOf } from '../hazards/hazard-state.mapper.ts';
import type { DemoCity } from './demo-city.ts';
import { generateDemoHazards } from './demo-hazards.ts';

type SeededEnterprise = { id: string; district_code: string; region_path: string[]; industry_path: string[]; industry_code: string };
type SeededUser = { id: string; username: string; display_name: string; role: string; enterprise_id: string | null };

const STAND_IN_OFFICER = '00000000-0000-4000-8000-000000000001';

/** Writes the demo city's hazards (server/demo/demo-hazards.ts) with their timelines, in batches. */
export async function seedDemoHazards(tx: Transaction<Database>, city: DemoCity, enterprises: SeededEnterprise[], users: SeededUser[], now: Date) {
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const actorOf = (username: string) => {
    const u = byUsername.get(username)!;
    return { userId: u.id, role: u.role as 'inspector', name: u.display_name };
  };
  const officers = new Map(city.users.filter((u) => u.enterpriseIndex !== undefined).map((u) => [u.enterpriseIndex!, byUsername.get(u.username)!]));
  const generated = generateDemoHazards(enterprises.map((e) => ({ industryCode: e.industry_code })), {
    officerOf: (i) => {
      const u = officers.get(i);
      return u ? { userId: u.id, role: 'enterprise', name: u.display_name } : { userId: STAND_IN_OFFICER, role: 'enterprise', name: '企业安全管理员' };
    },
    inspector: actorOf('inspector'),
    regulator: actorOf('regulator'),
  }, now);

  const realUser = (id: string) => (id === STAND_IN_OFFICER ? null : id);
  const hazards: Array<Insertable<HazardsTable> & { id: string; title: string; status: string }> = [];
  const events: Insertable<HazardEventsTable>[] = [];
  for (const h of generated) {
    const e = enterprises[h.enterpriseIndex]!;
    const id = randomUUID();
    hazards.push({
      id,
      enterprise_id: e.id,
      district_code: e.district_code,
      region_path: e.region_path,
      industry_path: e.industry_path,
      title: h.title,
      description: h.description,
      location: h.location,
      source: h.source,
      category: h.category,
      grade: h.state.grade,
      found_at: h.state.foundAt,
      legal_basis: JSON.stringify(h.legalBasis),
      checklist_item_id: h.checklistItemId,
      reported_by: realUser(h.reporter.userId),
      reported_by_name: h.reporter.name,
      created_at: h.state.foundAt,
      updated_at: h.events.at(-1)?.at ?? h.state.foundAt,
      ...columnsOf(h.state),
    });
    events.push({
      hazard_id: id, at: h.state.foundAt, actor_id: realUser(h.reporter.userId), actor_name: h.reporter.name,
      action: 'report', from_status: null, to_status: 'reported', body: JSON.stringify({ title: h.title }), deadline_from: null, deadline_to: null,
    });
    for (const ev of h.events) {
      const name = ev.actor.userId === h.reporter.userId ? h.reporter.name : users.find((u) => u.id === ev.actor.userId)?.display_name ?? '企业安全管理员';
      events.push({
        hazard_id: id, at: ev.at, actor_id: realUser(ev.actor.userId), actor_name: name, action: ev.action, from_status: ev.from, to_status: ev.to,
        body: JSON.stringify(ev.body), deadline_from: ev.deadlineChange?.from ?? null, deadline_to: ev.deadlineChange?.to ?? null,
      });
    }
  }
  for (let i = 0; i < hazards.length; i += 500) await tx.insertInto('hazards').values(hazards.slice(i, i + 500)).execute();
  for (let i = 0; i < events.length; i += 1000) await tx.insertInto('hazard_events').values(events.slice(i, i + 1000)).execute();
  return hazards;
}
