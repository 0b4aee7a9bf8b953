import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';
import majorHazardsEn from '../features/major-hazards/major-hazards.en.json';
import majorHazardsZh from '../features/major-hazards/major-hazards.zh-CN.json';
import risksEn from '../features/risks/risks.en.json';
import risksZh from '../features/risks/risks.zh-CN.json';
import monitoringEn from '../features/monitoring/monitoring.en.json';
import monitoringZhCN from '../features/monitoring/monitoring.zh-CN.json';
import accidentsEn from '../features/accidents/accidents.en.json';
import accidentsZhCN from '../features/accidents/accidents.zh-CN.json';
import cockpitEn from '../features/cockpit/cockpit.en.json';
import cockpitZhCN from '../features/cockpit/cockpit.zh-CN.json';
import cityMapEn from '../features/organisations/city-map.en.json';
import cityMapZhCN from '../features/organisations/city-map.zh-CN.json';
import accountEn from '../features/account/account.en.json';
import accountZh from '../features/account/account.zh-CN.json';
import adminEn from '../features/admin/admin.en.json';
import adminZh from '../features/admin/admin.zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'anquan.language';
const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/**
 * A feature with many strings keeps them beside itself (`features/<name>/<name>.zh-CN.json` and `.en.json`)
 * under one top-level key, added here; shared words (nav, common, errors) stay in the two files above.
 */
const zhCNMessages = { ...zhCN, ...monitoringZhCN, risks: risksZh, majorHazards: majorHazardsZh, accidents: accidentsZhCN, cockpit: cockpitZhCN, cityMap: cityMapZhCN, account: accountZh, admin: adminZh };
const enMessages: typeof zhCNMessages = { ...en, ...monitoringEn, risks: risksEn, majorHazards: majorHazardsEn, accidents: accidentsEn, cockpit: cockpitEn, cityMap: cityMapEn, account: accountEn, admin: adminEn };

export const resources = {
  'zh-CN': { translation: zhCNMessages },
  en: { translation: enMessages },
} as const;

/**
 * The types of texts registered with their pages (./register-texts.ts): type-only imports, so that none of them
 * is bundled here. One line per feature: `webhooks: typeof import('../features/admin/webhooks.zh-CN.json');`.
 */
interface LazyTexts {
  lazyTextsExample: typeof import('./lazy-texts-example.zh-CN.json');
  transfer: typeof import('../features/transfer/transfer.zh-CN.json');
  search: typeof import('../features/search/search.zh-CN.json');
  inspections: (typeof import('../features/inspections/inspections.zh-CN.json'))['inspections'];
  checklistAnswers: typeof import('../features/investigations/checklist-answers.zh-CN.json');
  checklists: typeof import('../features/investigations/checklists.zh-CN.json');
  expertCampaigns: typeof import('../features/inspections/expert-campaigns.zh-CN.json');
  sharing: typeof import('../features/sharing/sharing.zh-CN.json');
  auditTrail: typeof import('../features/audit/audit-trail.zh-CN.json');
  alarmText: typeof import('../features/monitoring/alarm-text.zh-CN.json');
  sensorAdmin: typeof import('../features/monitoring/sensor-admin.zh-CN.json');
  riskPoint: typeof import('../features/risks/risk-point.zh-CN.json');
  mhSource: typeof import('../features/major-hazards/major-hazard-source.zh-CN.json');
  importReport: typeof import('../app/import/import-report.zh-CN.json');
  accidentScreens: typeof import('../features/accidents/accident-screens.zh-CN.json');
  apiErrors: typeof import('../app/api-errors.zh-CN.json');
  enforcementCalc: typeof import('../features/enforcement/enforcement-calculators.zh-CN.json');
  calendarAdmin: typeof import('../features/calendar/calendar-admin.zh-CN.json');
  laws: typeof import('../features/laws/laws.zh-CN.json');
  penaltyCases: typeof import('../features/enforcement/penalty-cases.zh-CN.json');
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCNMessages & LazyTexts };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: Language): void {
  dayjs.locale(DAYJS_LOCALES[language]);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyLanguage(currentLanguage());

i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyLanguage(language);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this visit.
  }
  await i18n.changeLanguage(language);
}
