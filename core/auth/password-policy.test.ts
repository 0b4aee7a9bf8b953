import { describe, expect, it } from 'vitest';
import { effectiveLength, normalisePassword, passwordProblems, PASSWORD_MAX_LENGTH } from './password-policy.ts';

const context = { username: 'zhang.wei', displayName: '张伟' };

/** [password, the problem expected (a fragment of the message), or null when accepted]. */
const cases: [string, string | null][] = [
  // The examples.
  ['aaaaaaaa', 'too predictable'],
  ['12345678', 'too common'],
  ['password', 'too common'],
  ['zhang.wei1', 'must not contain the username'],
  // Length (§5.1.1.2: at least 8, counted in characters after NFKC).
  ['Kx7#qLm', 'at least 8 characters'],
  ['Kx7#qLm2', null],
  ['x'.repeat(PASSWORD_MAX_LENGTH + 1), 'at most 128 characters'],
  ['汉字口令真难猜啊', null],
  ['汉字口令真难猜', 'at least 8 characters'],
  // Breach list, compared without case.
  ['PASSWORD1', 'too common'],
  ['iloveyou', 'too common'],
  ['1qaz2wsx', 'too common'],
  ['P@ssw0rd', 'too common'],
  // Repetitive or sequential (§5.1.1.2 "repetitive or sequential characters").
  ['abcdefgh', 'too predictable'],
  ['87654321', 'too predictable'],
  ['1234abcd', 'too common'],
  ['mnop4567', 'too predictable'],
  ['kkkk9999', 'too predictable'],
  ['zzzzzzzzzzzzzzzz9', 'too predictable'],
  ['abababab', 'too predictable'],
  ['xyzxyzxyz', 'too predictable'],
  ['wordword', 'too predictable'],
  ['qwertyuiop[]', 'too predictable'],
  ['asdfghjkl;', 'too predictable'],
  // Context: username, display name, the platform's name.
  ['My-ZHANG.WEI-key', 'must not contain the username'],
  ['张伟的钥匙2026!', 'must not contain the display name'],
  ['anquan2026!', "platform's name"],
  ['AnQuan-Chengdu', "platform's name"],
  // Accepted: no composition rules, spaces and Unicode allowed.
  ['Demo@2026', null],
  ['correct horse battery staple', null],
  ['alllowercaseletters', null],
  ['Tr0ub4dor&3', null],
  ['Passw0rd!test', null],
  ['成都 东门 大桥 2026', null],
  // Control characters and lone surrogates.
  ['abc\u0000defgh', 'control characters'],
  ['abcdefg\ud800x', 'unpaired surrogates'],
];

describe('passwordProblems (NIST SP 800-63B §5.1.1.2)', () => {
  it.each(cases)('%j → %s', (password, expected) => {
    const problems = passwordProblems(password, context);
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join('; ')).toContain(expected);
  });

  it('counts characters after NFKC: full-width digits from a Chinese input method are the same password', () => {
    expect(normalisePassword('Demo＠２０２６')).toBe('Demo@2026');
    expect(passwordProblems('１２３４５６７８')).toEqual([expect.stringContaining('too common')]);
  });

  it('counts an astral character as one character', () => {
    expect(passwordProblems('𠀀𠀁𠀂𠀃𠀄𠀅𠀆')).toEqual(['must be at least 8 characters']);
  });

  it('ignores a display name too short to be specific', () => {
    expect(passwordProblems('Li-Kx7#qLm2', { displayName: 'Li' })).toEqual([]);
  });
});

describe('effectiveLength', () => {
  it.each([
    ['aaaaaaaa', 1],
    ['12345678', 1],
    ['1234abcd', 2],
    ['abcddcba', 2],
    ['Demo@2026', 9],
    ['aabcd', 2],
    ['qwer', 1],
  ] as const)('%s → %d', (password, n) => expect(effectiveLength(password)).toBe(n));
});
