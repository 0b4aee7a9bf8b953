import { registerTexts } from '../../i18n/register-texts.ts';
import en from './checklists.en.json';
import zhCN from './checklists.zh-CN.json';

registerTexts('checklists', { 'zh-CN': zhCN, en });
