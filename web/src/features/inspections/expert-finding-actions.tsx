import type { TFunction } from 'i18next';
import { AlertOutlined, SafetyOutlined } from '@ant-design/icons';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';
import { can } from '../../app/permissions.ts';
import { App, Button, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExpertFindingView } from '../../../../core/inspections/expert-assessment.ts';
import { hazardCategorySchema, hazardGradeSchema } from '../../../../core/hazards/hazard.schema.ts';
import { type ApiErrorDetail } from '../../app/api-client.ts';
import type { SessionUser } from '../../app/session.types.ts';
import { MEASURE_KINDS } from '../risks/risk.types.ts';
import { useRiskPoints } from '../risks/use-risks.query.ts';
import './expert-campaigns.texts.ts';
import { useFindingToHazard, useFindingToMeasure, type ExpertReport } from './use-expert-campaigns.query.ts';

/** The campaign's department's officers act on findings (server `EXPERT_FINDING_CONVERTERS`, scoped to the department). */
export function canConvertFindings(user: SessionUser, report: Pick<ExpertReport, 'departmentId'>): boolean {
  return can(user, 'expertCampaigns.convert') && user.departmentId === report.departmentId;
}

type FormLike = { setFields: (fields: { name: (string | number)[]; errors: string[] }[]) => void };
const toFields = (t: TFunction, form: FormLike, error: unknown, wrap: (m: string) => string) => {
  const details = (error as { details?: ApiErrorDetail[] }).details ?? [];
  form.setFields(details.map((d) => ({ name: d.path.split('.'), errors: [wrap(fieldErrorText(t, d))] })));
};

interface HazardValues {
  location: string;
  grade: 'general' | 'major';
  category: 'person' | 'thing' | 'environment' | 'management';
  legalBasis?: { standard?: string; article?: string };
}

function HazardModal({ finding, open, onClose }: { finding: ExpertFindingView; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HazardValues>();
  const convert = useFindingToHazard();
  const needsBasis = finding.itemCode === null;
  const submit = async (v: HazardValues) => {
    try {
      await convert.mutateAsync({
        target: finding.id,
        body: {
          location: v.location.trim(),
          grade: v.grade,
          category: v.category,
          ...(needsBasis && v.legalBasis?.standard ? { legalBasis: { standard: v.legalBasis.standard.trim(), ...(v.legalBasis.article?.trim() ? { article: v.legalBasis.article.trim() } : {}) } } : {}),
        },
      });
      void message.success(t('expertCampaigns.convert.doneHazard'));
      onClose();
    } catch (error) {
      toFields(t, form as unknown as FormLike, error, (m) => t('hazard.validation.server', { message: m }));
      void message.error(apiErrorText(t, error));
    }
  };
  const required = [{ required: true, whitespace: true, message: t('expertCampaigns.convert.required') }];
  return (
    <Modal
      open={open}
      title={t('expertCampaigns.convert.hazardTitle')}
      okText={t('expertCampaigns.convert.toHazard')}
      okButtonProps={{ danger: true, loading: convert.isPending, ...{ 'data-testid': 'hazard-convert-ok' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('expertCampaigns.convert.hazardHint')}</Typography.Paragraph>
      <Typography.Paragraph strong>{finding.item}</Typography.Paragraph>
      <Form<HazardValues>
        form={form}
        layout="vertical"
        initialValues={{ grade: finding.isMajorCriterion ? 'major' : 'general', category: 'management' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="location" label={t('expertCampaigns.convert.location')} rules={required}>
          <Input maxLength={200} placeholder={t('expertCampaigns.convert.locationPlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="grade" label={t('expertCampaigns.convert.grade')}>
              <Select options={hazardGradeSchema.options.map((g) => ({ value: g, label: t(`hazard.grades.${g}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={t('expertCampaigns.convert.category')}>
              <Select options={hazardCategorySchema.options.map((c) => ({ value: c, label: t(`hazard.categories.${c}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        {needsBasis && (
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item name={['legalBasis', 'standard']} label={t('expertCampaigns.convert.standard')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['legalBasis', 'article']} label={t('expertCampaigns.convert.article')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </Modal>
  );
}

interface MeasureValues {
  riskPointId: string;
  kind: (typeof MEASURE_KINDS)[number];
  content: string;
  checkItem?: string;
}

function MeasureModal({ finding, enterpriseId, open, onClose }: { finding: ExpertFindingView; enterpriseId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeasureValues>();
  const convert = useFindingToMeasure();
  const points = useRiskPoints({ enterpriseId, page: 1 });
  const submit = async (v: MeasureValues) => {
    try {
      await convert.mutateAsync({
        target: finding.id,
        body: { riskPointId: v.riskPointId, kind: v.kind, content: v.content.trim(), ...(v.checkItem?.trim() ? { checkItem: v.checkItem.trim() } : {}) },
      });
      void message.success(t('expertCampaigns.convert.doneMeasure'));
      onClose();
    } catch (error) {
      toFields(t, form as unknown as FormLike, error, (m) => t('hazard.validation.server', { message: m }));
      void message.error(apiErrorText(t, error));
    }
  };
  const required = [{ required: true, whitespace: true, message: t('expertCampaigns.convert.required') }];
  return (
    <Modal
      open={open}
      title={t('expertCampaigns.convert.measureTitle')}
      okText={t('expertCampaigns.convert.toMeasure')}
      okButtonProps={{ loading: convert.isPending, ...{ 'data-testid': 'measure-convert-ok' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<MeasureValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'management', content: (finding.note || finding.item).slice(0, 500) }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="riskPointId" label={t('expertCampaigns.convert.riskPoint')} rules={[{ required: true, message: t('expertCampaigns.convert.required') }]}>
          <Select
            loading={points.isPending}
            placeholder={t('expertCampaigns.convert.riskPointPlaceholder')}
            notFoundContent={t('expertCampaigns.convert.noRiskPoints')}
            options={(points.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.location}` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('expertCampaigns.convert.kind')}>
          <Select options={MEASURE_KINDS.map((k) => ({ value: k, label: t(`risks.measureKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="content" label={t('expertCampaigns.convert.content')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="checkItem" label={t('expertCampaigns.convert.checkItem')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A problem found becomes a hazard, a control measure, or both; each is offered until it has been made. */
export function FindingActions({ finding, enterpriseId }: { finding: ExpertFindingView; enterpriseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'hazard' | 'measure' | null>(null);
  return (
    <>
      {finding.outcome === 'fail' && !finding.hazardId && (
        <Button size="small" danger icon={<AlertOutlined />} onClick={() => setOpen('hazard')} data-testid="finding-to-hazard">
          {t('expertCampaigns.convert.toHazard')}
        </Button>
      )}
      {finding.outcome === 'fail' && !finding.riskPointId && (
        <Button size="small" icon={<SafetyOutlined />} onClick={() => setOpen('measure')} data-testid="finding-to-measure">
          {t('expertCampaigns.convert.toMeasure')}
        </Button>
      )}
      {/* Mounted only while open: the risk points are fetched when asked for, not once per finding. */}
      {open === 'hazard' && <HazardModal finding={finding} open onClose={() => setOpen(null)} />}
      {open === 'measure' && <MeasureModal finding={finding} enterpriseId={enterpriseId} open onClose={() => setOpen(null)} />}
    </>
  );
}
