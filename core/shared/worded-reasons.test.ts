import { describe, expect, it } from 'vitest';
import { wordedReason } from './worded-reasons.ts';

describe('the reasons of problems that rules word themselves', () => {
  it.each([
    ['is too common: it is on a list of passwords seen in breaches', { reason: 'password_common' }],
    ['is too predictable: it repeats or runs through characters (such as aaaaaaaa)', { reason: 'password_predictable' }],
    ['must not contain the username', { reason: 'password_username' }],
    ["must not contain the platform's name (anquan)", { reason: 'password_service_word', params: { word: 'anquan' } }],
    ['must be at least 8 characters', { reason: 'too_short', params: { count: 8, unit: 'characters' } }],
    ['unknown region code 510199', { reason: 'unknown_region', params: { code: '510199' } }],
    ['unknown GB/T 4754-2017 code 9999', { reason: 'unknown_industry', params: { code: '9999' } }],
    ['has no item for the industry 2614 of your enterprise', { reason: 'checklist_not_for_industry', params: { industries: '2614' } }],
    ['the checklist has no item for its industry 3311', { reason: 'checklist_not_for_industry', params: { industries: '3311' } }],
    ['must not be before the last review (2026-11-02)', { reason: 'not_before_last_review', params: { date: '2026-11-02' } }],
    ['must name at least 2 enforcement officers with their certificate numbers', { reason: 'min_officers', params: { count: 2 } }],
    ['is required when deaths go down (from 2 to 1)', { reason: 'required' }],
    ['is deactivated', { reason: 'inactive' }],
    ['CAS 9004-70-0 is shared by Table 1 row 33 硝化纤维素; row 34 硝化纤维素: give the row', { reason: 'ambiguous_substance', params: { rows: '#33 硝化纤维素; #34 硝化纤维素' } }],
  ])('%s', (message, reason) => {
    expect(wordedReason(message)).toEqual(reason);
  });

  it('knows nothing of words it was not given', () => {
    expect(wordedReason('is a colour nobody has named')).toBeUndefined();
  });
});
