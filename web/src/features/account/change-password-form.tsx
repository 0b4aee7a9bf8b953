import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { useChangePassword } from './use-account.mutations.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = [['currentPassword'], ['newPassword']] as const;

/**
 * One's own password change. `forced`: after an administrator's reset, the current password is the temporary one.
 * The server's policy refusals (400 with `currentPassword` / `newPassword` paths) show on their fields.
 */
export function ChangePasswordForm({ forced = false, onDone }: { forced?: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();

  const submit = (values: Values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.password.changed'));
          onDone?.();
        },
        onError: (error) =>
          showSubmitError(error, form, FIELDS, {
            serverMessage: (text) => t('account.password.serverSays', { message: text }),
            t,
            notify: (text) => void message.error(text),
          }),
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }} data-testid="change-password-form">
      <Alert type="info" showIcon title={t('account.password.rules')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="currentPassword"
        label={forced ? t('account.password.currentForced') : t('account.password.current')}
        rules={[{ required: true, message: t('account.password.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('account.password.new')}
        rules={[{ required: true, message: t('account.password.required') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('account.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('account.password.required') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.password.submit')}
      </Button>
    </Form>
  );
}
