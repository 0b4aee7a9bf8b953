import { registerTexts } from '../../i18n/register-texts.ts';
import en from './audit-trail.en.json';
import zhCN from './audit-trail.zh-CN.json';

// The admin audit trail (docs/adr/0041): loaded with its page, not with the first page.
registerTexts('auditTrail', { 'zh-CN': zhCN, en });
