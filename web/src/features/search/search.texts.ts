import { registerTexts } from '../../i18n/register-texts.ts';
import en from './search.en.json';
import zhCN from './search.zh-CN.json';

/** Texts of the header's search box (web/src/i18n/register-texts.ts). */
registerTexts('search', { 'zh-CN': zhCN, en });
