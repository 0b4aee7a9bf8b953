import type { LevelCounts, RiskDistribution } from '../../core/risks/risk-point.schema.ts';
import { higherLevel, RISK_COLOR, RISK_LEVELS, type RiskLevel } from '../../core/risks/risk-levels.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { levelCountsByEnterprise } from './risk-point.repository.ts';

const zero = (): LevelCounts => ({ major: 0, larger: 0, general: 0, low: 0 });

/**
 * The four-colour distribution (四色分布) in the caller's scope: risk points by level overall and per enterprise,
 * each enterprise coloured by its highest risk, and per district the enterprises of each colour. One grouped
 * query; the rest is a fold over its rows (one per enterprise and level). Asked for one enterprise outside the
 * caller's scope (or none at all), it answers 404 as every other read of that enterprise does, not zeros.
 */
export async function riskDistribution(db: Db, actor: Actor, enterpriseId?: string): Promise<RiskDistribution> {
  if (enterpriseId && !(await findEnterpriseById(db, actor.scope, enterpriseId))) throw notFound('Enterprise');
  const rows = await levelCountsByEnterprise(db, actor.scope, enterpriseId);
  const totals = zero();
  const enterprises = new Map<string, RiskDistribution['enterprises'][number]>();
  for (const row of rows) {
    const level = row.level as RiskLevel;
    const n = Number(row.n);
    totals[level] += n;
    let e = enterprises.get(row.id);
    if (!e) {
      e = { id: row.id, name: row.name, districtCode: row.district_code, lng: row.lng, lat: row.lat, counts: zero(), highestLevel: level, color: RISK_COLOR[level] };
      enterprises.set(row.id, e);
    }
    e.counts[level] += n;
    e.highestLevel = higherLevel(e.highestLevel, level);
    e.color = RISK_COLOR[e.highestLevel];
  }
  const districts = new Map<string, LevelCounts>();
  for (const e of enterprises.values()) {
    const counts = districts.get(e.districtCode) ?? zero();
    counts[e.highestLevel] += 1;
    districts.set(e.districtCode, counts);
  }
  const byLevel = (a: { highestLevel: RiskLevel; name: string }, b: { highestLevel: RiskLevel; name: string }) =>
    RISK_LEVELS.indexOf(a.highestLevel) - RISK_LEVELS.indexOf(b.highestLevel) || a.name.localeCompare(b.name, 'zh-CN');
  return {
    totals,
    enterprises: [...enterprises.values()].sort(byLevel),
    districts: [...districts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([regionCode, counts]) => ({ regionCode, enterprises: counts })),
  };
}
