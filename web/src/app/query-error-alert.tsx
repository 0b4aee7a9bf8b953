import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from './api-error-text.ts';

export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('status.errorTitle')}
      description={apiErrorText(t, error)}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
