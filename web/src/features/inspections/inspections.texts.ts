import { registerTexts } from '../../i18n/register-texts.ts';
import en from './inspections.en.json';
import zhCN from './inspections.zh-CN.json';

/** The inspections' texts travel with their pages (web/src/i18n/register-texts.ts); import this wherever `inspections.*` is used. */
registerTexts('inspections', { 'zh-CN': zhCN.inspections, en: en.inspections });
