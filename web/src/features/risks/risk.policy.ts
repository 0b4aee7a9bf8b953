import { riskWriters } from '../../../../core/risks/risk-point.schema.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** The server's riskWriters (core/risks/risk-point.schema.ts): register, change, review, deactivate, delete. */
export const canWriteRisks = (user: SessionUser) => riskWriters.includes(user.role);
