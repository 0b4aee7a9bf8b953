import { cityDateOf } from '../shared/city-time.ts';

/**
 * 事故编号: "事故-2026-0001". One series per city and year; the year is the accident's civil year in
 * Asia/Shanghai (the year its statistics count it in, so a historical record imported today is numbered in its
 * own year), the serial the order in which the platform recorded the accidents of that year (docs/adr/0046).
 * Four digits at least; a year with more than 9,999 accidents simply has longer numbers.
 */
export function accidentNumber(year: number, serial: number): string {
  return `事故-${year}-${String(serial).padStart(4, '0')}`;
}

/** The numbering year of an accident: its civil year in the city. */
export const accidentNumberYear = (occurredAt: Date): number => cityDateOf(occurredAt).year;

/** A search word that is an accident number (the list's `q` then finds it by the number's index). */
export const ACCIDENT_NUMBER_PATTERN = /^事故-\d{4}-\d{4,}$/;
