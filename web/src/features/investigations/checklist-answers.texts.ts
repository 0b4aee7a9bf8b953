import { registerTexts } from '../../i18n/register-texts.ts';
import en from './checklist-answers.en.json';
import zhCN from './checklist-answers.zh-CN.json';

registerTexts('checklistAnswers', { 'zh-CN': zhCN, en });
