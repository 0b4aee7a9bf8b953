import type { SessionUser } from '../../app/session.types.ts';

/** Mirrors the server's `accidentReporters`: enterprises and the regulators who receive reports. */
export const canReportAccident = (user: SessionUser) => user.role === 'enterprise' || user.role === 'regulator' || user.role === 'inspector';

/** The cockpit is the regulators' and experts' screen (GET /api/v1/cockpit). */
export const canSeeCockpit = (user: SessionUser) => user.role !== 'enterprise';
