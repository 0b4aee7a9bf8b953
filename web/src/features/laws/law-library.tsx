import { Alert, Button, Card, Descriptions, Empty, Flex, Input, Pagination, Select, Skeleton, Space, Table, Tag, Timeline, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { articleLabel, articleLabelEn } from '../../../../core/laws/citation.ts';
import { lawLevels, lawStatuses } from '../../../../core/laws/law-terms.ts';
import type { Law, LawArticle, LawLevel, LawStatus } from '../../../../core/laws/law.schema.ts';
import { useLaw, useLawChanges, useLaws, type LibraryDoor, type LawListParams } from './use-laws.query.ts';
import './laws.texts.ts';

/**
 * The law library's list and act views (docs/adr/0049), shared by the signed-in screens (/laws) and the public
 * ones (/public/laws, 法规宣传): the same content from the API's two doors. One column of cards, so that a phone
 * reads it as well as a desk.
 */

const pathOf = (door: LibraryDoor) => (door === 'public' ? '/public/laws' : '/laws');

const STATUS_COLOURS: Record<LawStatus, string> = { current: 'green', amended: 'orange', repealed: 'default' };

export function LawStatusTag({ status }: { status: LawStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`laws.status.${status}`)}</Tag>;
}

/** The article part of a row in the screen's language: 第一百零二条第一款 / Art. 102(1). */
export function useArticleLabel() {
  const { i18n } = useTranslation();
  return (a: Pick<LawArticle, 'article' | 'paragraph' | 'item'>) => {
    const ref = { article: a.article, ...(a.paragraph !== null ? { paragraph: a.paragraph } : {}), ...(a.item !== null ? { item: a.item } : {}) };
    return i18n.language === 'en' ? articleLabelEn(ref) : articleLabel(ref);
  };
}

function parseParams(search: URLSearchParams): LawListParams {
  const level = search.get('level');
  const status = search.get('status');
  const page = Number(search.get('page') ?? '1');
  return {
    q: search.get('q') ?? undefined,
    level: (lawLevels as readonly string[]).includes(level ?? '') ? (level as LawLevel) : undefined,
    status: (lawStatuses as readonly string[]).includes(status ?? '') ? (status as LawStatus) : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

function toSearch(p: LawListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.q) out.set('q', p.q);
  if (p.level) out.set('level', p.level);
  if (p.status) out.set('status', p.status);
  if (p.page > 1) out.set('page', String(p.page));
  return out;
}

function LawCard({ law, door }: { law: Law; door: LibraryDoor }) {
  const { t } = useTranslation();
  const facts = [law.documentNumber, law.issuer, law.effectiveOn && `${t('laws.fields.effectiveOn')} ${law.effectiveOn}`, t('laws.articleCount', { count: law.articleCount })].filter(Boolean);
  return (
    <Card size="small" data-testid="law-card">
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Link to={`${pathOf(door)}/${law.id}`} style={{ fontSize: 16, fontWeight: 600 }}>{law.title}</Link>
          <Tag>{t(`laws.level.${law.level}`)}</Tag>
          <LawStatusTag status={law.status} />
        </Flex>
        <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
      </Flex>
    </Card>
  );
}

/** Search (title, 文号, article subject or text), level and status, synced to the address; 20 acts a page. */
export function LawListView({ door }: { door: LibraryDoor }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = parseParams(search);
  const laws = useLaws(door, params);
  const update = (changes: Partial<LawListParams>) => setSearch(toSearch({ ...params, page: 1, ...changes }));
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Input.Search key={params.q ?? ''} allowClear placeholder={t('laws.search')} aria-label={t('laws.search')} style={{ width: 280, maxWidth: '100%' }} defaultValue={params.q} onSearch={(q) => update({ q: q.trim() || undefined })} />
        <Select allowClear placeholder={t('laws.level.label')} aria-label={t('laws.level.label')} style={{ width: 160 }} value={params.level} onChange={(level) => update({ level })}
          options={lawLevels.map((l) => ({ value: l, label: t(`laws.level.${l}`) }))} />
        <Select allowClear placeholder={t('laws.status.label')} aria-label={t('laws.status.label')} style={{ width: 130 }} value={params.status} onChange={(status) => update({ status })}
          options={lawStatuses.map((s) => ({ value: s, label: t(`laws.status.${s}`) }))} />
        <Button onClick={() => setSearch(new URLSearchParams())}>{t('laws.reset')}</Button>
      </Flex>
      {laws.isError ? (
        <QueryErrorAlert error={laws.error} onRetry={() => void laws.refetch()} />
      ) : laws.isPending ? (
        <Card><Skeleton active /></Card>
      ) : (
        <Flex vertical gap={8}>
          {laws.data.items.length === 0 ? (
            <Card><Empty description={t('laws.empty')} /></Card>
          ) : (
            laws.data.items.map((law) => <LawCard key={law.id} law={law} door={door} />)
          )}
          {laws.data.total > 20 && (
            <Pagination align="center" current={params.page} pageSize={20} total={laws.data.total} showSizeChanger={false} onChange={(page) => setSearch(toSearch({ ...params, page }))} />
          )}
        </Flex>
      )}
    </Flex>
  );
}

