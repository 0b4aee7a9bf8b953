import { Alert, App, Button, Card, Col, Flex, Form, Grid, Input, Radio, Row, Select } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChangesGuard } from '../organisations/use-unsaved-changes-guard.ts';
import { DateTimePicker } from './date-time-picker.tsx';
import { HAZARD_CATEGORIES, HAZARD_GRADES, HAZARD_SOURCES } from './hazard.types.ts';
import { showSubmitError } from './hazard-form-errors.ts';
import { REPORT_FIELDS, type HazardReportValues } from './hazard-report-values.ts';
import { cityWallClock, instantOfCityWallClock } from './hazard-time.ts';
import { PhotoUploadField, photoRules } from './photo-upload-field.tsx';
import { useCardSize } from './use-descriptions-layout.ts';

interface HazardReportFormProps {
  initialValues: HazardReportValues;
  /** The enterprise field: a search over the user's scope, or the user's own enterprise, fixed. */
  enterpriseField: ReactNode;
  onSubmit: (values: HazardReportValues) => Promise<void>;
  onCancel: () => void;
}

/** A clock a little fast must not make "now" look like the future. */
const CLOCK_SKEW_MS = 60_000;

export function HazardReportForm({ initialValues, enterpriseField, onSubmit, onCancel }: HazardReportFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HazardReportValues>();
  const [saving, setSaving] = useState(false);
  const done = useRef(false);
  const grade = Form.useWatch('grade', form);
  const screens = Grid.useBreakpoint();
  const cardSize = useCardSize();

  useUnsavedChangesGuard(() => !done.current && form.isFieldsTouched());

  const onFinish = async (values: HazardReportValues) => {
    setSaving(true);
    try {
      done.current = true;
      await onSubmit(values);
    } catch (error) {
      done.current = false;
      showSubmitError(error, form, REPORT_FIELDS, {
        serverMessage: (text) => t('hazard.validation.server', { message: text }),
        t,
        notify: (text) => void message.error(text),
      });
    } finally {
      setSaving(false);
    }
  };

  const required = (message: string) => ({ required: true, whitespace: true, message });

  return (
    <Form<HazardReportValues>
      form={form}
      name="hazard"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
      disabled={saving}
    >
      <Flex vertical gap={16}>
        <Card size={cardSize} title={t('hazard.report.basicSection')}>
          <Row gutter={24}>
            <Col span={24}>{enterpriseField}</Col>
            <Col span={24}>
              <Form.Item
                name="title"
                label={t('hazard.fields.title')}
                rules={[required(t('hazard.validation.titleRequired')), { max: 200, message: t('hazard.validation.titleTooLong') }]}
              >
                <Input placeholder={t('hazard.report.titlePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="location"
                label={t('hazard.fields.location')}
                rules={[required(t('hazard.validation.locationRequired')), { max: 200, message: t('hazard.validation.locationTooLong') }]}
              >
                <Input placeholder={t('hazard.report.locationPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="foundAt"
                label={t('hazard.fields.foundAt')}
                rules={[
                  { required: true, message: t('hazard.validation.foundAtRequired') },
                  {
                    validator: async (_rule, value: HazardReportValues['foundAt']) => {
                      if (value && instantOfCityWallClock(value).getTime() > Date.now() + CLOCK_SKEW_MS) {
                        throw new Error(t('hazard.validation.foundAtFuture'));
                      }
                    },
                  },
                ]}
              >
                <DateTimePicker disabledDate={(day) => day.isAfter(cityWallClock(), 'day')} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="description"
                label={t('hazard.fields.description')}
                rules={[
                  required(t('hazard.validation.descriptionRequired')),
                  { max: 5000, message: t('hazard.validation.descriptionTooLong') },
                ]}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('hazard.report.descriptionPlaceholder')} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="photos" label={t('hazard.fields.photos')} rules={photoRules(t)}>
                <PhotoUploadField />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size={cardSize} title={t('hazard.report.classificationSection')}>
          <Row gutter={24}>
            <Col xs={24} lg={8}>
              <Form.Item name="grade" label={t('hazard.fields.grade')} rules={[{ required: true, message: t('hazard.validation.gradeRequired') }]}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={HAZARD_GRADES.map((value) => ({ value, label: t(`hazard.gradesLong.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="source" label={t('hazard.fields.source')} rules={[{ required: true, message: t('hazard.validation.sourceRequired') }]}>
                <Select placeholder={t('hazard.report.selectPlaceholder')} options={HAZARD_SOURCES.map((value) => ({ value, label: t(`hazard.sources.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item
                name="category"
                label={t('hazard.fields.category')}
                tooltip={t('hazard.categoryHint')}
                rules={[{ required: true, message: t('hazard.validation.categoryRequired') }]}
              >
                <Select placeholder={t('hazard.report.selectPlaceholder')} options={HAZARD_CATEGORIES.map((value) => ({ value, label: t(`hazard.categories.${value}`) }))} />
              </Form.Item>
            </Col>
            {grade === 'major' && (
              <Col span={24}>
                <Alert type="warning" showIcon title={t('hazard.report.majorHint')} style={{ marginBottom: 8 }} />
              </Col>
            )}
          </Row>
        </Card>
        <Card size={cardSize} title={t('hazard.report.legalBasisSection')}>
          <Row gutter={24}>
            <Col xs={24} lg={12}>
              <Form.Item
                name={['legalBasis', 'standard']}
                label={t('hazard.fields.standard')}
                rules={[required(t('hazard.validation.standardRequired')), { max: 200, message: t('hazard.validation.standardTooLong') }]}
              >
                <Input placeholder={t('hazard.report.standardPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                name={['legalBasis', 'article']}
                label={t('hazard.fields.article')}
                rules={[{ max: 50, message: t('hazard.validation.articleTooLong') }]}
              >
                <Input placeholder={t('hazard.report.articlePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                name={['legalBasis', 'item']}
                label={t('hazard.fields.item')}
                rules={[{ max: 50, message: t('hazard.validation.itemTooLong') }]}
              >
                <Input placeholder={t('hazard.report.itemPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card styles={{ body: { padding: screens.sm === false ? '10px 12px' : '12px 24px' } }} style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onCancel} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('hazard.report.submit')}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}
