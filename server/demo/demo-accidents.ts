import type { AccidentCategory } from '../../core/accidents/accident-categories.ts';
import type { AccidentCreate } from '../../core/accidents/accident.schema.ts';
import { cityDateOf, cityInstant } from '../../core/shared/city-time.ts';
import type { ReportingStep } from '../../core/accidents/reporting-chain.ts';
import { createPrng, type Prng } from './prng.ts';

export interface DemoAccidentEnterprise {
  industryCode: string;
  regionCode: string;
  name: string;
}

export interface DemoAccident {
  /** Index into the enterprises, or null for an accident outside any registered enterprise (road traffic, a shop). */
  enterpriseIndex: number | null;
  input: AccidentCreate;
}

/** Plausible GB 6441 categories for an industry section (mining, construction, chemicals, transport, the rest). */
function categoriesFor(industryCode: string): AccidentCategory[] {
  const division = Number(industryCode.slice(0, 2));
  if (division >= 6 && division <= 12) return ['11', '12', '15', '13', '04', '03'];
  if (division >= 47 && division <= 50) return ['09', '09', '10', '04', '01', '05'];
  if (division >= 25 && division <= 29) return ['19', '19', '18', '08', '07', '17'];
  if (division >= 53 && division <= 60) return ['02', '02', '02', '04', '06'];
  return ['03', '03', '01', '05', '09', '07', '20'];
}

const DISTRICTS_OUTSIDE = ['510104', '510105', '510106', '510107', '510108', '510112', '510113', '510114', '510115', '510116'];
const OUTSIDE_PLACES = ['国道318线成龙大道段', '城区商铺', '农贸市场', '居民自建房施工点', '绕城高速'];

/**
 * Five years of the demo city's accidents up to `now`, deterministic for a seed: about 70 a year falling
 * by a tenth each year, most of them 一般 with no or one death, a few 较大 and one 重大, three in ten outside any
 * registered enterprise (road traffic, shops, private building). Figures are invented.
 */
export function generateDemoAccidents(enterprises: readonly DemoAccidentEnterprise[], now: Date, seed = 493): DemoAccident[] {
  const rng = createPrng(seed);
  const today = cityDateOf(now);
  const out: DemoAccident[] = [];
  for (let yearsAgo = 4; yearsAgo >= 0; yearsAgo--) {
    const year = today.year - yearsAgo;
    const perYear = Math.round(70 * 0.9 ** (4 - yearsAgo));
    for (let i = 0; i < perYear; i++) {
      const month = rng.int(1, 12);
      const day = rng.int(1, 28);
      const occurredAt = cityInstant({ year, month, day }, rng.int(6, 21), rng.int(0, 59));
      if (occurredAt >= now) continue;
      const severity = rng.next();
      const deaths = severity < 0.55 ? 0 : severity < 0.93 ? 1 : severity < 0.98 ? 2 : rng.int(3, 5);
      const seriousInjuries = rng.next() < 0.4 ? rng.int(1, 3) : 0;
      const inside = rng.next() < 0.7 && enterprises.length > 0;
      const enterpriseIndex = inside ? rng.int(0, enterprises.length - 1) : null;
      const e = enterpriseIndex !== null ? enterprises[enterpriseIndex]! : null;
      const category = e ? rng.pick(categoriesFor(e.industryCode)) : rng.pick<AccidentCategory>(['02', '02', '08', '09', '05']);
      const knownAt = new Date(occurredAt.getTime() + rng.int(5, 50) * 60_000);
      out.push({
        enterpriseIndex,
        input: {
          ...(e ? {} : { regionCode: rng.pick(DISTRICTS_OUTSIDE), industryCode: category === '02' ? '5431' : '5211' }),
          occurredAt,
          knownAt,
          category,
          deaths,
          missing: 0,
          seriousInjuries,
          minorInjuries: rng.int(0, 4),
          directLossYuan: rng.int(2, 400) * 10_000 + deaths * 1_200_000,
          isRoadTraffic: category === '02' && !e,
          isFire: category === '08',
          description: e ? `${e.name}发生${category === '02' ? '车辆伤害' : '生产安全'}事故` : `${rng.pick(OUTSIDE_PLACES)}发生事故`,
        },
      });
    }
  }
  // One 重大 accident two years ago, so that the statistics show every grade band in use.
  const e = enterprises.findIndex((x) => Number(x.industryCode.slice(0, 2)) >= 25 && Number(x.industryCode.slice(0, 2)) <= 29);
  if (e >= 0) {
    const occurredAt = cityInstant({ year: today.year - 2, month: 8, day: 14 }, 3, 20);
    out.push({
      enterpriseIndex: e,
      input: {
        occurredAt, knownAt: new Date(occurredAt.getTime() + 15 * 60_000), category: '18', deaths: 10, missing: 0, seriousInjuries: 12, minorInjuries: 20,
        directLossYuan: 62_000_000, isRoadTraffic: false, isFire: false, description: `${enterprises[e]!.name}反应釜爆炸事故`,
      },
    });
  }
  return out.sort((a, b) => a.input.occurredAt.getTime() - b.input.occurredAt.getTime());
}

/** Invented but plausible denominators for the rates: the city's GDP (yuan) and workforce per year. */
export function demoDenominators(now: Date): Array<{ region_code: string; year: number; gdp_yuan: number; workers: number }> {
  const year = cityDateOf(now).year;
  return Array.from({ length: 5 }, (_, i) => ({
    region_code: '510100',
    year: year - 4 + i,
    gdp_yuan: Math.round((1.95 + 0.11 * i) * 1e12),
    workers: 12_300_000 + 150_000 * i,
  }));
}

/**
 * Plausible report times for a demo accident's chain (a PRNG of its own, so the accidents stay as they were): the
 * unit reports 10–75 minutes after its head learned of it (past the hour now and then: 迟报), each level forwards
 * 15–130 minutes after receiving it; a report that would lie after `now` is not made yet.
 */
export function demoChainReports(chain: readonly ReportingStep[], knownAt: Date, now: Date, rng: Prng, by: readonly string[]): ReportingStep[] {
  let at = knownAt.getTime() + rng.int(10, 75) * 60_000;
  return chain.map((step, i) => {
    if (i > 0) at += rng.int(15, 130) * 60_000;
    return at <= now.getTime() ? { ...step, reportedAt: new Date(at).toISOString(), recordedBy: by[Math.min(i, by.length - 1)]! } : step;
  });
}
