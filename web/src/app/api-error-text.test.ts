import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '../i18n/i18n.ts';
import { ApiError } from './api-client.ts';
import { apiErrorText, fieldErrorText } from './api-error-text.ts';

const t = i18n.t.bind(i18n);
const lastAdmin = new ApiError(409, 'CONFLICT', 'This is the last active administrator: make another account an administrator before deactivating it', [
  { path: '', message: 'This is the last active administrator …', reason: 'last_admin' },
]);

describe('server errors in the user’s language', () => {
  beforeAll(() => changeLanguage('zh-CN'));
  afterAll(() => changeLanguage('zh-CN'));

  it('say a refusal by its reason, never the server’s English', async () => {
    expect(apiErrorText(t, lastAdmin)).toBe('这是最后一个启用的管理员账号，请先将其他账号设为管理员');
    const wrongStatus = new ApiError(409, 'INVALID_TRANSITION', 'approve needs a hazard in status pending_review; this one is closed', [
      { path: '', message: '…', reason: 'wrong_status', params: { status: 'closed', needed: 'pending_review' } },
    ]);
    expect(apiErrorText(t, wrongStatus)).toBe('隐患当前状态为“已销号”，不能进行此操作');
    await changeLanguage('en');
    expect(apiErrorText(t, lastAdmin)).toBe('This is the last active administrator: make another account an administrator first');
  });

  it('fall back to the code when the reason is unknown or absent', async () => {
    await changeLanguage('zh-CN');
    expect(apiErrorText(t, new ApiError(409, 'CONFLICT', 'Something new', [{ path: '', message: 'x', reason: 'brand_new_reason' }]))).toBe(t('errors.CONFLICT'));
    expect(apiErrorText(t, new ApiError(403, 'FORBIDDEN', 'Your role may not do this'))).toBe(t('errors.FORBIDDEN'));
    expect(apiErrorText(t, new Error('boom'))).toBe(t('errors.INTERNAL'));
  });

  it('say a field’s problem by its kind and what it needs', async () => {
    await changeLanguage('zh-CN');
    expect(fieldErrorText(t, { path: 'name', message: 'must be at most 100 characters long', reason: 'too_long', params: { count: 100, unit: 'characters' } })).toBe('不能超过 100 个字符');
    expect(fieldErrorText(t, { path: 'photoIds', message: 'must have at most 9 items', reason: 'too_long', params: { count: 9, unit: 'items' } })).toBe('不能超过 9 项');
    expect(fieldErrorText(t, { path: 'username', message: 'is already taken', reason: 'taken' })).toBe('已被占用');
    // A schema's own words: a general text in Chinese, the words themselves in English.
    const own = { path: 'regionCode', message: 'must be a region code of 6 or 9 digits', reason: 'invalid' };
    expect(fieldErrorText(t, own)).toBe('填写的内容不符合要求');
    expect(fieldErrorText(t, { path: 'x', message: 'old server, no reason' })).toBe('填写的内容不符合要求');
    await changeLanguage('en');
    expect(fieldErrorText(t, own)).toBe('must be a region code of 6 or 9 digits');
    expect(fieldErrorText(t, { path: 'from', message: 'is required', reason: 'required' })).toBe('Required');
  });

  it('have every text in both languages', () => {
    const zh = i18n.getResource('zh-CN', 'translation', 'apiErrors') as Record<string, Record<string, string>>;
    const en = i18n.getResource('en', 'translation', 'apiErrors') as Record<string, Record<string, string>>;
    for (const group of ['reasons', 'fields']) expect(Object.keys(en[group]!).sort()).toEqual(Object.keys(zh[group]!).sort());
  });
});

/** Every reason the server and core give, as written in their sources: `reason: 'x'`, or a refusal helper's. */
function reasonsInSources(): Set<string> {
  const root = path.resolve(import.meta.dirname, '../../..');
  const files = ['server', 'core'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      // Readings a device sent are counted by their reason (core/monitoring), not answered with an error.
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !/^monitoring\/(reading-validation|telemetry-message|ingest\/.*)\.ts$/.test(f))
      .map((f) => path.join(root, dir, f)),
  );
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/reason: '([a-z_]+)'/g)) found.add(m[1]!);
    for (const m of source.matchAll(/\b(?:forbidden|refused|invalid)\((?:[^()]|\([^()]*\))*?,\s*'([a-z_]+)'\s*(?:,\s*\{[^}]*\}\s*)?\)/g)) found.add(m[1]!);
  }
  return found;
}

describe('the reasons the server gives', () => {
  it('each have a text (a field kind or a refusal’s reason)', () => {
    const zh = i18n.getResource('zh-CN', 'translation', 'apiErrors') as Record<string, Record<string, string>>;
    const known = new Set([...Object.keys(zh['reasons']!), ...Object.keys(zh['fields']!)]);
    const reasons = reasonsInSources();
    expect(reasons.size).toBeGreaterThan(30);
    expect([...reasons].filter((r) => !known.has(r)).sort()).toEqual([]);
  });
});
