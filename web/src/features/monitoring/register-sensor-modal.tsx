import { Alert, App, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import { fieldErrorText } from '../../app/api-error-text.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiErrorDetail } from '../../app/api-client.ts';
import { SENSOR_KINDS } from '../../../../core/monitoring/sensor-rules.ts';
import type { FieldPath } from '../hazards/hazard-form-errors.ts';
import type { Sensor } from './monitoring.types.ts';
import './sensor-admin.texts.ts';
import { showSensorFormError } from './sensor-form-errors.ts';
import { LEVEL_SEVERITIES, levelsProblem, toSensorCreate, type SensorFormValues } from './sensor-form-values.ts';
import { useCreateSensor, useSensorTemplates, type SensorTemplate } from './use-sensor-admin.queries.ts';

const CODE_PATTERN = /^[A-Za-z0-9._-]+$/;
const FIELDS: readonly FieldPath[] = [
  ['code'], ['name'], ['location'], ['expectedIntervalSec'], ['rangeLow'], ['rangeHigh'], ['template'], ['kind'], ['unit'],
  ['templateParams', 'LL'], ['templateParams', 'L'], ['templateParams', 'H'], ['templateParams', 'HH'], ['templateParams', 'oel'], ['templateParams'],
];
const INITIAL: Partial<SensorFormValues> = { mode: 'template', expectedIntervalSec: 30, direction: 'high' };

interface RegisterSensorModalProps {
  enterpriseId: string;
  open: boolean;
  onClose: (created?: Sensor) => void;
}

/** The regulation's figures of a template, in one line: what the sensor will alarm at. */
function TemplateSummary({ template }: { template: SensorTemplate }) {
  const { t } = useTranslation();
  const parts = [
    template.alarmAt !== null && t('sensorAdmin.form.templateAlarm', { value: template.alarmAt, unit: template.unit }),
    template.powerOffAt !== null && t('sensorAdmin.form.templatePowerOff', { value: template.powerOffAt, restore: template.restoreBelow, unit: template.unit }),
    template.lowAlarmAt !== null && t('sensorAdmin.form.templateLow', { value: template.lowAlarmAt, unit: template.unit }),
  ].filter(Boolean);
  return (
    <Alert
      type="info"
      showIcon={false}
      style={{ marginBottom: 16 }}
      title={
        <span>
          <Typography.Text strong>{[t(`monitoring.sensorKinds.${template.kind}`), template.unit, ...parts].join(' · ')}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('sensorAdmin.form.source', { source: template.source })}
          </Typography.Text>
          {template.params.length > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('sensorAdmin.form.paramsHint')}
            </Typography.Text>
          )}
        </span>
      }
    />
  );
}

