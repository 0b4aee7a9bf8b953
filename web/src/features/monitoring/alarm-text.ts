import type { TFunction } from 'i18next';
import type { AlarmFacts } from '../../../../core/monitoring/alarm.schema.ts';
import { alarmTextParts } from '../../../../core/monitoring/alarm-wording.ts';
import './alarm-text.texts.ts';

export type { AlarmFacts };
export { alarmTextParts, formatQuantity } from '../../../../core/monitoring/alarm-wording.ts';

/**
 * The alarm's one-line text in the current language (e.g. "预警：当前 0.8 %CH4，预计 3 分钟内达到 1 %CH4"),
 * from its fields — never from the server's English `message`.
 */
export function alarmText(t: TFunction, alarm: AlarmFacts): string {
  const { key, values } = alarmTextParts(alarm);
  return t(`alarmText.${key}`, values);
}
