import { registerTexts } from '../../i18n/register-texts.ts';
import en from './penalty-cases.en.json';
import zhCN from './penalty-cases.zh-CN.json';

registerTexts('penaltyCases', { 'zh-CN': zhCN, en });
