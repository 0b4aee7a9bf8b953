import { alarmsBlockingClosure } from '../../core/monitoring/hazard-bridge.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';

/**
 * A hazard opened from an alarm cannot be closed (销号) while that alarm is active or acknowledged — the condition
 * is still there (core/monitoring/hazard-bridge.ts alarmsBlockingClosure; 16号令 Art. 10). Called by the hazard
 * lifecycle (server/hazards/hazard.service.ts) inside its transaction, before a step that closes.
 */
export async function refuseClosingWhileAlarmActive(db: Db, hazardId: string): Promise<void> {
  const alarms = await db.selectFrom('alarms').select(['id', 'status']).where('hazard_id', '=', hazardId).execute();
  const blocking = alarmsBlockingClosure(alarms as { id: string; status: 'active' | 'acknowledged' | 'cleared' }[]);
  if (blocking.length > 0) {
    throw new AppError('INVALID_TRANSITION', 'This hazard came from a monitoring alarm that is still active: it can be closed once the alarm has cleared', [
      { path: 'alarms', message: blocking.join(', '), reason: 'alarm_active' },
    ]);
  }
}
