import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_PLAN_ELEMENTS } from '../../../../core/hazards/governance-plan.ts';

/**
 * The six elements of a governance plan (16号令 Art. 15), in the article's order. For a major hazard every one
 * is required, and each missing one is named, as the server names them.
 */
export function GovernancePlanFields({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {GOVERNANCE_PLAN_ELEMENTS.map(({ key }, index) => (
        <Form.Item
          key={key}
          name={['governancePlan', key]}
          label={`${index + 1}. ${t(`hazard.governancePlan.${key}`)}`}
          rules={[
            { required, whitespace: true, message: t(`hazard.governancePlanRequired.${key}`) },
            { max: 5000, message: t('hazard.validation.planTooLong') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      ))}
    </>
  );
}
