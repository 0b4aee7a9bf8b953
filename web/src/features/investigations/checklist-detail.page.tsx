import { CalendarOutlined, CopyOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { can } from '../../app/permissions.ts';
import { Alert, App, Button, Card, Descriptions, Flex, List, Result, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { canChangeChecklist } from '../../../../core/hazards/checklist-api.schema.ts';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { legalBasisText, MajorCriterionTag } from './checklist-item-card.tsx';
import { ChecklistKindTag, ChecklistStatusTags, IndustryScopeText, PhrasingTag } from './checklist-parts.tsx';
import './checklists.texts.ts';
import type { Checklist } from './investigation.types.ts';
import { useChecklist, useRetireChecklist } from './use-checklist-library.query.ts';

function ChecklistActions({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const user = useSessionUser();
  const retire = useRetireChecklist(checklist.id);
  const own = canChangeChecklist(user, checklist);
  const writer = can(user, 'checklists.write') && Boolean(user.departmentId ?? user.enterpriseId);
  const confirmRetire = () =>
    void modal.confirm({
      title: t('checklists.detail.retireTitle'),
      content: t('checklists.detail.retireBody'),
      okText: t('checklists.detail.retire'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'retire-confirm' } },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await retire.mutateAsync();
          void message.success(t('checklists.detail.retired'));
        } catch (error) {
          void message.error(apiErrorText(t, error));
        }
      },
    });
  return (
    <>
      {can(user, 'investigations.plan') && !checklist.retiredAt && (
        <LinkButton to={`/investigation-plans/new?checklist=${encodeURIComponent(checklist.id)}`} type="primary" icon={<CalendarOutlined />}>
          {t('checklists.detail.usePlan')}
        </LinkButton>
      )}
      {own && !checklist.retiredAt && !checklist.inUse && (
        <LinkButton to={`/checklists/${checklist.id}/edit`} icon={<EditOutlined />}>
          {t('checklists.detail.edit')}
        </LinkButton>
      )}
      {writer && (
        <LinkButton to={`/checklists/new?from=${encodeURIComponent(checklist.id)}`} icon={<CopyOutlined />}>
          {t('checklists.detail.copy')}
        </LinkButton>
      )}
      {own && !checklist.retiredAt && (
        <Button danger icon={<StopOutlined />} onClick={confirmRetire} loading={retire.isPending} data-testid="retire-checklist">
          {t('checklists.detail.retire')}
        </Button>
      )}
    </>
  );
}

function ChecklistNote({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  if (checklist.builtIn) return <Alert type="info" showIcon title={t('checklists.detail.builtInNote')} />;
  if (checklist.retiredAt) return <Alert type="warning" showIcon title={t('checklists.detail.retiredNote', { at: formatCityTime(checklist.retiredAt) })} />;
  if (checklist.inUse) return <Alert type="info" showIcon title={t('checklists.detail.inUseNote')} />;
  return null;
}

/** One checklist with its items: what each checks, how it is answered, under which rule. */
export function ChecklistDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const checklist = useChecklist(id);
  if (checklist.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (checklist.isError) {
    if (isApiError(checklist.error, 'NOT_FOUND') || isApiError(checklist.error, 'VALIDATION_FAILED')) {
      return (
        <Card>
          <Result status="404" title={t('checklists.detail.notFound')} extra={<LinkButton to="/checklists" type="primary">{t('nav.checklists')}</LinkButton>} />
        </Card>
      );
    }
    return <QueryErrorAlert error={checklist.error} onRetry={() => void checklist.refetch()} />;
  }
  const c = checklist.data;
  return (
    <PageContainer
      title={c.name}
      tags={
        <Flex gap={4}>
          <ChecklistKindTag builtIn={c.builtIn} />
          <ChecklistStatusTags checklist={c} />
        </Flex>
      }
      extra={<ChecklistActions checklist={c} />}
    >
      <ChecklistNote checklist={c} />
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          bordered
          items={[
            { key: 'scope', label: t('checklists.fields.industryScope'), span: 2, children: <IndustryScopeText scope={c.industryScope} max={8} /> },
            ...(c.builtIn
              ? [
                  { key: 'edition', label: t('checklists.fields.edition'), children: c.edition },
                  { key: 'source', label: t('checklists.fields.source'), children: c.source },
                ]
              : [
                  { key: 'writer', label: t('checklists.fields.writer'), children: c.createdBy?.name },
                  { key: 'createdAt', label: t('checklists.fields.createdAt'), children: formatCityTime(c.createdAt) },
                ]),
          ]}
        />
      </Card>
      <Card title={`${t('checklists.fields.items')} · ${t('checklists.itemCount', { count: c.items.length })}`} styles={{ body: { paddingBlock: 4 } }}>
        <List
          dataSource={c.items}
          renderItem={(item, index) => (
            <List.Item key={item.code} data-testid="checklist-detail-item" data-phrasing={item.phrasing}>
              <Flex gap={10} align="flex-start" style={{ width: '100%' }}>
                <Typography.Text type="secondary" style={{ minWidth: 24, fontVariantNumeric: 'tabular-nums' }}>
                  {index + 1}.
                </Typography.Text>
                <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text style={{ lineHeight: 1.6 }}>{item.content}</Typography.Text>
                  <Flex gap={6} wrap align="center">
                    <PhrasingTag phrasing={item.phrasing} />
                    {item.isMajorCriterion && <MajorCriterionTag />}
                    {c.builtIn && <Tag style={{ marginInlineEnd: 0 }}>{item.code}</Tag>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {legalBasisText(item.legalBasis)}
                    </Typography.Text>
                    {item.confidence && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        · {t('checklists.fields.confidence')} {t(`checklists.confidence.${item.confidence}`)}
                      </Typography.Text>
                    )}
                  </Flex>
                  {item.note && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.note}
                    </Typography.Text>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </PageContainer>
  );
}
