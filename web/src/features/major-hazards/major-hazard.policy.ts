import { sourceWriters } from '../../../../core/major-hazards/major-hazard-source.schema.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** The server's sourceWriters (core/major-hazards/major-hazard-source.schema.ts): register, change, record checks. */
export const canWriteSources = (user: SessionUser) => sourceWriters.includes(user.role);
