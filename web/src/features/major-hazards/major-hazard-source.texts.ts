import { registerTexts } from '../../i18n/register-texts.ts';
import en from './major-hazard-source.en.json';
import zhCN from './major-hazard-source.zh-CN.json';

/** The source's detail, edit, check and hazard screens' texts, loaded with their code (web/src/i18n/register-texts.ts). */
registerTexts('mhSource', { 'zh-CN': zhCN, en });
