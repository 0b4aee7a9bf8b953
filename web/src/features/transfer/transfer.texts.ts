import { registerTexts } from '../../i18n/register-texts.ts';
import en from './transfer.en.json';
import zhCN from './transfer.zh-CN.json';

/** Texts of exports and imports (web/src/i18n/register-texts.ts): loaded with the pages that use them. */
registerTexts('transfer', { 'zh-CN': zhCN, en });
