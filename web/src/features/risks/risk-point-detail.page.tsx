import { CheckCircleOutlined, DeleteOutlined, EditOutlined, PoweroffOutlined, UndoOutlined } from '@ant-design/icons';
import { apiErrorText } from '../../app/api-error-text.ts';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Modal, Pagination, Popconfirm, Row, Skeleton, Table, Tag, Timeline, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { useDescriptionsLayout } from '../hazards/use-descriptions-layout.ts';
import './risk-point.texts.ts';
import { scoresText } from './evaluation-fields.tsx';
import { RiskLevelTag } from './risk-level-tag.tsx';
import { RiskPointNotFound } from './risk-point-not-found.tsx';
import { canWriteRisks } from './risk.policy.ts';
import { RISK_REVIEW_INTERVAL_MONTHS, type RiskPoint, type RiskPointHistoryEntry, type RiskReview } from './risk.types.ts';
import {
  HISTORY_PAGE_SIZE,
  REVIEWS_PAGE_SIZE,
  useDeactivateRiskPoint,
  useDeleteRiskPoint,
  useReactivateRiskPoint,
  useRiskHistory,
  useRiskPoint,
  useRiskReviews,
} from './use-risks.query.ts';

function DeactivateModal({ point, onClose }: { point: RiskPoint; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const deactivate = useDeactivateRiskPoint(point.id);
  const onOk = async () => {
    const { reason } = await form.validateFields();
    try {
      await deactivate.mutateAsync(reason.trim());
      void message.success(t('riskPoint.detail.deactivated'));
      onClose();
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };
  return (
    <Modal
      open
      title={t('riskPoint.detail.deactivateTitle', { name: point.name })}
      okText={t('riskPoint.detail.deactivate')}
      okButtonProps={{ danger: true, loading: deactivate.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => void onOk()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('riskPoint.detail.deactivateText')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('riskPoint.detail.deactivateReason')} rules={[{ required: true, whitespace: true, message: t('riskPoint.detail.deactivateReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('riskPoint.detail.deactivateReasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Actions({ point }: { point: RiskPoint }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [deactivating, setDeactivating] = useState(false);
  const reactivate = useReactivateRiskPoint(point.id);
  const remove = useDeleteRiskPoint(point.id);
  const reviewed = point.lastReviewedOn !== null;

  const onReactivate = () =>
    modal.confirm({
      title: t('riskPoint.detail.reactivate'),
      content: t('riskPoint.detail.reactivateConfirm'),
      okText: t('riskPoint.detail.reactivate'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await reactivate.mutateAsync();
          void message.success(t('riskPoint.detail.reactivated'));
        } catch (error) {
          void message.error(apiErrorText(t, error));
        }
      },
    });

  const onDelete = async () => {
    try {
      await remove.mutateAsync();
      void message.success(t('riskPoint.detail.deleted'));
      await navigate(`/risks?enterpriseId=${point.enterpriseId}`, { replace: true });
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };

  const deleteButton = (
    <Button danger icon={<DeleteOutlined />} disabled={reviewed} loading={remove.isPending}>
      {t('riskPoint.detail.delete')}
    </Button>
  );

  return (
    <>
      {point.active ? (
        <>
          <LinkButton to={`/risks/${point.id}/review`} type={point.reviewOverdue ? 'primary' : 'default'} icon={<CheckCircleOutlined />}>
            {t('riskPoint.detail.review')}
          </LinkButton>
          <LinkButton to={`/risks/${point.id}/edit`} icon={<EditOutlined />}>
            {t('riskPoint.detail.edit')}
          </LinkButton>
          <Button icon={<PoweroffOutlined />} onClick={() => setDeactivating(true)}>
            {t('riskPoint.detail.deactivate')}
          </Button>
        </>
      ) : (
        <Button icon={<UndoOutlined />} onClick={onReactivate} loading={reactivate.isPending}>
          {t('riskPoint.detail.reactivate')}
        </Button>
      )}
      {reviewed ? (
        <Tooltip title={t('riskPoint.detail.deleteBlocked')}>{deleteButton}</Tooltip>
      ) : (
        <Popconfirm
          title={t('riskPoint.detail.deleteConfirmTitle', { name: point.name })}
          description={<div style={{ maxWidth: 280 }}>{t('riskPoint.detail.deleteConfirmText')}</div>}
          okText={t('riskPoint.detail.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => onDelete()}
        >
          {deleteButton}
        </Popconfirm>
      )}
      {deactivating && <DeactivateModal point={point} onClose={() => setDeactivating(false)} />}
    </>
  );
}

function ReviewsCard({ point }: { point: RiskPoint }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const reviews = useRiskReviews(point.id, page);
  const columns: TableProps<RiskReview>['columns'] = [
    { title: t('riskPoint.review.reviewedOn'), dataIndex: 'reviewedOn', width: 104 },
    { title: t('riskPoint.review.reviewer'), dataIndex: 'reviewer', width: 100 },
    { title: t('riskPoint.review.conclusion'), dataIndex: 'conclusion', render: (c: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{c}</span> },
    {
      title: t('riskPoint.review.levelChange'),
      key: 'level',
      width: 170,
      render: (_: unknown, r) =>
        r.levelChanged ? (
          <Flex gap={4} align="center" wrap>
            <RiskLevelTag level={r.before.level} />→<RiskLevelTag level={r.after.level} />
          </Flex>
        ) : (
          <Flex gap={4} align="center">
            <RiskLevelTag level={r.after.level} />
            <Typography.Text type="secondary">{t('riskPoint.review.unchanged')}</Typography.Text>
          </Flex>
        ),
    },
    { title: t('riskPoint.review.next'), dataIndex: 'nextReviewDate', width: 112 },
    { title: t('riskPoint.review.recordedBy'), dataIndex: 'recordedBy', width: 90, responsive: ['xxl'] },
  ];
  return (
    <Card size="small" title={t('riskPoint.detail.reviews')}>
      {reviews.isError && <QueryErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />}
      <Table<RiskReview>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={reviews.data?.items ?? []}
        loading={reviews.isFetching}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('riskPoint.detail.reviewsEmpty')} /> }}
        pagination={
          (reviews.data?.total ?? 0) > REVIEWS_PAGE_SIZE && { current: page, pageSize: REVIEWS_PAGE_SIZE, total: reviews.data?.total ?? 0, showSizeChanger: false, onChange: setPage }
        }
      />
    </Card>
  );
}

const ACTION_COLORS: Record<string, string> = { create: 'green', update: 'blue', review: 'green', deactivate: 'gray', reactivate: 'blue', delete: 'red' };
const KNOWN_ACTIONS = ['create', 'update', 'review', 'deactivate', 'reactivate', 'delete'] as const;
const KNOWN_FIELDS = ['name', 'location', 'objectKind', 'object', 'hazardFactors', 'evaluation', 'level', 'controlMeasures', 'controlLevel', 'responsiblePerson', 'reviewDate', 'active'] as const;

function HistoryCard({ point }: { point: RiskPoint }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = useRiskHistory(point.id, page);
  const actionLabel = (action: string) => {
    const known = KNOWN_ACTIONS.find((a) => a === action);
    return known ? t(`riskPoint.history.actions.${known}`) : action;
  };
  const fieldLabel = (field: string) => {
    const known = KNOWN_FIELDS.find((f) => f === field);
    return known ? t(`riskPoint.fieldNames.${known}`) : field;
  };
  const item = (h: RiskPointHistoryEntry) => ({
    key: h.id,
    color: ACTION_COLORS[h.action] ?? 'gray',
    content: (
      <div>
        <Typography.Text strong>{actionLabel(h.action)}</Typography.Text>
        <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 2 }}>
          {formatCityTime(h.at)} · {t('riskPoint.history.by', { actor: h.actorName })}
        </div>
        {h.changedFields.length > 0 && (
          <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.65)', marginTop: 4 }}>
            {t('riskPoint.history.changed', { fields: h.changedFields.map(fieldLabel).join(t('riskPoint.history.separator')) })}
          </div>
        )}
        {h.levelBefore && h.levelAfter && h.levelBefore !== h.levelAfter && (
          <Flex gap={4} align="center" style={{ marginTop: 4 }}>
            <RiskLevelTag level={h.levelBefore} />→<RiskLevelTag level={h.levelAfter} />
          </Flex>
        )}
      </div>
    ),
  });
  return (
    <Card size="small" title={t('riskPoint.detail.history')}>
      {history.isError && <QueryErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.isPending ? (
        <Skeleton active />
      ) : (history.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('riskPoint.detail.historyEmpty')} />
      ) : (
        <>
          <Timeline style={{ marginTop: 8 }} items={(history.data?.items ?? []).map(item)} />
          {(history.data?.total ?? 0) > HISTORY_PAGE_SIZE && (
            <Pagination size="small" current={page} pageSize={HISTORY_PAGE_SIZE} total={history.data?.total ?? 0} onChange={setPage} showSizeChanger={false} />
          )}
        </>
      )}
    </Card>
  );
}

/** One risk point: what it is, its grade, its measures, its reviews and its history; the writer's actions. */
export function RiskPointDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const point = useRiskPoint(id);
  const layout = useDescriptionsLayout(120, 1);

  if (point.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (point.isError) return <RiskPointNotFound error={point.error} onRetry={() => void point.refetch()} />;
  const p = point.data;

  return (
    <PageContainer
      title={p.name}
      subtitle={`${p.enterpriseName} · ${p.location}`}
      tags={
        <>
          <RiskLevelTag level={p.level} />
          {p.reviewOverdue && <Tag color="error">{t('risks.fields.overdue')}</Tag>}
          {!p.active && <Tag>{t('riskPoint.detail.inactive')}</Tag>}
        </>
      }
      extra={canWriteRisks(user) && <Actions point={p} />}
    >
      {!p.active && p.deactivatedAt && (
        <Card size="small" style={{ borderColor: '#d9d9d9', background: '#fafafa' }}>
          <Typography.Text type="secondary">{t('riskPoint.detail.inactiveSince', { date: formatCityTime(p.deactivatedAt), reason: p.deactivationReason ?? '' })}</Typography.Text>
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('riskPoint.detail.basic')}>
              <Descriptions {...layout}>
                <Descriptions.Item label={t('risks.fields.enterprise')}>{p.enterpriseName}</Descriptions.Item>
                <Descriptions.Item label={t('risks.fields.location')}>{p.location}</Descriptions.Item>
                <Descriptions.Item label={t('risks.fields.objectKind')}>{t(`risks.objectKind.${p.objectKind}`)}</Descriptions.Item>
                <Descriptions.Item label={t('risks.fields.object')}>{p.object}</Descriptions.Item>
                <Descriptions.Item label={t('risks.fields.controlLevel')}>{t(`risks.controlLevel.${p.controlLevel}`)}</Descriptions.Item>
                <Descriptions.Item label={t('risks.fields.responsiblePerson')}>{p.responsiblePerson}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title={t('riskPoint.detail.factorsAndMeasures')}>
              <Flex vertical gap={6}>
                {p.hazardFactors.map((f, i) => (
                  <span key={`f${i}`}>
                    <Tag>{t(`risks.factorClass.${f.class}`)}</Tag>
                    {f.description}
                  </span>
                ))}
                {p.controlMeasures.map((m, i) => (
                  <span key={`m${i}`}>
                    <Tag color="processing">{t(`risks.measureKind.${m.kind}`)}</Tag>
                    {m.content}
                    {m.checkItem && <Typography.Text type="secondary"> — {m.checkItem}</Typography.Text>}
                  </span>
                ))}
              </Flex>
            </Card>
            <ReviewsCard point={p} />
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('riskPoint.detail.evaluation')}>
              <Descriptions {...layout}>
                <Descriptions.Item label={t('risks.fields.method')}>{t(`risks.method.${p.method}`)}</Descriptions.Item>
                <Descriptions.Item label={t('risks.fields.score')}>
                  <span data-testid="detail-score">{scoresText(p.evaluation, p.result.score)}</span>
                </Descriptions.Item>
                {p.result.band && <Descriptions.Item label={t('risks.fields.band')}>{t(`risks.band.${p.result.band}` as 'risks.band.1')}</Descriptions.Item>}
                <Descriptions.Item label={t('risks.fields.level')}>
                  <RiskLevelTag level={p.level} />
                </Descriptions.Item>
                <Descriptions.Item label={t('riskPoint.detail.lastReviewedOn')}>{p.lastReviewedOn ?? t('riskPoint.detail.never')}</Descriptions.Item>
                <Descriptions.Item label={t('riskPoint.detail.reviewDue')}>
                  <Flex gap={6} align="center" wrap>
                    <span data-testid="review-date">{p.reviewDate}</span>
                    {p.reviewOverdue && <Tag color="error">{t('risks.fields.overdue')}</Tag>}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('riskPoint.detail.reviewRule', { months: RISK_REVIEW_INTERVAL_MONTHS })}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <HistoryCard point={p} />
          </Flex>
        </Col>
      </Row>
    </PageContainer>
  );
}
