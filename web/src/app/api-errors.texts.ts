import { registerTexts } from '../i18n/register-texts.ts';
import en from './api-errors.en.json';
import zhCN from './api-errors.zh-CN.json';

registerTexts('apiErrors', { 'zh-CN': zhCN, en });
