import { Layout, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../app/auth-context.tsx';
import { BrandLogo } from '../../app/brand-logo.tsx';
import { LanguageSwitch } from '../../app/language-switch.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { HEADER_BACKGROUND } from '../../app/theme.ts';
import { LawDetailView, LawListView } from './law-library.tsx';
import { useLaw } from './use-laws.query.ts';
import './laws.texts.ts';

/**
 * 法规宣传: the law library for anyone, without signing in, from the public door of the API
 * (GET /api/v1/public/laws…), outside the signed-in layout like the published draws.
 */

function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: HEADER_BACKGROUND, display: 'flex', alignItems: 'center', gap: 12, paddingInline: 16 }}>
        <Link to="/public/laws" style={{ minWidth: 0, flex: 1, display: 'flex' }} aria-label={t('laws.publicTitle')}>
          <BrandLogo />
        </Link>
        <LanguageSwitch />
        {user ? (
          <LinkButton to="/laws" size="small" ghost>{t('laws.openPlatform')}</LinkButton>
        ) : (
          <LinkButton to="/login" size="small" ghost>{t('laws.signIn')}</LinkButton>
        )}
      </Layout.Header>
      <Layout.Content style={{ width: '100%', maxWidth: 960, margin: '0 auto', padding: '16px 12px 32px' }}>{children}</Layout.Content>
    </Layout>
  );
}

function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);
}

export function PublicLawListPage() {
  const { t } = useTranslation();
  usePageTitle(t('laws.publicTitle'));
  return (
    <PublicShell>
      <Typography.Title level={3} style={{ marginTop: 4, marginBottom: 4 }}>{t('laws.publicTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('laws.publicSubtitle')}</Typography.Paragraph>
      <LawListView door="public" />
    </PublicShell>
  );
}

export function PublicLawPage() {
  const { t } = useTranslation();
  const id = useParams()['id'] ?? '';
  const law = useLaw('public', id);
  usePageTitle(law.data?.shortTitle ?? t('laws.publicTitle'));
  return (
    <PublicShell>
      <Link to="/public/laws">← {t('laws.back')}</Link>
      <Typography.Title level={3} style={{ marginTop: 8 }}>{law.data?.title ?? ''}</Typography.Title>
      <LawDetailView door="public" id={id} />
    </PublicShell>
  );
}
