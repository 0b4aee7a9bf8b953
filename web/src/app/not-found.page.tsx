import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { HomeButton } from './home-button.tsx';
import { PageContainer } from './page-container.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('status.notFoundTitle')}>
      <Card>
        <Result status="404" title="404" subTitle={t('status.notFoundText')} extra={<HomeButton />} />
      </Card>
    </PageContainer>
  );
}
