import type { TestApp } from './test-app.ts';

/** An accident body as a regulator would send it (outside any enterprise unless given); override what a test is about. */
export function accidentInput(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: '510113',
    industryCode: '2614',
    occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    category: '19',
    deaths: 1,
    missing: 0,
    seriousInjuries: 2,
    minorInjuries: 3,
    directLossYuan: 1_200_000,
    isRoadTraffic: false,
    isFire: false,
    description: '储罐清洗作业中发生中毒窒息',
    ...overrides,
  };
}

export async function reportAccidentAs(t: TestApp, token: string, body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/v1/accidents', { token, body });
  if (res.status !== 201) throw new Error(`accident report failed: ${res.status} ${res.text}`);
  return res.body as { id: string; grade: string; [k: string]: unknown };
}
