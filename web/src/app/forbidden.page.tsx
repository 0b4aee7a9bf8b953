import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './app-layout.tsx';
import { HomeButton } from './home-button.tsx';
import { PageContainer } from './page-container.tsx';

/** The app's 403: a page the user's role is not offered (require-permission.tsx). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('status.forbiddenTitle')}>
      <Card>
        <Result status="403" title="403" subTitle={t('status.forbiddenText')} extra={<HomeButton />} />
      </Card>
    </PageContainer>
  );
}

/** The same for a full-screen route (the cockpit): inside the app's header and menu, so the way back is there. */
export function ForbiddenScreen() {
  return (
    <AppLayout>
      <ForbiddenPage />
    </AppLayout>
  );
}
