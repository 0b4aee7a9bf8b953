import type { Config } from '../../config/config.ts';
import type { NotificationChannel } from './channel.ts';
import { emailChannel } from './email-channel.ts';
import { smsWebhookChannel } from './sms-webhook-channel.ts';

/** The channels the configuration turns on (none by default). */
export function channelsFrom(config: Config['notifications']): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (config.smtp) channels.push(emailChannel({ ...config.smtp, timeoutMs: config.timeoutMs }));
  if (config.smsWebhook) channels.push(smsWebhookChannel({ ...config.smsWebhook, timeoutMs: config.timeoutMs }));
  return channels;
}
