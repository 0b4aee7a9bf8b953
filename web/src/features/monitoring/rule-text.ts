import type { SensorRule } from './monitoring.types.ts';

export interface RulePart {
  key: 'high' | 'low' | 'powerOff' | 'rateRise' | 'rateFall' | 'stale' | 'staleDefault' | 'forecast';
  values: Record<string, string | number>;
}

/** What each rule says, as i18n keys with values (`monitoring.rules.*`). */
export function describeRules(rules: readonly SensorRule[]): RulePart[] {
  const parts: RulePart[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'threshold':
        for (const level of rule.levels) {
          parts.push({ key: rule.direction, values: { at: level.at, label: level.label ?? '', severity: level.severity } });
        }
        break;
      case 'power_off':
        parts.push({ key: 'powerOff', values: { at: rule.powerOffAt, restore: rule.restoreBelow } });
        break;
      case 'rate_of_change':
        if (rule.maxRisePerMinute) parts.push({ key: 'rateRise', values: { rate: rule.maxRisePerMinute } });
        if (rule.maxFallPerMinute) parts.push({ key: 'rateFall', values: { rate: rule.maxFallPerMinute } });
        break;
      case 'stale':
        parts.push(rule.afterSec ? { key: 'stale', values: { seconds: rule.afterSec } } : { key: 'staleDefault', values: {} });
        break;
      case 'forecast':
        parts.push({ key: 'forecast', values: { at: rule.level, minutes: Math.round(rule.horizonSec / 60) } });
        break;
    }
  }
  return parts;
}
