import type { SessionUser } from '../../app/session.types.ts';

/** Mirrors server/risks/risk.routes.ts riskWriters: inspectors read only. */
export const canWriteRisks = (user: SessionUser) => user.role !== 'inspector';