/** Registers a sensor of an enterprise: a regulation template (煤矿安全规程, GB/T 50493 …) or custom thresholds. */
export function RegisterSensorModal({ enterpriseId, open, onClose }: RegisterSensorModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SensorFormValues>();
  const templates = useSensorTemplates(open);
  const create = useCreateSensor();
  const mode = Form.useWatch('mode', form) ?? 'template';
  const templateId = Form.useWatch('template', form);
  const direction = Form.useWatch('direction', form) ?? 'high';
  const template = templates.data?.find((x) => x.id === templateId);
  const [levelsError, setLevelsError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('sensorAdmin.form.required', { field }) });

  const templateOptions = useMemo(() => {
    const byKind = new Map<string, SensorTemplate[]>();
    for (const x of templates.data ?? []) byKind.set(x.kind, [...(byKind.get(x.kind) ?? []), x]);
    return [...byKind].map(([kind, list]) => ({
      label: t(`monitoring.sensorKinds.${kind as 'methane'}`),
      title: kind,
      options: list.map((x) => ({ value: x.id, label: x.name })),
    }));
  }, [templates.data, t]);

  const submit = async () => {
    const values = await form.validateFields();
    if (values.mode === 'custom') {
      const problem = levelsProblem(values.direction ?? 'high', values.levels);
      setLevelsError(problem && t(`sensorAdmin.form.${problem}`));
      if (problem) return;
    }
    try {
      const sensor = await create.mutateAsync(toSensorCreate(enterpriseId, values, templates.data ?? []));
      void message.success(t('sensorAdmin.sensors.created', { code: sensor.code }));
      form.resetFields();
      setLevelsError(null);
      onClose(sensor);
    } catch (error) {
      const rules = ((error as { details?: ApiErrorDetail[] }).details ?? []).filter((d) => d.path.startsWith('rules'));
      if (rules.length > 0) setLevelsError(rules.map((d) => t('sensorAdmin.form.serverSays', { message: fieldErrorText(t, d) })).join('; '));
      showSensorFormError(error, form, FIELDS, t, (text) => void message.error(text), (path) => (path.startsWith('rules') ? 'levels' : path));
    }
  };

  return (
    <Modal
      open={open}
      title={t('sensorAdmin.form.registerTitle')}
      okText={t('sensorAdmin.sensors.register')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setLevelsError(null);
        onClose();
      }}
      confirmLoading={create.isPending}
      width={760}
      destroyOnHidden
    >
      <Form<SensorFormValues> form={form} layout="vertical" initialValues={INITIAL} requiredMark="optional" preserve={false}>
        <Form.Item name="mode" label={t('sensorAdmin.form.mode')} required>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'template', label: t('sensorAdmin.form.modeTemplate') },
              { value: 'custom', label: t('sensorAdmin.form.modeCustom') },
            ]}
          />
        </Form.Item>
        {mode === 'template' ? (
          <>
            <Form.Item name="template" label={t('sensorAdmin.form.template')} rules={[{ required: true, message: t('sensorAdmin.form.required', { field: t('sensorAdmin.form.template') }) }]}>
              <Select showSearch optionFilterProp="label" loading={templates.isPending} options={templateOptions} placeholder={t('sensorAdmin.form.templatePlaceholder')} />
            </Form.Item>
            {template && <TemplateSummary template={template} />}
            {template && template.params.length > 0 && (
              <Row gutter={12}>
                {template.params.map((param) => (
                  <Col xs={12} sm={6} key={param}>
                    <Form.Item name={['templateParams', param]} label={t(`sensorAdmin.form.params.${param as 'H'}`, param)}>
                      <InputNumber style={{ width: '100%' }} suffix={template.unit} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            )}
          </>
        ) : (
          <>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item name="kind" label={t('sensorAdmin.form.kind')} rules={[{ required: true, message: t('sensorAdmin.form.required', { field: t('sensorAdmin.form.kind') }) }]}>
                  <Select showSearch optionFilterProp="label" options={SENSOR_KINDS.map((k) => ({ value: k, label: t(`monitoring.sensorKinds.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="unit" label={t('sensorAdmin.form.unit')} rules={[required(t('sensorAdmin.form.unit')), { max: 20 }]}>
                  <Input maxLength={20} placeholder="ppm, %CH4, m/s, ℃ …" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="direction" label={t('sensorAdmin.form.direction')}>
              <Radio.Group
                options={[
                  { value: 'high', label: t('sensorAdmin.form.directionHigh') },
                  { value: 'low', label: t('sensorAdmin.form.directionLow') },
                ]}
              />
            </Form.Item>
            <Form.Item label={t('sensorAdmin.form.levels')} required validateStatus={levelsError ? 'error' : undefined} help={levelsError ?? t('sensorAdmin.form.levelsHint')}>
              <Row gutter={12}>
                {LEVEL_SEVERITIES.map((severity) => (
                  <Col xs={24} sm={8} key={severity}>
                    <Form.Item name={['levels', severity]} noStyle>
                      <InputNumber style={{ width: '100%' }} prefix={`${t(`monitoring.severities.${severity}`)} ${direction === 'high' ? '≥' : '≤'}`} aria-label={t(`monitoring.severities.${severity}`)} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Form.Item>
            {direction === 'high' && (
              <Row gutter={12}>
                <Col xs={12}>
                  <Form.Item name="powerOffAt" label={t('sensorAdmin.form.powerOff')}>
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12}>
                  <Form.Item
                    name="restoreBelow"
                    label={t('sensorAdmin.form.restoreBelow')}
                    dependencies={['powerOffAt']}
                    rules={[({ getFieldValue }) => ({ validator: (_, v) => (v == null || getFieldValue('powerOffAt') == null || v <= getFieldValue('powerOffAt') ? Promise.resolve() : Promise.reject(new Error(t('sensorAdmin.form.restoreOrder')))) })]}
                  >
                    <InputNumber style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="code"
              label={t('sensorAdmin.form.code')}
              extra={t('sensorAdmin.form.codeHelp')}
              rules={[required(t('sensorAdmin.form.code')), { max: 64 }, { pattern: CODE_PATTERN, message: t('sensorAdmin.form.codePattern') }]}
            >
              <Input maxLength={64} placeholder="CM071-CH4-T0" style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('sensorAdmin.form.name')} rules={[required(t('sensorAdmin.form.name')), { max: 100 }]}>
              <Input maxLength={100} placeholder={t('sensorAdmin.form.namePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="location" label={t('sensorAdmin.form.location')} rules={[{ max: 200 }]}>
          <Input maxLength={200} placeholder={t('sensorAdmin.form.locationPlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="expectedIntervalSec" label={t('sensorAdmin.form.interval')} rules={[{ required: true, message: t('sensorAdmin.form.required', { field: t('sensorAdmin.form.interval') }) }]}>
              <InputNumber min={1} max={86_400} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="rangeLow" label={t('sensorAdmin.form.rangeLow')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="rangeHigh"
              label={t('sensorAdmin.form.rangeHigh')}
              dependencies={['rangeLow']}
              rules={[({ getFieldValue }) => ({ validator: (_, v) => (v == null || getFieldValue('rangeLow') == null || v > getFieldValue('rangeLow') ? Promise.resolve() : Promise.reject(new Error(t('sensorAdmin.form.rangeOrder')))) })]}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
