import type { Selectable } from 'kysely';
import type { Hazard, HazardDetail, HazardTimelineEntry } from '../../core/hazards/hazard-view.schema.ts';
import { hazardCategorySchema, hazardSourceSchema, type LegalBasis } from '../../core/hazards/hazard.schema.ts';
import type { HazardAction } from '../../core/hazards/hazard-transition.schema.ts';
import type { HazardState } from '../../core/hazards/hazard-state.ts';
import { isOverdue } from '../../core/hazards/overdue.ts';
import type { HazardEventsTable } from '../db/schema.ts';
import { photoUrl } from '../photos/photo.service.ts';
import type { HazardRow } from './hazard.repository.ts';
import { stateOf } from './hazard-state.mapper.ts';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentHazard(row: HazardRow, now: Date): Hazard {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    regionCode: row.region_path.at(-1) ?? row.district_code,
    title: row.title,
    description: row.description,
    location: row.location,
    source: hazardSourceSchema.parse(row.source),
    category: hazardCategorySchema.parse(row.category),
    grade: row.grade as Hazard['grade'],
    status: row.status as Hazard['status'],
    foundAt: iso(row.found_at),
    deadline: isoOrNull(row.deadline),
    closedAt: isoOrNull(row.closed_at),
    overdue: isOverdue({ status: row.status as Hazard['status'], deadline: row.deadline }, now),
    supervised: row.supervised,
    legalBasis: row.legal_basis as LegalBasis,
    checklistItemId: row.checklist_item_id,
    reportedBy: { id: row.reported_by, name: row.reported_by_name },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function presentEvent(e: Selectable<HazardEventsTable>): HazardTimelineEntry {
  return {
    id: e.id,
    at: iso(e.at),
    actorId: e.actor_id,
    actorName: e.actor_name,
    action: e.action as HazardTimelineEntry['action'],
    fromStatus: (e.from_status as HazardTimelineEntry['fromStatus']) ?? null,
    toStatus: e.to_status as HazardTimelineEntry['toStatus'],
    body: e.body,
    deadlineFrom: isoOrNull(e.deadline_from),
    deadlineTo: isoOrNull(e.deadline_to),
  };
}

export function presentHazardDetail(
  row: HazardRow,
  events: Selectable<HazardEventsTable>[],
  photos: { id: string; content_type: string; kind: string }[],
  allowedActions: HazardAction[],
  now: Date,
): HazardDetail {
  const s: HazardState = stateOf(row);
  return {
    ...presentHazard(row, now),
    rectification: s.rectification ? { ...s.rectification, deadline: iso(s.rectification.deadline) } : null,
    governancePlan: s.governancePlan ?? null,
    supervision: s.supervision
      ? { ...s.supervision, documentNo: s.supervision.documentNo ?? null, deadline: iso(s.supervision.deadline), listedAt: iso(s.supervision.listedAt) }
      : null,
    extensions: s.extensions.map((x) => ({
      id: x.id,
      requestedBy: x.requestedBy,
      requestedAt: iso(x.requestedAt),
      requestedDeadline: iso(x.requestedDeadline),
      previousDeadline: iso(x.previousDeadline),
      reason: x.reason,
      decision: x.decision ? { by: x.decision.by, at: iso(x.decision.at), granted: x.decision.granted, comment: x.decision.comment ?? null } : null,
    })),
    photos: photos.map((p) => ({ id: p.id, kind: p.kind as 'finding', contentType: p.content_type, url: photoUrl(p.id) })),
    timeline: events.map(presentEvent),
    allowedActions,
  };
}
