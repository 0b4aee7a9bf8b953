import { registerTexts } from '../../i18n/register-texts.ts';
import en from './laws.en.json';
import zhCN from './laws.zh-CN.json';

registerTexts('laws', { 'zh-CN': zhCN, en });
