import nodemailer from 'nodemailer';
import type { NotificationChannel } from './channel.ts';

export interface EmailChannelOptions {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  url: string;
  /** The From header, e.g. "安全生产信息平台 <noreply@anquan.example.gov.cn>". */
  from: string;
  timeoutMs: number;
}

/** E-mail through an SMTP relay (nodemailer): UTF-8 subject and plain-text body. */
export function emailChannel({ url, from, timeoutMs }: EmailChannelOptions): NotificationChannel {
  const transport = nodemailer.createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs }, { from });
  return {
    name: 'email',
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'X-Anquan-Delivery': String(message.id), 'X-Anquan-Kind': message.kind },
      });
    },
    async close() {
      transport.close();
    },
  };
}
