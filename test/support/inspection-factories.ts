import type { TestApp } from './test-app.ts';

/** Bodies of inspections as an officer's form sends them; override what a test is about. */

export const officers = [
  { side: 'officer', name: '王执法', certificateNo: 'SC-51010001' },
  { side: 'officer', name: '李执法', certificateNo: 'SC-51010002' },
  { side: 'enterprise', name: '张厂长', title: '主要负责人' },
];

export const hour = 3_600_000;

export function inspectionBody(enterpriseId: string, overrides: Record<string, unknown> = {}) {
  const started = Date.now() - 3 * hour;
  return {
    enterpriseId,
    place: '生产车间及储罐区',
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(started + 2 * hour).toISOString(),
    participants: officers,
    measures: [{ kind: 'evacuation', scope: '2号储罐区作业人员', liftingConditions: '泄漏点封堵并检测合格' }],
    findings: [
      {
        checkItem: '储罐区可燃气体报警装置失效',
        legalBasis: { standard: '《中华人民共和国安全生产法》', article: '第三十六条' },
        description: '2号储罐区可燃气体检测报警器未通电',
        location: '2号储罐区',
        grade: 'general',
        deadline: '2030-01-15',
      },
      {
        checkItem: '特种作业人员未持证上岗',
        legalBasis: { standard: '《中华人民共和国安全生产法》', article: '第三十条' },
        description: '焊工刘某未取得特种作业操作证',
        location: '维修车间',
        grade: 'general',
        deadline: null,
      },
    ],
    ...overrides,
  };
}

export async function inspect(t: TestApp, token: string, body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/v1/inspections', { token, body });
  if (res.status !== 201) throw new Error(`inspection failed: ${res.status} ${res.text}`);
  return res.body as { id: string; findings: { id: string; hazardId: string }[] };
}

export async function issue(t: TestApp, token: string, inspectionId: string, body: Record<string, unknown>) {
  return t.request('POST', `/api/v1/inspections/${inspectionId}/documents`, { token, body });
}
