/**
 * Row types of the database, as Kysely sees them: one file per domain under schema/, kept in step with
 * server/db/migrations. A new domain adds its file, its `…Tables` interface, and one line below.
 */
import type { OrganisationTables } from './schema/organisations.ts';
import type { AuditTables } from './schema/audit.ts';
import type { PlatformTables } from './schema/platform.ts';
import type { HazardTables } from './schema/hazards.ts';
import type { InvestigationTables } from './schema/investigations.ts';
import type { InspectionTables } from './schema/inspections.ts';
import type { ExpertTables } from './schema/experts.ts';
import type { RiskTables } from './schema/risks.ts';
import type { MonitoringTables } from './schema/monitoring.ts';
import type { AlarmTables } from './schema/alarms.ts';
import type { AccidentTables } from './schema/accidents.ts';
import type { PartnerTables } from './schema/partners.ts';
import type { CalendarTables } from './schema/calendar.ts';
import type { LawTables } from './schema/laws.ts';
import type { EnforcementTables } from './schema/enforcement.ts';

export type * from './schema/organisations.ts';
export type * from './schema/audit.ts';
export type * from './schema/platform.ts';
export type * from './schema/hazards.ts';
export type * from './schema/investigations.ts';
export type * from './schema/inspections.ts';
export type * from './schema/experts.ts';
export type * from './schema/risks.ts';
export type * from './schema/monitoring.ts';
export type * from './schema/alarms.ts';
export type * from './schema/accidents.ts';
export type * from './schema/partners.ts';
export type * from './schema/calendar.ts';
export type * from './schema/laws.ts';
export type * from './schema/enforcement.ts';

export interface Database
  extends OrganisationTables,
    AuditTables,
    PlatformTables,
    HazardTables,
    InvestigationTables,
    InspectionTables,
    ExpertTables,
    RiskTables,
    MonitoringTables,
    AlarmTables,
    AccidentTables,
    PartnerTables,
    CalendarTables,
    LawTables,
    EnforcementTables {}
