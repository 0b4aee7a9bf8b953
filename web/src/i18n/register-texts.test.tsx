// @vitest-environment happy-dom
import { useTranslation } from 'react-i18next';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { render } from '../test-support/render.tsx';
import { changeLanguage, i18n } from './i18n.ts';
import en from './lazy-texts-example.en.json';
import zh from './lazy-texts-example.zh-CN.json';
import { registerTexts } from './register-texts.ts';

function Greeting() {
  const { t } = useTranslation();
  return <p>{t('lazyTextsExample.greeting', { name: 'Li' })}</p>;
}

describe('texts registered with their page', () => {
  it('are not there before their module is loaded, then render in both languages', async () => {
    expect(i18n.exists('lazyTextsExample.greeting')).toBe(false);
    registerTexts('lazyTextsExample', { 'zh-CN': zh, en });
    await changeLanguage('zh-CN');
    const zhView = await render(<I18nextProvider i18n={i18n}><Greeting /></I18nextProvider>);
    expect(zhView.container.textContent).toBe('你好，Li');
    await zhView.unmount();
    await changeLanguage('en');
    const enView = await render(<I18nextProvider i18n={i18n}><Greeting /></I18nextProvider>);
    expect(enView.container.textContent).toBe('Hello, Li');
    await enView.unmount();
    await changeLanguage('zh-CN');
  });

  it('registering twice keeps the first texts', () => {
    registerTexts('lazyTextsExample', { 'zh-CN': { greeting: 'x' }, en: { greeting: 'y' } });
    expect(i18n.getResource('zh-CN', 'translation', 'lazyTextsExample.greeting')).toBe('你好，{{name}}');
  });
});
