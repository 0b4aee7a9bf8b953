import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import type { HazardAction, HazardDetail } from './hazard.types.ts';
import {
  ACTION_FIELDS,
  initialActionValues,
  needsConfirmation,
  toTransitionBody,
  type ActionFormValues,
} from './hazard-action-values.ts';
import { DecideExtensionFields, pendingExtensionOf, RequestExtensionFields, SupervisionFields } from './deadline-fields.tsx';
import { showSubmitError } from './hazard-form-errors.ts';
import { apiErrorText } from '../../app/api-error-text.ts';
import { formatCityTime } from './hazard-time.ts';
import { NoteAndPhotosFields, ReviewCommentField } from './review-fields.tsx';
import { StartRectificationFields } from './start-rectification-fields.tsx';
import { useHazardTransition } from './use-hazard-transition.mutation.ts';

function ActionFields({ action, hazard }: { action: HazardAction; hazard: HazardDetail }) {
  switch (action) {
    case 'start_rectification':
      return <StartRectificationFields hazard={hazard} />;
    case 'submit_for_review':
      return <NoteAndPhotosFields hazard={hazard} kind="review" />;
    case 'rectify_immediately':
      return <NoteAndPhotosFields hazard={hazard} kind="immediate" />;
    case 'approve':
      return <ReviewCommentField required={false} />;
    case 'reject':
      return <ReviewCommentField required />;
    case 'list_for_supervision':
      return <SupervisionFields hazard={hazard} />;
    case 'request_extension':
      return <RequestExtensionFields hazard={hazard} />;
    case 'decide_extension':
      return <DecideExtensionFields hazard={hazard} />;
  }
}

interface HazardActionModalProps {
  hazard: HazardDetail;
  action: HazardAction;
  onClose: () => void;
}

/** The form of one lifecycle action; on success the page shows the hazard the server returned. */
export function HazardActionModal({ hazard, action, onClose }: HazardActionModalProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ActionFormValues>();
  const transition = useHazardTransition(hazard.id);
  const [initialValues] = useState(() => initialActionValues(action, hazard.grade));

  const send = async (values: ActionFormValues) => {
    try {
      await transition.mutateAsync(toTransitionBody(action, values, pendingExtensionOf(hazard)?.id));
      void message.success(t(`hazard.actionForm.success.${action}`));
      onClose();
    } catch (error) {
      if (isApiError(error, 'INVALID_TRANSITION') || isApiError(error, 'FORBIDDEN')) {
        // The hazard moved on or the rules say no: the page reloads it and shows what is possible now.
        void message.error(apiErrorText(t, error));
        onClose();
        return;
      }
      showSubmitError(error, form, ACTION_FIELDS[action], {
        serverMessage: (text) => t('hazard.validation.server', { message: text }),
        t,
        notify: (text) => void message.error(text),
      });
    }
  };

  const onOk = async () => {
    let values: ActionFormValues;
    try {
      values = await form.validateFields();
    } catch (error) {
      // The fields show what is missing; bring the first one into view.
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    if (!needsConfirmation(action, values)) {
      await send(values);
      return;
    }
    const refuse = action === 'decide_extension';
    await new Promise<void>((resolve) => {
      modal.confirm({
        title: refuse ? t('hazard.actionForm.confirmRefuseTitle') : t('hazard.actionForm.confirmRejectTitle'),
        content: refuse
          ? t('hazard.actionForm.confirmRefuseContent', { deadline: formatCityTime(hazard.deadline) })
          : t('hazard.actionForm.confirmRejectContent'),
        okText: refuse ? t('hazard.actionForm.refuse') : t('hazard.actions.reject'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => send(values),
        afterClose: resolve,
      });
    });
  };

  return (
    <Modal
      open
      title={t(`hazard.actions.${action}`)}
      okText={t(`hazard.actions.${action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'reject', 'data-testid': 'hazard-action-submit' }}
      confirmLoading={transition.isPending}
      onOk={onOk}
      onCancel={onClose}
      width={action === 'start_rectification' ? 680 : 560}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form<ActionFormValues>
        form={form}
        name={`hazard-${action}`}
        layout="vertical"
        initialValues={initialValues}
        disabled={transition.isPending}
        style={{ marginTop: 16 }}
      >
        <ActionFields action={action} hazard={hazard} />
      </Form>
    </Modal>
  );
}
