import dayjs from 'dayjs';

/** The app's one date-time format (as the enterprise and inspection screens show it). */
export const formatTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** To the second, where events come seconds apart (partner calls, audit events). */
export const formatSeconds = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
