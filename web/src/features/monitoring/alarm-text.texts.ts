import { registerTexts } from '../../i18n/register-texts.ts';
import en from './alarm-text.en.json';
import zhCN from './alarm-text.zh-CN.json';

registerTexts('alarmText', { 'zh-CN': zhCN, en });
