import { i18n, type Language } from './i18n.ts';

/**
 * Texts that travel with their page's code instead of the first page's (docs/adr/0035's budget): a feature added
 * after the split keeps its strings in `features/<name>/<name>.zh-CN.json` and `.en.json`, declares their type in
 * i18n.ts's `LazyTexts` (a type-only import, which bundles nothing), and imports its `<name>.texts.ts` — one call
 * of this function — from every module that uses those keys. The first import adds them, before anything renders.
 */
export function registerTexts(key: string, texts: Record<Language, object>): void {
  for (const [language, bundle] of Object.entries(texts)) {
    if (!i18n.hasResourceBundle(language, 'translation') || i18n.getResource(language, 'translation', key) === undefined) {
      i18n.addResourceBundle(language, 'translation', { [key]: bundle }, true, false);
    }
  }
}
