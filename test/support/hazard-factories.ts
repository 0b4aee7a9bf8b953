import type { HazardCreateInput } from '../../core/hazards/hazard.schema.ts';
import type { TestApp } from './test-app.ts';

/** A hazard body as an enterprise officer would send it; override what a test is about. */
export function hazardInput(enterpriseId: string, overrides: Partial<HazardCreateInput> = {}): HazardCreateInput {
  return {
    enterpriseId,
    title: '除尘器未设置泄爆装置',
    description: '3号车间干式除尘器未采取泄爆、隔爆、惰化等任一种措施。',
    location: '3号车间除尘器',
    source: 'self_check',
    category: 'thing',
    grade: 'general',
    foundAt: new Date(Date.now() - 86_400_000).toISOString(),
    legalBasis: { standard: '工贸企业重大事故隐患判定标准（应急管理部令第10号）', article: '第十一条' },
    ...overrides,
  };
}

export const completeGovernancePlan = {
  objectivesAndTasks: '消除除尘系统爆炸风险',
  methodsAndMeasures: '加装泄爆片和隔爆阀',
  fundsAndMaterials: '专项资金20万元，设备已采购',
  organisationAndPersons: '设备部，负责人李工',
  timeLimitAndRequirements: '30日内完成并验收',
  safetyMeasuresAndEmergencyPlan: '停用除尘器，设置警戒区，启动专项应急预案',
};

export async function reportAs(t: TestApp, token: string, body: HazardCreateInput) {
  const res = await t.request('POST', '/api/v1/hazards', { token, body });
  if (res.status !== 201) throw new Error(`report failed: ${res.status} ${res.text}`);
  return res.body as { id: string; status: string };
}

export const transition = (t: TestApp, token: string, id: string, body: Record<string, unknown>) =>
  t.request('POST', `/api/v1/hazards/${id}/transitions`, { token, body });

/** An 8 × 8 orange baseline JPEG (sharp, quality 80): photos are decoded and re-encoded on upload. */
const TINY_JPEG = Buffer.from(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKQAI2f/2Q==',
  'base64',
);

/**
 * A real JPEG of exactly `size` bytes (268, or 272 and more): the tiny image with comment (COM) segments after its SOI marker
 * (ISO/IEC 10918-1 B.2.4.5: FF FE, a two-byte length counting itself, up to 65,533 bytes of text).
 */
export const jpegBytes = (size = 1024) => {
  let remaining = size - TINY_JPEG.length;
  if (remaining !== 0 && remaining < 4) throw new Error(`no JPEG of ${size} bytes: pick another size`);
  const segments: Buffer[] = [];
  while (remaining > 0) {
    // Leave at least one whole segment (4 bytes) for the rest.
    let length = Math.min(remaining, 65_537);
    if (remaining - length > 0 && remaining - length < 4) length -= 4;
    const segment = Buffer.alloc(length, 0x20);
    segment.set([0xff, 0xfe, (length - 2) >> 8, (length - 2) & 0xff]);
    segments.push(segment);
    remaining -= length;
  }
  return Buffer.concat([TINY_JPEG.subarray(0, 2), ...segments, TINY_JPEG.subarray(2)]);
};

export async function uploadPhoto(t: TestApp, token: string, bytes: Buffer = jpegBytes(), contentType = 'image/jpeg') {
  const res = await fetch(`${t.url}/api/v1/photos`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body: new Uint8Array(bytes) });
  return { status: res.status, body: (await res.json()) as { id: string; contentType?: string; sizeBytes?: number; error?: { code: string; message: string } } };
}
