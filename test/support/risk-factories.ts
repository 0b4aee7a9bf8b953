import type { TestApp } from './test-app.ts';

/** A risk point body an enterprise officer would send; override what a test is about. */
export function riskPointBody(enterpriseId: string, overrides: Record<string, unknown> = {}) {
  return {
    enterpriseId,
    name: '液氨储罐区',
    location: '罐区东侧',
    objectKind: 'equipment',
    object: '液氨储罐 V-101',
    hazardFactors: [{ class: 'physical', description: '储罐泄漏' }],
    evaluation: { method: 'lec', l: 3, e: 6, c: 15 },
    controlMeasures: [
      { kind: 'engineering', content: '设置有毒气体检测报警装置', checkItem: '有毒气体报警装置完好并在检定有效期内' },
      { kind: 'management', content: '每班巡检罐区' },
    ],
    controlLevel: 'workshop',
    responsiblePerson: '张工',
    reviewDate: '2099-12-31',
    ...overrides,
  };
}

export async function createRiskPointAs(t: TestApp, token: string, body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/v1/risk-points', { token, body });
  if (res.status !== 201) throw new Error(`risk point failed: ${res.status} ${res.text}`);
  return res.body as { id: string; level: string; color: string };
}

/** A source body: 10 t of liquid chlorine (q/Q = 2, β 4) and 25 t of LPG (0.5, β 1.5), 120 people exposed. */
export function sourceBody(enterpriseId: string, overrides: Record<string, unknown> = {}) {
  return {
    enterpriseId,
    name: '氯气罐区',
    unitKind: 'storage',
    exposedPopulation: 120,
    substances: [
      { name: '液氯', quantityTonnes: 10 },
      { name: '液化石油气', quantityTonnes: 25 },
    ],
    sensorCodes: ['CL2-001'],
    guarantors: { principal: { name: '王总' }, technical: { name: '李工' }, operational: { name: '赵班长' } },
    ...overrides,
  };
}
