import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsDepartment, needsEnterprise, roleSchema, type Role } from '../../../../core/organisations/roles.ts';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { useAllDepartments, useEnterpriseOptions, useUpdateUser, type User, type UserEdit } from './use-admin.queries.ts';

interface Values {
  displayName: string;
  role: Role;
  departmentId?: string | null;
  enterpriseId?: string | null;
}

const FIELDS = [['displayName'], ['role'], ['departmentId'], ['enterpriseId']] as const;

/** What the form sends: the role's own link, the other one removed. */
export function userEditOf(values: Values): UserEdit {
  return {
    displayName: values.displayName.trim(),
    role: values.role,
    departmentId: needsDepartment(values.role) ? (values.departmentId ?? null) : null,
    enterpriseId: needsEnterprise(values.role) ? (values.enterpriseId ?? null) : null,
  };
}

/**
 * An administrator edits an account's name, role and department or enterprise. The server checks the role and
 * its link together and guards the last administrator; its 400 details land on their fields, a 409 in a message.
 */
export function UserEditModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form) ?? user.role;
  const departments = useAllDepartments();
  const [enterpriseQuery, setEnterpriseQuery] = useState('');
  const enterprises = useEnterpriseOptions(enterpriseQuery, user.enterpriseId);
  const update = useUpdateUser();

  const submit = (values: Values) =>
    update.mutate(
      { id: user.id, changes: userEditOf(values) },
      {
        onSuccess: () => {
          void message.success(t('admin.users.saved'));
          onClose();
        },
        onError: (error) =>
          showSubmitError(error, form, FIELDS, {
            t,
            notify: (text) => void message.error(text),
          }),
      },
    );

  return (
    <Modal
      open
      title={t('admin.users.editTitle', { username: user.username })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="user-edit-form"
        initialValues={{ displayName: user.displayName, role: user.role, departmentId: user.departmentId, enterpriseId: user.enterpriseId }}
      >
        <Form.Item name="displayName" label={t('admin.users.fields.displayName')} rules={[{ required: true, whitespace: true, message: t('admin.users.required') }, { max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.fields.role')} rules={[{ required: true, message: t('admin.users.required') }]}>
          <Select options={roleSchema.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {needsDepartment(role) && (
          <Form.Item name="departmentId" label={t('admin.users.fields.department')} rules={[{ required: true, message: t('admin.users.required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={departments.isPending}
              options={(departments.data ?? []).filter((d) => d.active || d.id === user.departmentId).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        {needsEnterprise(role) && (
          <Form.Item name="enterpriseId" label={t('admin.users.fields.enterprise')} rules={[{ required: true, message: t('admin.users.required') }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setEnterpriseQuery }}
              placeholder={t('admin.users.searchEnterprise')}
              loading={enterprises.isFetching}
              options={enterprises.data ?? []}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
