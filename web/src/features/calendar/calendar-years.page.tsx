import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/api-error-text.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { SubmitErrorAlert } from '../../app/submit-error-alert.tsx';
import { useServerFieldErrors, type FieldName } from '../../app/use-server-field-errors.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import './calendar-admin.texts.ts';
import { formatNoticeLines, parseNoticeLines } from './notice-lines.ts';
import { useCalendarYear, useCalendarYears, usePutCalendarYear, useRemoveCalendarYear, type CalendarYearSummary } from './use-calendar-years.query.ts';

interface YearValues {
  year: number;
  notice: string;
  holidays: string;
  workdays: string;
}

/** Enter or edit one year: the notice, its days off and its make-up working days, as lines. */
function YearModal({ editing, onClose }: { editing: number | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<YearValues>();
  const existing = useCalendarYear(editing === 'new' ? null : editing);
  const put = usePutCalendarYear();
  // The API numbers `days` as sent: holidays first, then make-up days; a problem goes back to its text area.
  const sentHolidays = useRef(0);
  const sentDays = useRef<{ date: string }[]>([]);
  const failure = useServerFieldErrors(form, {
    rename: (segments: FieldName) => (segments[0] === 'days' && typeof segments[1] === 'number' ? [segments[1] < sentHolidays.current ? 'holidays' : 'workdays'] : undefined),
    message: (detail) => {
      const index = Number(detail.path.split('.')[1]);
      const date = sentDays.current[index]?.date;
      return date ? `${date}: ${fieldErrorText(t, detail)}` : fieldErrorText(t, detail);
    },
  });

  useEffect(() => {
    const data = existing.data;
    if (!data) return;
    form.setFieldsValue({
      year: data.year,
      notice: data.source === 'admin' ? (data.notice ?? '') : '',
      holidays: formatNoticeLines(data.days, 'holiday'),
      workdays: formatNoticeLines(data.days, 'workday'),
    });
  }, [existing.data, form]);

  const save = async (v: YearValues) => {
    failure.clear();
    const holidays = parseNoticeLines(v.holidays ?? '', 'holiday');
    const workdays = parseNoticeLines(v.workdays ?? '', 'workday');
    const lineErrors = (parsed: typeof holidays) => parsed.errors.map((e) => t('calendarAdmin.lineError', { line: e.line, text: e.text }));
    if (holidays.errors.length > 0 || workdays.errors.length > 0) {
      form.setFields([
        { name: 'holidays', errors: lineErrors(holidays) },
        { name: 'workdays', errors: lineErrors(workdays) },
      ]);
      return;
    }
    const days = [...holidays.days, ...workdays.days];
    sentHolidays.current = holidays.days.length;
    sentDays.current = days;
    try {
      await put.mutateAsync({ year: v.year, notice: v.notice.trim(), days });
      void message.success(t('calendarAdmin.saved', { year: v.year }));
      onClose();
    } catch (error) {
      failure.report(error);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={editing === 'new' ? t('calendarAdmin.formTitleNew') : t('calendarAdmin.formTitle', { year: editing })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={put.isPending}
    >
      {existing.error && <QueryErrorAlert error={existing.error} />}
      <Form form={form} layout="vertical" onFinish={save} requiredMark={false} initialValues={{ year: editing === 'new' ? new Date().getFullYear() + 1 : editing }}>
        <Form.Item name="year" label={t('calendarAdmin.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} disabled={editing !== 'new'} />
        </Form.Item>
        <Form.Item name="notice" label={t('calendarAdmin.notice')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="holidays" label={t('calendarAdmin.holidays')} extra={t('calendarAdmin.holidaysHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={8} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="workdays" label={t('calendarAdmin.workdays')} extra={t('calendarAdmin.workdaysHelp')}>
          <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <SubmitErrorAlert state={failure.state} />
      </Form>
    </Modal>
  );
}

/** 工作日历: the covered years (shipped or entered), entering next year's notice, and removing an entry. */
export function CalendarYearsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const years = useCalendarYears();
  const remove = useRemoveCalendarYear();
  const [editing, setEditing] = useState<number | 'new' | null>(null);

  const columns: TableProps<CalendarYearSummary>['columns'] = [
    { title: t('calendarAdmin.year'), dataIndex: 'year', width: 90 },
    {
      title: t('calendarAdmin.source'),
      dataIndex: 'source',
      width: 170,
      render: (source: CalendarYearSummary['source']) => <Tag color={source === 'admin' ? 'blue' : 'default'}>{t(`calendarAdmin.sources.${source}`)}</Tag>,
    },
    { title: t('calendarAdmin.notice'), dataIndex: 'notice', ellipsis: true },
    { title: t('calendarAdmin.holidays'), dataIndex: 'holidays', width: 100 },
    { title: t('calendarAdmin.workdays'), dataIndex: 'workdays', width: 130 },
    {
      title: t('calendarAdmin.updated'),
      width: 200,
      render: (_: unknown, row) => (row.updatedAt ? `${formatCityTime(row.updatedAt)} ${row.updatedBy ?? ''}` : '—'),
    },
    {
      key: 'actions',
      width: 190,
      render: (_: unknown, row) => (
        <Space>
          <Button size="small" onClick={() => setEditing(row.year)}>
            {t('calendarAdmin.edit')}
          </Button>
          {row.source === 'admin' && (
            <Popconfirm
              title={t('calendarAdmin.removeConfirm', { year: row.year })}
              onConfirm={async () => {
                await remove.mutateAsync(row.year);
                void message.success(t('calendarAdmin.removed', { year: row.year }));
              }}
            >
              <Button size="small" danger>
                {t('calendarAdmin.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('calendarAdmin.title')}
      subtitle={t('calendarAdmin.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('calendarAdmin.enter')}
        </Button>
      }
    >
      {years.error && <QueryErrorAlert error={years.error} onRetry={() => void years.refetch()} />}
      <Table rowKey="year" size="small" loading={years.isLoading} dataSource={years.data?.items ?? []} columns={columns} pagination={{ pageSize: 30, hideOnSinglePage: true }} />
      {editing !== null && <YearModal key={String(editing)} editing={editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}
