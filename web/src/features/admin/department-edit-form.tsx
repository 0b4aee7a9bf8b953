import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { showSubmitError } from '../hazards/hazard-form-errors.ts';
import { useRegions } from '../organisations/use-regions.query.ts';
import { useUpdateDepartment, type Department, type DepartmentEdit } from './use-admin.queries.ts';
import { IndustryName } from '../organisations/industry-name.tsx';

const FIELDS = [['name'], ['regionCodes'], ['industryCodes']] as const;

/** Trimmed, upper-cased section letters, without repeats: what the server stores. */
export function departmentEditOf(values: Required<DepartmentEdit>): Required<DepartmentEdit> {
  return {
    name: values.name.trim(),
    regionCodes: [...new Set(values.regionCodes)],
    industryCodes: [...new Set(values.industryCodes.map((c) => c.trim().toUpperCase()).filter(Boolean))],
  };
}

export function DepartmentEditModal({ department, onClose }: { department: Department; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Required<DepartmentEdit>>();
  const regions = useRegions();
  const update = useUpdateDepartment();
  const city = regions.data?.[0];
  const regionOptions = city ? [{ value: city.code, label: city.name }, ...(city.children ?? []).map((d) => ({ value: d.code, label: d.name }))] : [];

  const submit = (values: Required<DepartmentEdit>) =>
    update.mutate(
      { id: department.id, changes: departmentEditOf(values) },
      {
        onSuccess: () => {
          void message.success(t('admin.departments.saved'));
          onClose();
        },
        onError: (error) => {
          showSubmitError(error, form, FIELDS, {
            t,
            notify: (text) => void message.error(text),
          });
        },
      },
    );

  return (
    <Modal
      open
      title={t('admin.departments.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<Required<DepartmentEdit>>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="department-edit-form"
        initialValues={{ name: department.name, regionCodes: department.regionCodes, industryCodes: department.industryCodes }}
      >
        <Form.Item name="name" label={t('admin.departments.fields.name')} rules={[{ required: true, whitespace: true, message: t('admin.users.required') }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="regionCodes" label={t('admin.departments.fields.regions')} rules={[{ required: true, message: t('admin.users.required') }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} loading={regions.isPending} options={regionOptions} />
        </Form.Item>
        <Form.Item
          name="industryCodes"
          label={t('admin.departments.fields.industries')}
          extra={t('admin.departments.industriesHelp')}
          rules={[{ required: true, message: t('admin.users.required') }]}
        >
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} open={false} labelRender={({ value }) => <IndustryName code={String(value)} withCode />} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
