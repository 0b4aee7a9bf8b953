import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { useResetPassword, type User } from './use-admin.queries.ts';

/** The administrator types a temporary password and confirms; the server's policy refusals show on the field. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const reset = useResetPassword();

  const submit = ({ temporaryPassword }: { temporaryPassword: string }) =>
    void modal.confirm({
      title: t('admin.users.resetConfirm', { name: user.displayName }),
      okText: t('admin.users.resetPassword'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        reset
          .mutateAsync({ id: user.id, temporaryPassword })
          .then(() => {
            void message.success(t('admin.users.resetDone', { name: user.displayName }));
            onClose();
          })
          .catch((error: unknown) =>
            showSubmitError(error, form, [['temporaryPassword']], {
              t,
              notify: (text) => void message.error(text),
            }),
          ),
    });

  return (
    <Modal
      open
      title={t('admin.users.resetTitle', { name: user.displayName })}
      okText={t('admin.users.resetPassword')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.users.resetText')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="reset-password-form">
        <Form.Item name="temporaryPassword" label={t('admin.users.temporaryPassword')} extra={t('account.password.rules')} rules={[{ required: true, message: t('admin.users.required') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
