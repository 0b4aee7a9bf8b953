import { registerTexts } from '../../i18n/register-texts.ts';
import en from './accident-screens.en.json';
import zhCN from './accident-screens.zh-CN.json';

/** The accident screens' texts added after the split (import, denominators, reporting chain, record): lazy. */
registerTexts('accidentScreens', { 'zh-CN': zhCN, en });
