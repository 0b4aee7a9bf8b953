import { Descriptions, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPERVISION_LEVELS, type HazardDetail } from './hazard.types.ts';
import { actorNamesFrom } from './actor-names.ts';
import { DeadlineInput, deadlineRules } from './deadline-input.tsx';
import { formatCityTime } from './hazard-time.ts';

/** list_for_supervision (挂牌督办): level, listing authority, deadline and the notice's number. */
export function SupervisionFields({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation();
  const foundAt = new Date(hazard.foundAt);
  return (
    <>
      <Form.Item name="level" label={t('hazard.actionForm.level')} rules={[{ required: true, message: t('hazard.validation.levelRequired') }]}>
        <Select options={SUPERVISION_LEVELS.map((value) => ({ value, label: t(`hazard.supervisionLevels.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="authority"
        label={t('hazard.actionForm.authority')}
        rules={[
          { required: true, whitespace: true, message: t('hazard.validation.authorityRequired') },
          { max: 100, message: t('hazard.validation.authorityTooLong') },
        ]}
      >
        <Input placeholder={t('hazard.actionForm.authorityPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t('hazard.actionForm.supervisionDeadline')}
        required
        rules={deadlineRules(t, {
          required: true,
          requiredMessage: t('hazard.validation.supervisionDeadlineRequired'),
          notBefore: foundAt,
        })}
        extra={
          hazard.deadline && t('hazard.actionForm.currentDeadline', { deadline: formatCityTime(hazard.deadline) })
        }
      >
        <DeadlineInput earliest={foundAt} />
      </Form.Item>
      <Form.Item name="documentNo" label={t('hazard.actionForm.documentNo')} rules={[{ max: 100, message: t('hazard.validation.documentNoTooLong') }]}>
        <Input />
      </Form.Item>
    </>
  );
}

/** request_extension: a later deadline and the reason. */
export function RequestExtensionFields({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation();
  const current = hazard.deadline ? new Date(hazard.deadline) : undefined;
  return (
    <>
      <Form.Item
        name="requestedDeadline"
        label={t('hazard.actionForm.requestedDeadline')}
        required
        rules={deadlineRules(t, {
          required: true,
          requiredMessage: t('hazard.validation.requestedDeadlineRequired'),
          after: current,
        })}
        extra={current && t('hazard.actionForm.currentDeadline', { deadline: formatCityTime(hazard.deadline) })}
      >
        <DeadlineInput earliest={current} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('hazard.actionForm.reason')}
        rules={[
          { required: true, whitespace: true, message: t('hazard.validation.reasonRequired') },
          { max: 2000, message: t('hazard.validation.reasonTooLong') },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </>
  );
}

/** The request a decide_extension answers: the one without a decision (only one may be pending). */
export function pendingExtensionOf(hazard: HazardDetail): HazardDetail['extensions'][number] | undefined {
  return hazard.extensions.find((extension) => extension.decision === null);
}

/** decide_extension: the pending request, grant or refuse, and a comment. */
export function DecideExtensionFields({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation();
  const pending = pendingExtensionOf(hazard);
  return (
    <>
      {pending && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title={t('hazard.actionForm.pendingRequest')}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'by',
              label: t('hazard.detail.requestedDeadline'),
              children: t('hazard.detail.deadlineMove', {
                from: formatCityTime(pending.previousDeadline),
                to: formatCityTime(pending.requestedDeadline),
              }),
            },
            { key: 'reason', label: t('hazard.detail.reason'), children: pending.reason },
            {
              key: 'requested',
              label: t('hazard.detail.requester'),
              children: `${actorNamesFrom(hazard.timeline)(pending.requestedBy)} · ${formatCityTime(pending.requestedAt)}`,
            },
          ]}
        />
      )}
      <Form.Item name="granted" label={t('hazard.actionForm.decision')} rules={[{ required: true, message: t('hazard.validation.decisionRequired') }]}>
        <Radio.Group
          options={[
            { value: true, label: t('hazard.actionForm.grant') },
            { value: false, label: t('hazard.actionForm.refuse') },
          ]}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('hazard.actionForm.decisionComment')} rules={[{ max: 2000, message: t('hazard.validation.commentTooLong') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
