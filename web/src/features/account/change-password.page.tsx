import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../app/page-container.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('account.password.title')} subtitle={t('account.password.subtitle')}>
      <Card>
        <ChangePasswordForm />
      </Card>
    </PageContainer>
  );
}
