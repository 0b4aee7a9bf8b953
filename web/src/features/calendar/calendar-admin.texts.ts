import { registerTexts } from '../../i18n/register-texts.ts';
import en from './calendar-admin.en.json';
import zhCN from './calendar-admin.zh-CN.json';

/** The calendar administration's texts travel with its page (web/src/i18n/register-texts.ts). */
registerTexts('calendarAdmin', { 'zh-CN': zhCN, en });
