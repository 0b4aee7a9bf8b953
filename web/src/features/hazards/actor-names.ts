import type { HazardTimelineEntry } from './hazard.types.ts';

/**
 * Who did something, by name. `supervision.listedBy`, `extensions[].requestedBy` and `decision.by` may carry
 * the user's id; the timeline knows each actor's id and name, so ids are shown as names and names pass through.
 */
export function actorNamesFrom(timeline: readonly HazardTimelineEntry[]): (who: string) => string {
  const names = new Map<string, string>();
  for (const entry of timeline) if (entry.actorId) names.set(entry.actorId, entry.actorName);
  return (who) => names.get(who) ?? who;
}
