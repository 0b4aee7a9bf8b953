import { registerTexts } from '../../i18n/register-texts.ts';
import en from './import-report.en.json';
import zhCN from './import-report.zh-CN.json';

registerTexts('importReport', { 'zh-CN': zhCN, en });
