import { registerTexts } from '../../i18n/register-texts.ts';
import en from './expert-campaigns.en.json';
import zhCN from './expert-campaigns.zh-CN.json';

registerTexts('expertCampaigns', { 'zh-CN': zhCN, en });
