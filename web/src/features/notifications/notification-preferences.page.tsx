import { App, Alert, Button, Card, Form, Input, Switch, Table, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client.ts';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { ChannelName, NotificationKind } from '../../../../core/notifications/notification-preferences.ts';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { NOTIFICATION_KINDS } from './notification-label.ts';
import { useNotificationDeliveries, useNotificationSettings, useUpdateNotificationSettings } from './use-notification-settings.query.ts';

const CHANNELS: readonly ChannelName[] = ['email', 'sms'];
const STATUS_COLOURS = { pending: 'processing', sent: 'success', failed: 'error' } as const;

interface ContactForm {
  email: string;
  phone: string;
}

/** Notification settings (/notifications/preferences): the user's e-mail and phone, per-kind channels, and their deliveries. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useNotificationSettings();
  const update = useUpdateNotificationSettings();
  const deliveries = useNotificationDeliveries({ page: 1, pageSize: 20 });
  const [form] = Form.useForm<ContactForm>();

  useEffect(() => {
    if (settings.data) form.setFieldsValue({ email: settings.data.email ?? '', phone: settings.data.phone ?? '' });
  }, [settings.data, form]);

  const saveContact = (values: ContactForm) => {
    update.mutate(
      { email: values.email.trim() || null, phone: values.phone.trim() || null },
      {
        onSuccess: () => void message.success(t('notifications.preferences.saved')),
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) {
            form.setFields(
              error.details
                .map((d) => d.path)
                .filter((path): path is keyof ContactForm => path === 'email' || path === 'phone')
                .map((path) => ({ name: path, errors: [t(`notifications.preferences.invalid.${path}`)] })),
            );
          } else void message.error(t('notifications.preferences.saveFailed'));
        },
      },
    );
  };
  const toggle = (kind: NotificationKind, channel: ChannelName, enabled: boolean) =>
    update.mutate({ preferences: [{ kind, channel, enabled }] }, { onError: () => void message.error(t('notifications.preferences.saveFailed')) });

  const enabledOf = (kind: string, channel: string) => settings.data?.preferences.find((p) => p.kind === kind && p.channel === channel);
  const available = settings.data?.availableChannels ?? [];

  return (
    <PageContainer title={t('notifications.preferences.title')} subtitle={t('notifications.preferences.subtitle')}>
      {settings.isError && <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && available.length < CHANNELS.length && (
        <Alert
          type="info"
          showIcon
          message={t('notifications.preferences.notConfigured', {
            channels: CHANNELS.filter((c) => !available.includes(c))
              .map((c) => t(`notifications.channels.${c}`))
              .join(t('notifications.preferences.listSeparator')),
          })}
        />
      )}
      <Card size="small" title={t('notifications.preferences.contact')}>
        <Form<ContactForm> form={form} layout="inline" onFinish={saveContact} initialValues={{ email: '', phone: '' }} style={{ rowGap: 12 }}>
          <Form.Item name="email" label={t('notifications.channels.email')} rules={[{ type: 'email', message: t('notifications.preferences.invalid.email') }]}>
            <Input type="email" autoComplete="email" placeholder="name@example.gov.cn" style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="phone" label={t('notifications.preferences.phone')} rules={[{ pattern: /^\+?[0-9]{5,15}$/, message: t('notifications.preferences.invalid.phone') }]}>
            <Input type="tel" autoComplete="tel" placeholder="13800138000" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('notifications.preferences.save')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small" title={t('notifications.preferences.byKind')}>
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          loading={settings.isLoading}
          dataSource={NOTIFICATION_KINDS.map((kind) => ({ kind }))}
          columns={[
            { key: 'kind', title: t('notifications.centre.kind'), render: (_, r) => t(`notifications.kinds.${r.kind}`) },
            { key: 'inApp', title: t('notifications.channels.inApp'), width: 120, render: () => <Switch size="small" checked disabled aria-label={t('notifications.channels.inApp')} /> },
            ...CHANNELS.map((channel) => ({
              key: channel,
              title: t(`notifications.channels.${channel}`),
              width: 140,
              render: (_: unknown, r: { kind: NotificationKind }) => {
                const p = enabledOf(r.kind, channel);
                return (
                  <Switch
                    size="small"
                    checked={p?.enabled ?? false}
                    disabled={!settings.data || update.isPending}
                    onChange={(on) => toggle(r.kind, channel, on)}
                    aria-label={`${t(`notifications.kinds.${r.kind}`)} · ${t(`notifications.channels.${channel}`)}`}
                  />
                );
              },
            })),
          ]}
        />
      </Card>
      <Card size="small" title={t('notifications.deliveries.title')}>
        {deliveries.isError && <QueryErrorAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
        <Table
          rowKey="id"
          size="small"
          loading={deliveries.isFetching}
          dataSource={deliveries.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('notifications.deliveries.empty') }}
          columns={[
            { key: 'title', title: t('notifications.centre.columns.title'), render: (_, d) => d.title },
            { key: 'channel', title: t('notifications.deliveries.channel'), width: 110, render: (_, d) => t(`notifications.channels.${d.channel}`) },
            { key: 'address', title: t('notifications.deliveries.address'), width: 200, render: (_, d) => d.address, responsive: ['md'] },
            {
              key: 'status',
              title: t('notifications.deliveries.status'),
              width: 120,
              render: (_, d) => <Tag color={STATUS_COLOURS[d.status]}>{t(`notifications.deliveries.statuses.${d.status}`)}</Tag>,
            },
            { key: 'attempts', title: t('notifications.deliveries.attempts'), width: 80, render: (_, d) => d.attempts },
            {
              key: 'detail',
              title: t('notifications.deliveries.detail'),
              render: (_, d) =>
                [d.lastError, d.nextAttemptAt && t('notifications.deliveries.nextAttempt', { at: formatCityTime(d.nextAttemptAt) }), d.sentAt && formatCityTime(d.sentAt)]
                  .filter(Boolean)
                  .join(' · '),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
