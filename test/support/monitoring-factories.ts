import { randomBytes } from 'node:crypto';
import type { SensorKind, SensorRule } from '../../core/monitoring/sensor-rules.ts';
import type { Db } from '../../server/db/database.ts';

export interface SensorFixture {
  enterpriseId: string;
  code?: string;
  name?: string;
  kind?: SensorKind;
  unit?: string;
  rangeLow?: number | null;
  rangeHigh?: number | null;
  expectedIntervalSec?: number;
  rules?: SensorRule[];
}

/**
 * A sensor row for tests of ingestion and alarms (the sensors API has its own tests). Defaults: a methane
 * sensor at a coal face (alarm ≥ 1.0, power-off ≥ 1.5, restore < 1.0), 0–4 %CH₄, every 30 s.
 */
export async function makeSensor(db: Db, fixture: SensorFixture) {
  const rules: SensorRule[] = fixture.rules ?? [
    { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0 }], deadband: 0, minDurationSec: 0 },
    { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.0 },
  ];
  return db
    .insertInto('sensors')
    .values({
      enterprise_id: fixture.enterpriseId,
      code: fixture.code ?? `T-${randomBytes(5).toString('hex')}`,
      name: fixture.name ?? '采煤工作面甲烷 T1',
      kind: fixture.kind ?? 'methane',
      unit: fixture.unit ?? '%CH4',
      range_low: fixture.rangeLow === undefined ? 0 : fixture.rangeLow,
      range_high: fixture.rangeHigh === undefined ? 4 : fixture.rangeHigh,
      expected_interval_sec: fixture.expectedIntervalSec ?? 30,
      rules: JSON.stringify(rules),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
