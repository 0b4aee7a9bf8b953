import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from './api-client.ts';

export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('status.errorTitle')}
      description={t(`errors.${errorCodeOf(error)}`)}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
