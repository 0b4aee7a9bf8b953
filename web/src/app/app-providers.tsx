import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n, isLanguage, type Language } from '../i18n/i18n.ts';
import { AuthProvider } from './auth-context.tsx';
import { createQueryClient } from './query-client.ts';
import { appTheme } from './theme.ts';

const ANTD_LOCALES: Record<Language, NonNullable<ConfigProviderProps['locale']>> = { 'zh-CN': zhCN, en: enUS };

function LocalisedConfig({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const language = isLanguage(instance.language) ? instance.language : 'zh-CN';
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={appTheme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalisedConfig>
          <AuthProvider>{children}</AuthProvider>
        </LocalisedConfig>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
