import type { Role } from '../organisations/roles.ts';
import { departmentIsAbove, type Scope } from '../organisations/scope.ts';

/**
 * 双随机一公开 (国办发〔2015〕58号): inspections drawn at random are unannounced, and the draw and its results are
 * made public (一公开) — after the fact. Until a draw is published only its department and those above it see it,
 * so that no drawn enterprise learns of the inspection before the inspectors arrive (docs/adr/0032).
 */

export interface DrawViewer {
  role: Role;
  scope: Scope;
  departmentId: string | null;
}

export interface DrawOwner {
  /** The drawing department's scope (`scopeOf` of a regulator of that department). */
  departmentScope: Extract<Scope, { kind: 'department' }>;
  publishedAt: Date | string | null;
}

/**
 * Who reads a draw: everyone, signed in or not, once it is published; before, the administrator, the drawing
 * department's officers and the officers of a department above it (`departmentIsAbove`). Experts and
 * enterprises, though experts read the whole city, are neither.
 */
export function mayReadDraw(viewer: DrawViewer | null, draw: DrawOwner): boolean {
  if (draw.publishedAt !== null) return true;
  if (!viewer) return false;
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'regulator':
    case 'inspector':
      return (
        viewer.scope.kind === 'department' &&
        (viewer.scope.departmentId === draw.departmentScope.departmentId || departmentIsAbove(viewer.scope, draw.departmentScope))
      );
    case 'expert':
    case 'enterprise':
      return false;
  }
}

/** Publishing is the drawing department's act (its regulators and inspectors); a published draw stays published. */
export function mayPublishDraw(viewer: Pick<DrawViewer, 'role' | 'departmentId'>, draw: { departmentId: string }): boolean {
  return (viewer.role === 'regulator' || viewer.role === 'inspector') && viewer.departmentId === draw.departmentId;
}

/** The draw is done — and published without anyone's act — when every drawn enterprise has been inspected under it. */
export function allDrawnInspected(drawnEnterpriseIds: readonly string[], inspectedEnterpriseIds: Iterable<string>): boolean {
  const inspected = new Set(inspectedEnterpriseIds);
  return drawnEnterpriseIds.every((id) => inspected.has(id));
}
