import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { can } from '../../app/permissions.ts';
import { LawImportButton } from './law-import-modal.tsx';
import { LawListView } from './law-library.tsx';
import './laws.texts.ts';

/** 法规库 for signed-in users (`laws.view`); the administrator imports acts here (`laws.manage`). */
export function LawListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <PageContainer
      title={t('laws.title')}
      subtitle={t('laws.subtitle')}
      extra={
        can(user, 'laws.manage') ? (
          <>
            <LinkButton to="/laws/articles/import" icon={<FileExcelOutlined />}>{t('laws.import.articles')}</LinkButton>
            <LawImportButton />
          </>
        ) : undefined
      }
    >
      <LawListView door="internal" />
    </PageContainer>
  );
}
