import { registerTexts } from '../../i18n/register-texts.ts';
import en from './sensor-admin.en.json';
import zhCN from './sensor-admin.zh-CN.json';

registerTexts('sensorAdmin', { 'zh-CN': zhCN, en });
