import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { CaseActionModal } from './case-action-modal.tsx';
import './penalty-cases.texts.ts';
import { CaseStatusTag } from './penalty-case-parts.tsx';
import { caseDocumentUrl, usePenaltyCase, yuanOfFen, type CaseAction, type CaseDetail } from './use-penalty-cases.query.ts';

type Penalty = NonNullable<CaseDetail['decision']>['penalty'];

function PenaltyText({ penalty }: { penalty: Penalty }) {
  const { t } = useTranslation();
  const parts = [
    ...(penalty.unitFineYuan !== null ? [`${t('penaltyCases.form.unitFine')}: ${penalty.unitFineYuan.toLocaleString('zh-CN')}`] : []),
    ...penalty.persons.map((p) => `${p.name}: ${p.fineYuan.toLocaleString('zh-CN')}`),
  ];
  return (
    <Flex vertical gap={2}>
      <span>
        {t(`penaltyCases.form.tiers.${penalty.tier}`)} · {parts.join('；')}
      </span>
      {penalty.reasonKind ? (
        <Typography.Text type="warning">
          {t(`penaltyCases.form.reasonKinds.${penalty.reasonKind}`)}: {penalty.reason}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** One penalty case: its facts, allowed steps (one form each), documents, evidence, payments and timeline. */
export function PenaltyCaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePenaltyCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);

  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const c = query.data;

  return (
    <PageContainer
      title={c.number}
      tags={<CaseStatusTag status={c.status} />}
      extra={
        <Flex gap={8} wrap>
          {c.allowedActions.map((a) => (
            <Button key={a} type={a === 'decide' || a === 'approve_filing' || a === 'close' ? 'primary' : 'default'} onClick={() => setAction(a)}>
              {t(`penaltyCases.actions.${a}`)}
            </Button>
          ))}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('penaltyCases.fields.enterprise')}>{c.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label={t('penaltyCases.fields.violation')}>{c.violationTitle ?? c.violationCode}</Descriptions.Item>
            <Descriptions.Item label={t('penaltyCases.fields.source')}>{t(`penaltyCases.sources.${c.source.kind}`)}{c.source.note ? `：${c.source.note}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('penaltyCases.fields.filedOn')}>{c.filedOn}</Descriptions.Item>
            <Descriptions.Item label={t('penaltyCases.fields.filedBy')}>{c.filedByName}</Descriptions.Item>
            <Descriptions.Item label={t('penaltyCases.fields.persons')}>{c.persons.map((p) => p.name).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('penaltyCases.fields.summary')} span="filled">{c.summary}</Descriptions.Item>
            {c.notice ? (
              <>
                <Descriptions.Item label={t('penaltyCases.fields.proposed')} span="filled"><PenaltyText penalty={c.notice.proposed} /></Descriptions.Item>
                <Descriptions.Item label={t('penaltyCases.fields.windowEndsOn')}>{c.notice.windowEndsOn}</Descriptions.Item>
                <Descriptions.Item label={t('penaltyCases.fields.hearingEligible')}>{c.notice.hearingEligible ? '✓' : '—'}</Descriptions.Item>
              </>
            ) : null}
            {c.decision ? (
              <>
                <Descriptions.Item label={t('penaltyCases.fields.decided')} span="filled">
                  <Flex gap={8} align="center">
                    <PenaltyText penalty={c.decision.penalty} />
                    {c.decision.flagged ? <Tag color="orange">{t('penaltyCases.fields.flagged')}</Tag> : null}
                  </Flex>
                </Descriptions.Item>
                <Descriptions.Item label={t('penaltyCases.fields.decidedOn')}>{c.decision.decidedOn}</Descriptions.Item>
                <Descriptions.Item label={t('penaltyCases.fields.outstanding')}>{yuanOfFen(c.outstandingFen)}</Descriptions.Item>
                <Descriptions.Item label={t('penaltyCases.fields.dueOn')} span="filled">{c.schedule.map((s) => `${s.dueOn}（${yuanOfFen(s.amountFen)}）`).join('；') || '—'}</Descriptions.Item>
              </>
            ) : null}
          </Descriptions>
        </Card>
        <Card title={t('penaltyCases.documents')} size="small">
          <Flex vertical gap={6}>
            {c.documents.map((d) => (
              <Flex key={d.id} gap={12} align="baseline">
                <a href={caseDocumentUrl(c.id, d.id)} target="_blank" rel="noreferrer">
                  <FilePdfOutlined /> {t(`penaltyCases.documentKinds.${d.kind}`)} {d.number}
                </a>
                <Typography.Text type="secondary">{formatCityTime(d.issuedAt)}</Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Card>
        <Card title={t('penaltyCases.evidenceList')} size="small">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.evidence}
            columns={[
              { title: t('penaltyCases.form.kind'), dataIndex: 'kind', width: 120, render: (k: 'inquiry' | 'photo' | 'sample' | 'record') => t(`penaltyCases.form.evidenceKinds.${k}`) },
              { title: t('penaltyCases.form.takenAt'), dataIndex: 'takenAt', width: 160, render: (at: string) => formatCityTime(at) },
              { title: t('penaltyCases.form.description'), dataIndex: 'description' },
              { title: t('penaltyCases.form.officers'), dataIndex: 'officers', render: (os: { name: string; certificateNo: string }[]) => os.map((o) => `${o.name}（${o.certificateNo}）`).join('、') },
            ]}
          />
        </Card>
        {c.payments.length > 0 ? (
          <Card title={t('penaltyCases.payments')} size="small">
            <Flex vertical gap={6}>
              {c.payments.map((p) => (
                <span key={p.id}>{`${p.paidOn} · ${yuanOfFen(p.amountFen)}${p.receiptNo ? ` · ${p.receiptNo}` : ''}`}</span>
              ))}
            </Flex>
          </Card>
        ) : null}
        <Card title={t('penaltyCases.timeline')} size="small">
          <Timeline
            items={c.timeline.map((e, i) => ({
              key: i,
              color: e.flagged ? 'orange' : 'blue',
              content: (
                <Flex vertical gap={0}>
                  <span>
                    {t(`penaltyCases.actions.${e.action as CaseAction | 'file'}`)} · {e.actorName}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatCityTime(e.at)} · {t(`penaltyCases.statuses.${e.to}`)}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
        </Card>
      </Flex>
      <CaseActionModal caseId={c.id} action={action} onClose={() => setAction(null)} />
    </PageContainer>
  );
}
