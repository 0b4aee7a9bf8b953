import { AlertOutlined } from '@ant-design/icons';
import { can } from '../../app/permissions.ts';
import { apiErrorText } from '../../app/api-error-text.ts';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Radio, Result, Skeleton, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { ForbiddenPage } from '../../app/forbidden.page.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { DateTimePicker } from '../hazards/date-time-picker.tsx';
import { cityWallClock, formatCityTime, instantOfCityWallClock, toCityDateTime } from '../hazards/hazard-time.ts';
import { useCardSize } from '../hazards/use-descriptions-layout.ts';
import { apiFieldErrors } from '../risks/api-field-errors.ts';
import './major-hazard-source.texts.ts';
import { canWriteSources } from './major-hazard.policy.ts';
import { CHECK_INTERVAL_DAYS, GUARANTOR_ROLES, nextCheckDue, type GuarantorCheckInput, type GuarantorCheckRecord, type GuarantorRole, type MajorHazardSource } from './major-hazard.types.ts';
import { SourceNotFound } from './source-not-found.tsx';
import { useMajorHazardSource, useRecordGuarantorCheck } from './use-major-hazards.query.ts';

export interface CheckFormValues {
  role: GuarantorRole;
  checker: string;
  /** City wall clock (Asia/Shanghai). */
  checkedAt: Dayjs | null;
  items: string[];
  otherItems: string;
  found: 'none' | 'some';
  problems: string;
}

const isRole = (v: string | null): v is GuarantorRole => (GUARANTOR_ROLES as readonly (string | null)[]).includes(v);

/** The body of `POST /major-hazard-sources/{id}/checks`: ticked items then the other lines; problems only if found. */
export function checkBody(v: CheckFormValues): GuarantorCheckInput {
  const items = [...v.items, ...v.otherItems.split(/\r?\n/).map((line) => line.trim())].filter(Boolean);
  const problems = v.found === 'some' ? v.problems.trim() : '';
  return {
    role: v.role,
    checker: v.checker.trim(),
    ...(v.checkedAt && { checkedAt: toCityDateTime(v.checkedAt) }),
    items: [...new Set(items)],
    ...(problems && { problems }),
  };
}

/** The role whose check is most needed: the first overdue, else the one due soonest. */
export function defaultRole(source: MajorHazardSource): GuarantorRole {
  const overdue = source.guarantors.find((g) => g.overdue);
  if (overdue) return overdue.role;
  return [...source.guarantors].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0]?.role ?? 'operational';
}

