import { z } from 'zod';

/**
 * Who wants which notification on which channel (issue 13, "per-user preferences by event type"). The in-app
 * notification always exists; these say whether it also leaves the browser, by e-mail or by SMS.
 */

/** Channels beyond the browser. */
export const channelSchema = z.enum(['email', 'sms']);
export type ChannelName = z.infer<typeof channelSchema>;
export const CHANNELS: readonly ChannelName[] = channelSchema.options;

/** Kinds of notification the platform writes (server/hazards/hazard-escalation.job.ts, server/monitoring/alarm-escalation.job.ts). */
export const notificationKindSchema = z.enum(['hazard_overdue', 'alarm_escalated', 'alarm_reminder']);
export type NotificationKind = z.infer<typeof notificationKindSchema>;
export const NOTIFICATION_KINDS: readonly NotificationKind[] = notificationKindSchema.options;

/**
 * What a user gets when they have not chosen: every escalation by e-mail; by SMS only an alarm climbing the
 * ladder, the one that cannot wait for a mailbox. Reminders of an unacknowledged alarm come every few minutes
 * (ANQUAN_ALARM_LADDER) and stay in the browser unless the user asks for them. [L] a default, not law.
 */
const DEFAULTS: Record<NotificationKind, Record<ChannelName, boolean>> = {
  hazard_overdue: { email: true, sms: false },
  alarm_escalated: { email: true, sms: true },
  alarm_reminder: { email: false, sms: false },
};

export function defaultPreference(kind: NotificationKind, channel: ChannelName): boolean {
  return DEFAULTS[kind][channel];
}

/** Whether a notification of `kind` goes out on `channel`, given the user's own choice when they made one. */
export function wantsChannel(kind: string, channel: ChannelName, chosen: boolean | undefined): boolean {
  if (chosen !== undefined) return chosen;
  const parsed = notificationKindSchema.safeParse(kind);
  return parsed.success ? defaultPreference(parsed.data, channel) : false;
}

export const preferenceSchema = z.strictObject({
  kind: notificationKindSchema,
  channel: channelSchema,
  enabled: z.boolean(),
});
export type Preference = z.infer<typeof preferenceSchema>;

/** A mailbox (RFC 5321 length limit; the shape browsers accept for type=email). */
export const emailAddressSchema = z.email({ message: 'must be an e-mail address' }).max(254);

/** A mobile number as an SMS gateway takes it: digits with an optional leading + (E.164 allows 15 digits). */
export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{5,15}$/, 'must be a phone number: 5 to 15 digits, optionally starting with +');

/** The signed-in user's contact addresses and every kind × channel, defaults filled in. */
export const notificationSettingsSchema = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Channels the platform is configured to send on (ANQUAN_SMTP_URL, ANQUAN_SMS_WEBHOOK_URL). */
  availableChannels: z.array(channelSchema),
  preferences: z.array(preferenceSchema.extend({ isDefault: z.boolean() })),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** PUT: contact addresses (null clears one; left out keeps it) and any preferences to set. */
export const notificationSettingsUpdateSchema = z.strictObject({
  email: emailAddressSchema.nullable().optional(),
  phone: phoneNumberSchema.nullable().optional(),
  preferences: z
    .array(preferenceSchema)
    .max(NOTIFICATION_KINDS.length * CHANNELS.length)
    .refine((list) => new Set(list.map((p) => `${p.kind}/${p.channel}`)).size === list.length, 'must name each kind and channel once')
    .optional(),
});
export type NotificationSettingsUpdate = z.infer<typeof notificationSettingsUpdateSchema>;
