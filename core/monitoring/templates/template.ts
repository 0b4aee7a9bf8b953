import { z } from 'zod';
import { alarmSeveritySchema, sensorKindSchema, type SensorKind, type SensorRule } from '../sensor-rules.ts';

/** domain-rules §0 confidence tags: [H] seen verbatim, [M] secondary sources, [L] unconfirmed (configuration). */
export type Confidence = 'H' | 'M' | 'L';

/**
 * A rule template (issue 4 "Rule templates"): the regulation's figures for one monitoring point, cited, and the
 * rules they expand to. `name` is the location name as the regulation writes it. Values a point must supply
 * itself (tank limits, a gas's OEL) are `params`; the others are fixed by the template.
 */
/** One level; `at` null → the point's `params[param] × (factor ?? 1)`. */
export interface TemplateLevel {
  direction: 'high' | 'low';
  severity: z.infer<typeof alarmSeveritySchema>;
  at: number | null;
  label: string;
  param?: string;
  factor?: number;
}

export interface SensorTemplate {
  id: string;
  name: string;
  kind: SensorKind;
  unit: string;
  /** The first alarm level of a high limit (level 1 / H / 报警浓度), null when the point supplies it. */
  alarmAt: number | null;
  /** 断电浓度 (coal methane), null without a power-off. */
  powerOffAt: number | null;
  /** 复电浓度: power returns at the first reading below it. */
  restoreBelow: number | null;
  /** A low limit (O₂ deficiency, minimum air velocity), when there is one. */
  lowAlarmAt: number | null;
  /** Every threshold level, in the engine's terms. */
  levels: TemplateLevel[];
  /** 断电范围: what the power-off cuts. */
  powerOffScope: string | null;
  confidence: Confidence;
  /** Regulation or standard, article or table. */
  source: string;
  /** The edition the figures come from. */
  edition: string;
  note: string | null;
  /** Values each sensor supplies in `templateParams`. */
  params: string[];
}

export const sensorTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: sensorKindSchema,
  unit: z.string(),
  alarmAt: z.number().nullable(),
  powerOffAt: z.number().nullable(),
  restoreBelow: z.number().nullable(),
  lowAlarmAt: z.number().nullable(),
  levels: z.array(
    z.object({ direction: z.enum(['high', 'low']), severity: alarmSeveritySchema, at: z.number().nullable(), label: z.string(), param: z.string().optional(), factor: z.number().optional() }),
  ),
  powerOffScope: z.string().nullable(),
  confidence: z.enum(['H', 'M', 'L']),
  source: z.string(),
  edition: z.string(),
  note: z.string().nullable(),
  params: z.array(z.string()),
});

export type TemplateParams = Record<string, number>;

/** Rules of a template, or the problems with the params given (path = the param's name). */
export type Expansion = { ok: true; rules: SensorRule[] } | { ok: false; problems: { path: string; message: string }[] };

/** Every template ends with a stale rule: no reading for 3 × expectedIntervalSec (domain-rules §5.3/§6.3 [L]). */
export const STALE_RULE: SensorRule = { kind: 'stale', severity: 'warning' };
