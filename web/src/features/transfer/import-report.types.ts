/** The report of a workbook import (core/shared/import-report.ts), as the web reads it. */
export type { ImportReport, ImportRowResult, ImportProblem } from '../../../../core/shared/import-report.ts';
