import { registerTexts } from '../../i18n/register-texts.ts';
import en from './risk-point.en.json';
import zhCN from './risk-point.zh-CN.json';

/** The risk point's detail, edit and review screens' texts, loaded with their code (web/src/i18n/register-texts.ts). */
registerTexts('riskPoint', { 'zh-CN': zhCN, en });
