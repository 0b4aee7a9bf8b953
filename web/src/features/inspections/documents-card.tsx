import { DownloadOutlined, EyeOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, DocumentSummary, InspectionDetail } from './inspection.types.ts';
import { DocumentIssueModal } from './document-issue-modal.tsx';
import { issuableKinds } from './document-kinds.ts';
import { formatTime } from './inspection-list.tsx';
import { ReinspectionModal } from './reinspection-modal.tsx';
import './inspections.texts.ts';

export function DocumentsCard({ inspection, canIssue }: { inspection: InspectionDetail; canIssue: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<DocumentSummary | null>(inspection.documents.at(-1) ?? null);
  const [asking, setAsking] = useState<{ kind: DocumentKind; correctsId?: string } | null>(null);
  const [reinspecting, setReinspecting] = useState<DocumentSummary | null>(null);

  const issued = (doc: DocumentSummary) => {
    setAsking(null);
    setPreview(doc);
    void message.success(t('inspections.documents.issued', { number: doc.number }));
  };

  return (
    <Card
      title={t('inspections.documents.title')}
      data-testid="documents-card"
      extra={
        canIssue && (
          <Flex gap={8} wrap>
            {issuableKinds(inspection).map((kind) => (
              <Button key={kind} icon={<FileAddOutlined />} onClick={() => setAsking({ kind })} data-issue={kind}>
                {t('inspections.documents.issue', { kind: t(`inspections.documents.kinds.${kind}`) })}
              </Button>
            ))}
          </Flex>
        )
      }
    >
      {inspection.documents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.documents.empty')} />
      ) : (
        <List
          dataSource={inspection.documents}
          renderItem={(d) => (
            <List.Item
              data-testid="document-item"
              data-kind={d.kind}
              actions={[
                <Button key="p" size="small" icon={<EyeOutlined />} onClick={() => setPreview(d)}>{t('inspections.documents.preview')}</Button>,
                <Button key="d" size="small" icon={<DownloadOutlined />} href={d.pdfUrl} download data-testid="document-download">{t('inspections.documents.download')}</Button>,
                ...(canIssue && !d.correctedById ? [<Button key="c" size="small" onClick={() => setAsking({ kind: d.kind, correctsId: d.id })}>{t('inspections.documents.correct')}</Button>] : []),
                ...(canIssue && d.kind === 'rectification_order' && !d.correctedById
                  ? [<Button key="r" size="small" type="primary" onClick={() => setReinspecting(d)} data-testid="start-reinspection">{t('inspections.reinspection.start')}</Button>]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span>{d.title}</span>
                    <Typography.Text code data-testid="document-number">{d.number}</Typography.Text>
                    {d.correctsId && <Tag color="orange">{t('inspections.documents.correction')}</Tag>}
                    {d.correctedById && <Tag>{t('inspections.documents.corrected')}</Tag>}
                  </Space>
                }
                description={
                  <Space wrap size={16}>
                    <span>{t('inspections.documents.issuedAt')}: {formatTime(d.issuedAt)}</span>
                    <span>{d.issuedByName}</span>
                    {d.reinspectionDue && <span>{t('inspections.documents.reinspectionDue')}: {d.reinspectionDue}</span>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {preview && (
        <object data={preview.pdfUrl} type="application/pdf" title={preview.number} style={{ width: '100%', height: 720, border: '1px solid #eee', marginTop: 12 }} data-testid="document-preview">
          <a href={preview.pdfUrl}>{preview.number}</a>
        </object>
      )}
      {asking && <DocumentIssueModal inspection={inspection} asking={asking} onClose={() => setAsking(null)} onIssued={issued} />}
      {reinspecting && <ReinspectionModal order={reinspecting} inspection={inspection} onClose={() => setReinspecting(null)} />}
    </Card>
  );
}
