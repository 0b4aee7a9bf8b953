import { DatePicker, Flex, Grid, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';

interface DateTimePickerProps {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  disabledDate?: (day: Dayjs) => boolean;
  /** The time a newly picked date gets on a phone, where date and time are picked apart. */
  defaultTime?: { hour: number; minute: number };
  disabled?: boolean;
}

const FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * A date and a time to the minute. On a wide screen one picker with both panels; on a phone (the panels
 * together are wider than 360 px) a date picker and a time picker side by side.
 */
export function DateTimePicker({ id, value, onChange, disabledDate, defaultTime = { hour: 0, minute: 0 }, disabled }: DateTimePickerProps) {
  const screens = Grid.useBreakpoint();
  if (screens.sm !== false) {
    return (
      <DatePicker
        id={id}
        value={value}
        onChange={(next) => onChange?.(next)}
        showTime={{ format: 'HH:mm' }}
        format={FORMAT}
        disabledDate={disabledDate}
        disabled={disabled}
        style={{ width: '100%' }}
      />
    );
  }
  return (
    <Flex gap={8} style={{ width: '100%' }}>
      <DatePicker
        id={id}
        value={value}
        onChange={(day) => {
          if (!day) return onChange?.(null);
          const time = value ?? day.hour(defaultTime.hour).minute(defaultTime.minute);
          onChange?.(day.hour(time.hour()).minute(time.minute()).second(0));
        }}
        disabledDate={disabledDate}
        disabled={disabled}
        inputReadOnly
        allowClear={false}
        style={{ flex: 1, minWidth: 0 }}
      />
      <TimePicker
        value={value}
        onChange={(time) => {
          if (!time || !value) return;
          onChange?.(value.hour(time.hour()).minute(time.minute()).second(0));
        }}
        format="HH:mm"
        disabled={disabled || !value}
        inputReadOnly
        allowClear={false}
        needConfirm={false}
        style={{ width: 92, flex: 'none' }}
      />
    </Flex>
  );
}
