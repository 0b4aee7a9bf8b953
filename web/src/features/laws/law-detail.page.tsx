import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { LawDetailView } from './law-library.tsx';
import { useLaw } from './use-laws.query.ts';
import './laws.texts.ts';

/** One act with its articles and amendments (GET /laws/{id}, /changes). */
export function LawDetailPage() {
  const { t } = useTranslation();
  const id = useParams()['id'] ?? '';
  const law = useLaw('internal', id);
  return (
    <PageContainer title={law.data?.title ?? t('laws.title')}>
      <LawDetailView door="internal" id={id} />
    </PageContainer>
  );
}
