import { DatePicker, Flex, Grid, Select, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateTimePicker } from './date-time-picker.tsx';
import { cityWallClock, endOfCityDay, formatCityTime, instantOfCityWallClock, toCityDate, toCityDateTime } from './hazard-time.ts';

/**
 * A deadline as the API takes it (core/shared/deadline.ts): a city date, meaning the end of that day in
 * Asia/Shanghai, or an exact city date-time.
 */
export interface DeadlineValue {
  kind: 'date' | 'time';
  value: Dayjs | null;
}

export const EMPTY_DEADLINE: DeadlineValue = { kind: 'date', value: null };

/** The instant the server will store, or null when nothing is chosen. */
export function deadlineInstant(deadline: DeadlineValue | undefined): Date | null {
  if (!deadline?.value) return null;
  return deadline.kind === 'date' ? endOfCityDay(deadline.value) : instantOfCityWallClock(deadline.value);
}

/** `2026-03-31` (end of that day) or `2026-03-31T17:00:00+08:00`. */
export function deadlineForApi(deadline: DeadlineValue | undefined): string | undefined {
  if (!deadline?.value) return undefined;
  return deadline.kind === 'date' ? toCityDate(deadline.value) : toCityDateTime(deadline.value.second(0));
}

interface DeadlineRuleOptions {
  required: boolean;
  requiredMessage: string;
  /** Not before this instant (the time found). */
  notBefore?: Date;
  /** Not after this instant (a deadline set by supervision). */
  notAfter?: Date;
  /** Strictly after this instant (the deadline an extension moves). */
  after?: Date;
}

export function deadlineRules(t: TFunction, options: DeadlineRuleOptions): FormRule[] {
  return [
    {
      validator: async (_rule, value: DeadlineValue | undefined) => {
        const instant = deadlineInstant(value);
        if (!instant) {
          if (options.required) throw new Error(options.requiredMessage);
          return;
        }
        const { notBefore, notAfter, after } = options;
        if (notBefore && instant < notBefore) {
          throw new Error(t('hazard.validation.deadlineBeforeFound', { foundAt: formatCityTime(notBefore.toISOString()) }));
        }
        if (notAfter && instant > notAfter) {
          throw new Error(t('hazard.validation.deadlineAfterSupervision', { deadline: formatCityTime(notAfter.toISOString()) }));
        }
        if (after && instant <= after) {
          throw new Error(t('hazard.validation.requestedDeadlineNotLater', { deadline: formatCityTime(after.toISOString()) }));
        }
      },
    },
  ];
}

interface DeadlineInputProps {
  id?: string;
  value?: DeadlineValue;
  onChange?: (value: DeadlineValue) => void;
  /** Days before this instant's city date cannot be picked. */
  earliest?: Date;
  disabled?: boolean;
}

export function DeadlineInput({ id, value = EMPTY_DEADLINE, onChange, earliest, disabled }: DeadlineInputProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const firstDay = earliest ? cityWallClock(earliest).startOf('day') : undefined;
  const disabledDate = firstDay ? (day: Dayjs) => day.isBefore(firstDay, 'day') : undefined;
  return (
    <Flex gap={8} vertical={phone && value.kind === 'time'} style={{ width: '100%' }}>
      <Select
        value={value.kind}
        disabled={disabled}
        aria-label={t('hazard.actionForm.deadlineKind')}
        onChange={(kind: DeadlineValue['kind']) => onChange?.({ kind, value: value.value })}
        options={[
          { value: 'date', label: t('hazard.actionForm.deadlineByDate') },
          { value: 'time', label: t('hazard.actionForm.deadlineByTime') },
        ]}
        popupMatchSelectWidth={false}
        style={{ width: phone && value.kind === 'time' ? '100%' : 112, flex: 'none' }}
      />
      {value.kind === 'time' ? (
        <DateTimePicker
          id={id}
          value={value.value}
          disabled={disabled}
          onChange={(next) => onChange?.({ kind: 'time', value: next })}
          disabledDate={disabledDate}
          defaultTime={{ hour: 23, minute: 59 }}
        />
      ) : (
        <DatePicker
          id={id}
          value={value.value}
          disabled={disabled}
          onChange={(next) => onChange?.({ kind: 'date', value: next })}
          disabledDate={disabledDate}
          inputReadOnly={phone}
          style={{ flex: 1, minWidth: 0 }}
        />
      )}
    </Flex>
  );
}
