import { Alert, App, Col, Divider, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from '../hazards/hazard-form-errors.ts';
import type { Sensor } from './monitoring.types.ts';
import './sensor-admin.texts.ts';
import { showSensorFormError } from './sensor-form-errors.ts';
import { editedRules, editValuesOf, levelsProblem, toSensorPatch, type SensorEditValues } from './sensor-form-values.ts';
import { useUpdateSensor } from './use-sensor-admin.queries.ts';

const FIELDS: readonly FieldPath[] = [['name'], ['location']];

interface EditSensorModalProps {
  sensor: Sensor | null;
  onClose: () => void;
}

/** Name, location and the values of the sensor's thresholds and power-off (PATCH sends only what changed). */
export function EditSensorModal({ sensor, onClose }: EditSensorModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SensorEditValues>();
  const update = useUpdateSensor();

  const submit = async () => {
    if (!sensor) return;
    const values = await form.validateFields();
    const rules = editedRules(sensor, values);
    const unordered = rules.findIndex((r) => r.kind === 'threshold' && levelsProblem(r.direction, Object.fromEntries(r.levels.map((l) => [l.severity, l.at]))) !== null);
    if (unordered >= 0) {
      form.setFields([{ name: ['levels', unordered, 0], errors: [t('sensorAdmin.form.levelsOrder')] }]);
      return;
    }
    const patch = toSensorPatch(sensor, values);
    if (!patch) {
      onClose();
      return;
    }
    try {
      await update.mutateAsync({ id: sensor.id, patch });
      void message.success(t('sensorAdmin.sensors.saved'));
      onClose();
    } catch (error) {
      showSensorFormError(error, form, FIELDS, t, (text) => void message.error(text));
    }
  };

  const thresholds = sensor?.rules.flatMap((rule, i) => (rule.kind === 'threshold' ? [{ rule, i }] : [])) ?? [];
  const powerOffs = sensor?.rules.flatMap((rule, i) => (rule.kind === 'power_off' ? [{ rule, i }] : [])) ?? [];
  return (
    <Modal
      open={sensor !== null}
      title={sensor ? t('sensorAdmin.form.editTitle', { code: sensor.code }) : ''}
      okText={t('common.save')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={640}
      destroyOnHidden
    >
      {sensor && (
        <Form<SensorEditValues> form={form} layout="vertical" initialValues={editValuesOf(sensor)} requiredMark="optional" preserve={false}>
          <Form.Item name="name" label={t('sensorAdmin.form.name')} rules={[{ required: true, whitespace: true, message: t('sensorAdmin.form.required', { field: t('sensorAdmin.form.name') }) }, { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="location" label={t('sensorAdmin.form.location')} rules={[{ max: 200 }]}>
            <Input maxLength={200} placeholder={t('sensorAdmin.form.locationPlaceholder')} />
          </Form.Item>
          {(thresholds.length > 0 || powerOffs.length > 0) && <Divider titlePlacement="start">{t('sensorAdmin.form.levels')}</Divider>}
          {thresholds.map(({ rule, i }) => (
            <Row gutter={12} key={i}>
              {rule.levels.map((level, j) => (
                <Col xs={24} sm={8} key={j}>
                  <Form.Item name={['levels', i, j]} label={`${level.label ?? t(`monitoring.severities.${level.severity}`)} ${rule.direction === 'high' ? '≥' : '≤'}`} rules={[{ required: true, message: t('sensorAdmin.form.levelsRequired') }]}>
                    <InputNumber style={{ width: '100%' }} suffix={sensor.unit} />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          ))}
          {powerOffs.map(({ i }) => (
            <Row gutter={12} key={i}>
              <Col xs={12} sm={8}>
                <Form.Item name={['powerOff', i, 'powerOffAt']} label={`${t('sensorAdmin.form.powerOff')} ≥`} rules={[{ required: true, message: t('sensorAdmin.form.required', { field: t('sensorAdmin.form.powerOff') }) }]}>
                  <InputNumber style={{ width: '100%' }} suffix={sensor.unit} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={8}>
                <Form.Item
                  name={['powerOff', i, 'restoreBelow']}
                  label={`${t('sensorAdmin.form.restoreBelow')} <`}
                  dependencies={[['powerOff', i, 'powerOffAt']]}
                  rules={[
                    { required: true, message: t('sensorAdmin.form.required', { field: t('sensorAdmin.form.restoreBelow') }) },
                    ({ getFieldValue }) => ({ validator: (_, v) => (v == null || v <= getFieldValue(['powerOff', i, 'powerOffAt']) ? Promise.resolve() : Promise.reject(new Error(t('sensorAdmin.form.restoreOrder')))) }),
                  ]}
                >
                  <InputNumber style={{ width: '100%' }} suffix={sensor.unit} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          {sensor.template && (thresholds.length > 0 || powerOffs.length > 0) && <Alert type="warning" showIcon title={t('sensorAdmin.form.rulesChanged')} />}
          {thresholds.length === 0 && powerOffs.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
        </Form>
      )}
    </Modal>
  );
}