function ArticlesCard({ articles }: { articles: LawArticle[] }) {
  const { t } = useTranslation();
  const label = useArticleLabel();
  const columns: TableProps<LawArticle>['columns'] = [
    { title: t('laws.articleColumn'), key: 'article', width: 170, render: (_: unknown, a) => <Typography.Text strong>{label(a)}</Typography.Text> },
    {
      title: t('laws.subjectColumn'),
      key: 'subject',
      render: (_: unknown, a) => (
        <Flex vertical gap={4}>
          <span>{a.subject}</span>
          {a.text ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{a.text}</Typography.Paragraph> : <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('laws.noText')}</Typography.Text>}
        </Flex>
      ),
    },
  ];
  return (
    <Card size="small" title={t('laws.articlesTitle')}>
      {articles.length === 0 ? (
        <Empty description={t('laws.noArticles')} />
      ) : (
        <Table<LawArticle> rowKey={(a) => `${a.article}/${a.paragraph ?? 0}/${a.item ?? 0}`} size="small" columns={columns} dataSource={articles} pagination={false} />
      )}
    </Card>
  );
}

function ChangesCard({ door, id }: { door: LibraryDoor; id: string }) {
  const { t } = useTranslation();
  const changes = useLawChanges(door, id);
  const label = useArticleLabel();
  const ref = (a: number | string) => label({ article: a, paragraph: null, item: null });
  return (
    <Card size="small" title={t('laws.changesTitle')}>
      {changes.isError ? (
        <QueryErrorAlert error={changes.error} onRetry={() => void changes.refetch()} />
      ) : changes.isPending ? (
        <Skeleton active />
      ) : changes.data.amendments.length === 0 ? (
        <Typography.Text type="secondary">{t('laws.noChanges')}</Typography.Text>
      ) : (
        <Timeline
          items={changes.data.amendments.map((m) => ({
            key: `${m.effectiveOn}/${m.amendingAct}`,
            content: (
              <Flex vertical gap={4}>
                <Typography.Text strong>{m.effectiveOn}</Typography.Text>
                <Typography.Text>{t('laws.amendingAct')}：{m.amendingAct}</Typography.Text>
                <Typography.Text type="secondary">{m.summary}</Typography.Text>
                {m.changes.map((c, i) => (
                  <span key={i}>
                    <Tag>{t(`laws.change.${c.kind}`)}</Tag>
                    {c.article !== null && ref(c.article)}
                    {c.previousArticle !== null && <Typography.Text type="secondary">（{t('laws.previousArticle', { article: ref(c.previousArticle) })}）</Typography.Text>}
                    {c.note && <> {c.note}</>}
                  </span>
                ))}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** One act: what it is, the act that replaced it, its articles (subject; text where imported), and its amendments. */
export function LawDetailView({ door, id }: { door: LibraryDoor; id: string }) {
  const { t } = useTranslation();
  const law = useLaw(door, id);
  if (law.isError) {
    return isApiError(law.error, 'NOT_FOUND') ? (
      <Card><Empty description={t('laws.notFound')}><Link to={pathOf(door)}>{t('laws.back')}</Link></Empty></Card>
    ) : (
      <QueryErrorAlert error={law.error} onRetry={() => void law.refetch()} />
    );
  }
  if (law.isPending) return <Card><Skeleton active /></Card>;
  const l = law.data;
  return (
    <Flex vertical gap={12}>
      {l.replacedBy && (
        <Alert type="warning" showIcon title={<Space wrap>{t('laws.replacedNotice')}<Link to={`${pathOf(door)}/${l.replacedBy}`}>{l.replacedBy}</Link></Space>} />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }}>
          <Descriptions.Item label={t('laws.fields.documentNumber')}>{l.documentNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('laws.fields.issuer')}>{l.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('laws.level.label')}>{t(`laws.level.${l.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('laws.status.label')}><LawStatusTag status={l.status} /></Descriptions.Item>
          <Descriptions.Item label={t('laws.fields.effectiveOn')}>{l.effectiveOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('laws.fields.articles')}>{t('laws.articleCount', { count: l.articleCount })}</Descriptions.Item>
          {l.aliases.length > 0 && <Descriptions.Item label={t('laws.fields.aliases')} span={2}>{l.aliases.join('；')}</Descriptions.Item>}
          {l.source && <Descriptions.Item label={t('laws.fields.source')} span={2}><Typography.Text type="secondary">{l.source}</Typography.Text></Descriptions.Item>}
        </Descriptions>
      </Card>
      <ArticlesCard articles={l.articles} />
      <ChangesCard door={door} id={id} />
    </Flex>
  );
}
