import type { ChannelName } from '../../../core/notifications/notification-preferences.ts';
import type { RenderedMessage } from '../../../core/notifications/notification-message.ts';

/** One message to one address on one channel; `id` is the delivery's, stable across retries. */
export interface OutgoingMessage extends RenderedMessage {
  id: number;
  to: string;
  kind: string;
}

/**
 * A way out of the platform (docs/adr/0039): `send` resolves when the channel accepted the message and rejects
 * with the reason otherwise. It must give up within its own timeout: the delivery job waits for it.
 */
export interface NotificationChannel {
  readonly name: ChannelName;
  send(message: OutgoingMessage): Promise<void>;
  close?(): Promise<void>;
}
