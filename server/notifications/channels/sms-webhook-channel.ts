import type { NotificationChannel } from './channel.ts';

export interface SmsWebhookOptions {
  /** The SMS gateway's endpoint; receives POST application/json. */
  url: string;
  /** One header sent with every request, typically the gateway's token: ["Authorization", "Bearer …"]. */
  header: readonly [string, string] | undefined;
  timeoutMs: number;
}

/**
 * SMS through a generic HTTP gateway: `POST {url}` with `{"to", "text", "kind", "deliveryId"}`. Any 2xx is
 * accepted; anything else, a timeout or a refused connection is a failure to retry. `deliveryId` is the same on
 * every retry, so a gateway can drop a duplicate.
 */
export function smsWebhookChannel({ url, header, timeoutMs }: SmsWebhookOptions): NotificationChannel {
  return {
    name: 'sms',
    async send(message) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...(header && { [header[0]]: header[1] }) },
        body: JSON.stringify({ to: message.to, text: message.short, kind: message.kind, deliveryId: message.id }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await res.text().catch(() => '');
      if (!res.ok) throw new Error(`HTTP ${res.status}${body ? `: ${body.slice(0, 200)}` : ''}`);
    },
  };
}
