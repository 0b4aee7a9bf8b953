import { registerTexts } from '../../i18n/register-texts.ts';
import en from './enforcement-calculators.en.json';
import zhCN from './enforcement-calculators.zh-CN.json';

/** The calculators' texts travel with their page (web/src/i18n/register-texts.ts). */
registerTexts('enforcementCalc', { 'zh-CN': zhCN, en });
