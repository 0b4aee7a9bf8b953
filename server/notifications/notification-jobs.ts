import type { ScheduledJob } from '../scheduler/scheduler.ts';
import type { NotificationChannel } from './channels/channel.ts';
import { deliverNotifications, fanOutNotifications } from './notification-outbox.ts';

/**
 * `deliver-notifications` (every 15 s): fan new notifications out to deliveries, then send the due ones. It runs
 * with no channel configured too, marking notifications dispatched, so turning a channel on later never mails
 * the past.
 */
export const notificationJobs = (channels: readonly NotificationChannel[], publicUrl: string | undefined): readonly ScheduledJob[] => [
  {
    name: 'deliver-notifications',
    everyMs: 15_000,
    run: async (db, now) => ({
      fanOut: await fanOutNotifications(db, channels.map((c) => c.name), now),
      delivered: await deliverNotifications(db, channels, now, { publicUrl }),
    }),
  },
];
