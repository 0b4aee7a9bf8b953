import { Alert, Collapse, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECTIFICATION_MODES, type HazardDetail } from './hazard.types.ts';
import { DeadlineInput, deadlineRules, type DeadlineValue } from './deadline-input.tsx';
import { GovernancePlanFields } from './governance-plan-fields.tsx';
import { formatCityTime } from './hazard-time.ts';

/** start_rectification: who does what, by when, with how much money; a major hazard adds its governance plan. */
export function StartRectificationFields({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation();
  const major = hazard.grade === 'major';
  const mode = Form.useWatch(['rectification', 'mode']) as string | undefined;
  const deadline = Form.useWatch(['rectification', 'deadline']) as DeadlineValue | undefined;
  const foundAt = new Date(hazard.foundAt);
  // A 挂牌督办 listing may already have set a deadline that the rectification must not pass.
  const current = hazard.deadline ? new Date(hazard.deadline) : undefined;

  return (
    <>
      <Form.Item
        name={['rectification', 'mode']}
        label={t('hazard.detail.mode')}
        rules={[
          { required: true, message: t('hazard.validation.modeRequired') },
          {
            validator: async (_rule, value: unknown) => {
              if (major && value === 'immediate') throw new Error(t('hazard.validation.majorNeedsDeadline'));
            },
          },
        ]}
        extra={major ? t('hazard.validation.majorNeedsDeadline') : undefined}
      >
        <Radio.Group
          options={RECTIFICATION_MODES.map((value) => ({
            value,
            label: t(`hazard.modes.${value}`),
            disabled: major && value === 'immediate',
          }))}
        />
      </Form.Item>
      <Form.Item
        name={['rectification', 'deadline']}
        label={t('hazard.fields.deadline')}
        required={mode !== 'immediate'}
        dependencies={[['rectification', 'mode']]}
        rules={deadlineRules(t, {
          required: mode !== 'immediate',
          requiredMessage: t('hazard.validation.deadlineRequired'),
          notBefore: foundAt,
          notAfter: current,
        })}
        extra={
          <>
            {mode === 'immediate' && <div>{t('hazard.actionForm.immediateDeadlineHint')}</div>}
            {deadline?.kind !== 'time' && <div>{t('hazard.actionForm.deadlineDateHint')}</div>}
            {current && (
              <div>{t('hazard.actionForm.currentDeadline', { deadline: formatCityTime(hazard.deadline) })}</div>
            )}
          </>
        }
      >
        <DeadlineInput earliest={foundAt} />
      </Form.Item>
      <Form.Item
        name={['rectification', 'responsiblePerson']}
        label={t('hazard.detail.responsiblePerson')}
        rules={[
          { required: true, whitespace: true, message: t('hazard.validation.responsibleRequired') },
          { max: 50, message: t('hazard.validation.responsibleTooLong') },
        ]}
      >
        <Input placeholder={t('hazard.actionForm.responsiblePlaceholder')} />
      </Form.Item>
      <Form.Item
        name={['rectification', 'measures']}
        label={t('hazard.detail.measures')}
        rules={[
          { required: true, whitespace: true, message: t('hazard.validation.measuresRequired') },
          { max: 5000, message: t('hazard.validation.measuresTooLong') },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('hazard.actionForm.measuresPlaceholder')} />
      </Form.Item>
      <Form.Item
        name={['rectification', 'fundsYuan']}
        label={t('hazard.detail.funds')}
        rules={[
          { required: true, message: t('hazard.validation.fundsRequired') },
          {
            validator: async (_rule, value: unknown) => {
              if (value === null || value === undefined) return;
              if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
                throw new Error(t('hazard.validation.fundsInteger'));
              }
            },
          },
        ]}
      >
        <InputNumber<number>
          min={0}
          max={1_000_000_000_000}
          precision={0}
          step={1000}
          suffix={t('hazard.actionForm.fundsSuffix')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {major ? (
        <>
          <Alert type="warning" showIcon title={t('hazard.actionForm.governancePlanHint')} style={{ marginBottom: 16 }} />
          <GovernancePlanFields required />
        </>
      ) : (
        <Collapse
          size="small"
          items={[
            {
              key: 'plan',
              label: t('hazard.actionForm.governancePlanOptional'),
              children: <GovernancePlanFields required={false} />,
              forceRender: true,
            },
          ]}
        />
      )}
    </>
  );
}
