import en from '../../web/src/i18n/en.json' with { type: 'json' };
import zhCN from '../../web/src/i18n/zh-CN.json' with { type: 'json' };
import adminEn from '../../web/src/features/admin/admin.en.json' with { type: 'json' };
import adminZh from '../../web/src/features/admin/admin.zh-CN.json' with { type: 'json' };
import inspectionsEn from '../../web/src/features/inspections/inspections.en.json' with { type: 'json' };
import inspectionsZh from '../../web/src/features/inspections/inspections.zh-CN.json' with { type: 'json' };
import monitoringEn from '../../web/src/features/monitoring/monitoring.en.json' with { type: 'json' };
import monitoringZh from '../../web/src/features/monitoring/monitoring.zh-CN.json' with { type: 'json' };

/**
 * The languages of what the server writes for people (workbooks, the hazard record): those of the web app, whose
 * locale files hold every enumeration's label (api.md: labels come from the web's locale files, never from the
 * database). The server reads the same files, so a workbook says what the screen says (docs/adr/0047).
 */
export const EXPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

type Texts = Record<string, unknown>;
const resources: Record<ExportLanguage, Texts> = {
  'zh-CN': { ...zhCN, ...monitoringZh, inspections: inspectionsZh.inspections, admin: adminZh },
  en: { ...en, ...monitoringEn, inspections: inspectionsEn.inspections, admin: adminEn },
};

function lookup(texts: Texts, key: string): string | undefined {
  let node: unknown = texts;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Texts)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text at `key` in `language` (zh-CN when English lacks it); the key itself when neither has it. */
export function label(language: ExportLanguage, key: string, values: Record<string, string | number> = {}): string {
  const text = lookup(resources[language], key) ?? lookup(resources['zh-CN'], key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether both languages have a text at `key` (tests hold every enumeration to it). */
export const hasLabel = (key: string) => EXPORT_LANGUAGES.every((l) => lookup(resources[l], key) !== undefined);

/** An enumeration's code as its label: `enumLabel('en', 'hazard.statuses', 'closed')` → "Closed". */
export const enumLabel = (language: ExportLanguage, group: string, code: string | null | undefined) =>
  code === null || code === undefined || code === '' ? '' : label(language, `${group}.${code}`);

/**
 * The caller's language: `?lang=` first, else the first language of Accept-Language that we have (any English
 * variant is English), else Chinese.
 */
export function languageOf(query: { lang?: string | undefined }, acceptLanguage: string | undefined): ExportLanguage {
  if (query.lang === 'en' || query.lang === 'zh-CN') return query.lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