function Saved({ source, check, onAnother }: { source: MajorHazardSource; check: GuarantorCheckRecord; onAnother: () => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const role = t(`majorHazards.guarantor.${check.role}`);
  return (
    <Card>
      <Result
        status="success"
        title={t('mhSource.check.saved')}
        subTitle={t('mhSource.check.savedText', { role, checker: check.checker, time: formatCityTime(check.checkedAt), next: formatCityTime(check.nextDueAt) })}
        extra={
          <Flex vertical gap={12} align="center">
            {check.problems && can(user, 'hazards.report') && (
              <>
                <Alert type="warning" showIcon title={t('mhSource.check.problemsFound')} style={{ textAlign: 'left' }} />
                <LinkButton type="primary" size="large" danger icon={<AlertOutlined />} to={`/major-hazard-sources/${source.id}/checks/${check.id}/hazard`}>
                  {t('mhSource.check.reportHazard')}
                </LinkButton>
              </>
            )}
            <Flex gap={8} wrap justify="center">
              <LinkButton to={`/major-hazard-sources/${source.id}`}>{t('mhSource.check.backToSource')}</LinkButton>
              <Button onClick={onAnother}>{t('mhSource.check.another')}</Button>
            </Flex>
          </Flex>
        }
      />
    </Card>
  );
}

function CheckForm({ source, initialRole, onSaved }: { source: MajorHazardSource; initialRole: GuarantorRole; onSaved: (check: GuarantorCheckRecord) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cardSize = useCardSize();
  const record = useRecordGuarantorCheck(source.id);
  const [form] = Form.useForm<CheckFormValues>();
  const nameOf = (role: GuarantorRole) => source.guarantors.find((g) => g.role === role)?.name ?? '';
  const role = Form.useWatch('role', form) ?? initialRole;
  const checkedAt = Form.useWatch('checkedAt', form);
  const found = Form.useWatch('found', form);
  const next = checkedAt ? nextCheckDue(role, instantOfCityWallClock(checkedAt)) : undefined;
  const suggestedFor = (r: GuarantorRole) => t(`mhSource.check.suggested.${r}`, { returnObjects: true }) as string[];
  const suggested = suggestedFor(role);

  const onFinish = async (v: CheckFormValues) => {
    const body = checkBody(v);
    if (body.items.length === 0) {
      form.setFields([{ name: 'items', errors: [t('mhSource.check.itemsRequired')] }]);
      return;
    }
    try {
      const { check } = await record.mutateAsync(body);
      void message.success(t('mhSource.check.saved'));
      onSaved(check);
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) form.setFields(apiFieldErrors(t, error.details) as Parameters<typeof form.setFields>[0]);
      void message.error(apiErrorText(t, error));
    }
  };

  return (
    <Form<CheckFormValues>
      form={form}
      layout="vertical"
      scrollToFirstError
      onFinish={(v) => void onFinish(v)}
      initialValues={{ role: initialRole, checker: nameOf(initialRole), checkedAt: cityWallClock().second(0).millisecond(0), items: [], otherItems: '', found: 'none', problems: '' }}
      onValuesChange={(changed: Partial<CheckFormValues>, all) => {
        // A new role: its person checks by default, and its own items are offered.
        const newRole = changed.role;
        if (newRole) form.setFieldsValue({ checker: nameOf(newRole), items: all.items.filter((i) => suggestedFor(newRole).includes(i)) });
      }}
      style={{ maxWidth: 720 }}
    >
      <Flex vertical gap={16}>
        <Card size={cardSize}>
          <Form.Item name="role" label={t('mhSource.check.role')}>
            <Radio.Group style={{ width: '100%' }}>
              <Flex vertical gap={8}>
                {source.guarantors.map((g) => (
                  <Radio key={g.role} value={g.role} data-testid={`role-${g.role}`}>
                    <Flex gap={6} align="center" wrap>
                      <span>{t(`majorHazards.guarantor.${g.role}`)}</span>
                      <strong>{g.name}</strong>
                      {g.overdue ? (
                        <Tag color="error">{t('mhSource.check.overdue')}</Tag>
                      ) : (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('mhSource.detail.dueBy', { time: formatCityTime(g.dueAt) })}
                        </Typography.Text>
                      )}
                    </Flex>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="checker" label={t('mhSource.check.checker')} extra={t('mhSource.check.checkerHelp')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="checkedAt" label={t('mhSource.check.checkedAt')} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
            <DateTimePicker disabledDate={(d) => d.isAfter(cityWallClock(), 'day')} defaultTime={{ hour: 9, minute: 0 }} />
          </Form.Item>
        </Card>
        <Card size={cardSize} title={t('mhSource.check.items')}>
          <Form.Item name="items" extra={t('mhSource.check.itemsHelp')}>
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={10}>
                {suggested.map((item) => (
                  <Checkbox key={item} value={item}>
                    {item}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item name="otherItems" label={t('mhSource.check.otherItems')} style={{ marginBottom: 0 }}>
            <Input.TextArea rows={2} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('mhSource.check.otherItemsPlaceholder')} />
          </Form.Item>
        </Card>
        <Card size={cardSize} title={t('mhSource.check.found')}>
          <Form.Item name="found" style={{ marginBottom: found === 'some' ? 12 : 0 }}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'none', label: t('mhSource.check.foundNone') },
                { value: 'some', label: t('mhSource.check.foundSome') },
              ]}
            />
          </Form.Item>
          {found === 'some' && (
            <Form.Item
              name="problems"
              label={t('mhSource.check.problems')}
              rules={[{ required: true, whitespace: true, message: t('mhSource.check.problemsRequired') }]}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('mhSource.check.problemsPlaceholder')} />
            </Form.Item>
          )}
        </Card>
        <Card size="small" style={{ borderColor: '#b7eb8f', background: '#f6ffed' }}>
          <Typography.Text type="secondary">{t('mhSource.check.next')}</Typography.Text>
          <div data-testid="next-check-due" style={{ fontSize: 22, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
            {next ? formatCityTime(next.toISOString()) : '—'}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('mhSource.check.nextHelp', { role: t(`majorHazards.guarantor.${role}`), days: CHECK_INTERVAL_DAYS[role] })}
          </Typography.Text>
        </Card>
        <Button type="primary" htmlType="submit" size="large" block loading={record.isPending}>
          {t('mhSource.check.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/**
 * Records a 包保责任人's check of a major hazard source, in the field: whose check, who and when, what was checked,
 * the problems found; the next check's due time by the rule in core shows as the form fills, and saving clears
 * the overdue flag. Problems found lead on to reporting a hazard.
 */
export function GuarantorCheckPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const user = useSessionUser();
  const source = useMajorHazardSource(id);
  const [saved, setSaved] = useState<GuarantorCheckRecord | null>(null);
  const [round, setRound] = useState(0);

  if (!canWriteSources(user)) return <ForbiddenPage />;
  if (source.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (source.isError) return <SourceNotFound error={source.error} onRetry={() => void source.refetch()} />;
  const s = source.data;
  const roleParam = params.get('role');

  return (
    <PageContainer title={t('mhSource.check.title')} subtitle={`${s.name} · ${s.enterpriseName}`}>
      {saved ? (
        <Saved
          source={s}
          check={saved}
          onAnother={() => {
            setSaved(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <CheckForm key={round} source={s} initialRole={isRole(roleParam) ? roleParam : defaultRole(s)} onSaved={setSaved} />
      )}
    </PageContainer>
  );
}
