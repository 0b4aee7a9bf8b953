import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { HomeButton } from './home-button.tsx';
import { PageContainer } from './page-container.tsx';

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
