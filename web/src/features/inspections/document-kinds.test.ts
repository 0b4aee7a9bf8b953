import { describe, expect, it } from 'vitest';
import { issuableKinds } from './document-kinds.ts';
import type { InspectionDetail } from './inspection.types.ts';

const finding = { id: 'f1' } as InspectionDetail['findings'][number];
const issued = (kind: InspectionDetail['documents'][number]['kind']) => ({ kind }) as InspectionDetail['documents'][number];

describe('issuableKinds', () => {
  it('offers a record and an order after an inspection with findings', () => {
    expect(issuableKinds({ kind: 'inspection', findings: [finding], documents: [] })).toEqual(['inspection_record', 'rectification_order']);
  });

  it('offers no order when nothing was found, and an opinion after a re-inspection', () => {
    expect(issuableKinds({ kind: 'inspection', findings: [], documents: [] })).toEqual(['inspection_record']);
    expect(issuableKinds({ kind: 're_inspection', findings: [], documents: [] })).toEqual(['inspection_record', 'reinspection_opinion']);
  });

  it('does not offer a kind already issued (a correction is made from the document itself)', () => {
    expect(issuableKinds({ kind: 'inspection', findings: [finding], documents: [issued('rectification_order')] })).toEqual(['inspection_record']);
  });
});
