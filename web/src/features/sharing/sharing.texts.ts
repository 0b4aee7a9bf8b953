import { registerTexts } from '../../i18n/register-texts.ts';
import en from './sharing.en.json';
import zhCN from './sharing.zh-CN.json';

// Webhooks and partner clients (docs/adr/0041): loaded with their pages, not with the first page.
registerTexts('sharing', { 'zh-CN': zhCN, en });
