import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import './major-hazard-source.texts.ts';

/** A source that could not be read: gone or out of scope (404), else the error with a retry. */
export function SourceNotFound({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!isApiError(error, 'NOT_FOUND') && !isApiError(error, 'VALIDATION_FAILED')) return <QueryErrorAlert error={error} onRetry={onRetry} />;
  return (
    <PageContainer title={t('mhSource.detail.notFoundTitle')}>
      <Card>
        <Result
          status="404"
          title={t('mhSource.detail.notFoundTitle')}
          subTitle={t('mhSource.detail.notFoundText')}
          extra={
            <LinkButton to="/major-hazard-sources" type="primary">
              {t('mhSource.detail.backToList')}
            </LinkButton>
          }
        />
      </Card>
    </PageContainer>
  );
}
