import { describe, expect, it } from 'vitest';
import { formatCitation, formatCitationEn, matchLaw, parseArticleText, parseCitationText, parseLegalBasis, type CatalogueEntry } from './citation.ts';
import { citationSchema, type Citation } from './law.schema.ts';

const spl = { shortTitle: '安全生产法', titleEn: 'Work Safety Law' };
const c = (article: Citation['article'], paragraph?: number, item?: number): Citation => ({
  lawId: 'work-safety-law',
  article,
  ...(paragraph !== undefined ? { paragraph } : {}),
  ...(item !== undefined ? { item } : {}),
});

describe('formatCitation (Chinese: 条 / 款 / 项 in Chinese numerals)', () => {
  it.each([
    [c(1), '《安全生产法》第一条'],
    [c(10), '《安全生产法》第十条'],
    [c(11), '《安全生产法》第十一条'],
    [c(20), '《安全生产法》第二十条'],
    [c(100), '《安全生产法》第一百条'],
    [c(102), '《安全生产法》第一百零二条'],
    [c(110), '《安全生产法》第一百一十条'],
    [c(1000), '《安全生产法》第一千条'],
    [c(102, 1), '《安全生产法》第一百零二条第一款'],
    [c(102, 1, 3), '《安全生产法》第一百零二条第一款第三项'],
    [c(97, undefined, 4), '《安全生产法》第九十七条第四项'],
    [c(102, 11, 20), '《安全生产法》第一百零二条第十一款第二十项'],
  ])('%j → %s', (citation, text) => {
    expect(formatCitation(citation, spl)).toBe(text);
  });

  it('keeps a standard’s clause in digits', () => {
    expect(formatCitation({ lawId: 'gb-18218-2018', article: '4.2.2' }, { shortTitle: '危险化学品重大危险源辨识' })).toBe('《危险化学品重大危险源辨识》4.2.2');
  });
});

describe('formatCitationEn (English screens)', () => {
  it.each([
    [c(102), 'Work Safety Law, Art. 102'],
    [c(102, 1), 'Work Safety Law, Art. 102(1)'],
    [c(102, 1, 3), 'Work Safety Law, Art. 102(1)(3)'],
    [c(97, undefined, 4), 'Work Safety Law, Art. 97, item (4)'],
  ])('%j → %s', (citation, text) => {
    expect(formatCitationEn(citation, spl)).toBe(text);
  });

  it('falls back to the Chinese short title, and keeps a clause', () => {
    expect(formatCitationEn({ lawId: 'x', article: 3 }, { shortTitle: '某条例', titleEn: null })).toBe('某条例, Art. 3');
    expect(formatCitationEn({ lawId: 'gb-18218-2018', article: '4.2.2' }, { shortTitle: '危险化学品重大危险源辨识', titleEn: 'GB 18218-2018' })).toBe('GB 18218-2018, 4.2.2');
  });
});

describe('citationSchema', () => {
  it.each([
    [{ lawId: 'work-safety-law', article: 102 }, true],
    [{ lawId: 'work-safety-law', article: 9999 }, true],
    [{ lawId: 'work-safety-law', article: 10_000 }, false],
    [{ lawId: 'work-safety-law', article: 0 }, false],
    [{ lawId: 'gb-18218-2018', article: '4.2.2' }, true],
    [{ lawId: 'gb-18218-2018', article: '4.' }, false],
    [{ lawId: 'work-safety-law', article: 1, paragraph: 99, item: 1 }, true],
    [{ lawId: 'work-safety-law', article: 1, paragraph: 100 }, false],
    [{ lawId: 'Work Safety', article: 1 }, false],
    [{ lawId: 'work-safety-law', article: 1, extra: 1 }, false],
  ])('%j valid: %s', (value, ok) => {
    expect(citationSchema.safeParse(value).success).toBe(ok);
  });
});

const catalogue: CatalogueEntry[] = [
  { id: 'work-safety-law', names: ['中华人民共和国安全生产法', '安全生产法', '中华人民共和国主席令第88号'] },
  { id: 'industry-trade-major-hazard-criteria-2023', names: ['工贸企业重大事故隐患判定标准', '应急管理部令第10号'] },
  { id: 'coal-mine-safety-regulations-2016', names: ['煤矿安全规程', '煤矿安全规程（2016年版）', '国家安全生产监督管理总局令第87号'] },
  { id: 'coal-mine-safety-regulations-2025', names: ['煤矿安全规程', '煤矿安全规程（2025年版）', '应急管理部令第17号'] },
  { id: 'chemical-major-hazard-criteria-2017', names: ['化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）', '安监总管三〔2017〕121号'] },
];

describe('matchLaw (whole names only; ambiguous is no match)', () => {
  it.each([
    ['中华人民共和国安全生产法（2021年修正）', 'work-safety-law'],
    ['《安全生产法》', 'work-safety-law'],
    ['安全生产法', 'work-safety-law'],
    [' 中华人民共和国 安全生产法 ', 'work-safety-law'],
    ['工贸企业重大事故隐患判定标准（应急管理部令第10号）', 'industry-trade-major-hazard-criteria-2023'],
    ['化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）（安监总管三〔2017〕121号）', 'chemical-major-hazard-criteria-2017'],
    ['煤矿安全规程（2016年版）', 'coal-mine-safety-regulations-2016'],
    ['煤矿安全规程', null],
    ['安全生产', null],
    ['安全生产法实施条例', null],
    ['中华人民共和国消防法', null],
  ])('%s → %s', (name, id) => {
    expect(matchLaw(name, catalogue)).toBe(id);
  });
});

describe('parseArticleText', () => {
  it.each([
    ['第四十一条', { article: 41 }],
    ['第41条', { article: 41 }],
    ['第一百零二条第一款第三项', { article: 102, paragraph: 1, item: 3 }],
    ['第十六条（二）', { article: 16, item: 2 }],
    ['第九十七条第一款（四）', { article: 97, paragraph: 1, item: 4 }],
    [' 第 三 条 ', { article: 3 }],
    ['第三条。', { article: 3 }],
    ['第九条、第十一条', null],
    ['第二章', null],
    ['第零条', null],
    ['四十一条', null],
    ['第一百零二条第一百款', null],
    ['Art. 41', null],
  ])('%s → %j', (text, out) => {
    expect(parseArticleText(text)).toEqual(out);
  });
});

describe('parseLegalBasis / parseCitationText (today’s free-text bases)', () => {
  it('reads a checklist item’s basis', () => {
    expect(parseLegalBasis({ standard: '中华人民共和国安全生产法（2021年修正）', article: '第四十二条', item: null }, catalogue)).toEqual({ lawId: 'work-safety-law', article: 42 });
    expect(parseLegalBasis({ standard: '工贸企业重大事故隐患判定标准（应急管理部令第10号）', article: '第三条', item: '（一）' }, catalogue)).toEqual({
      lawId: 'industry-trade-major-hazard-criteria-2023',
      article: 3,
      item: 1,
    });
  });

  it('keeps the text when the act, the edition or the article is not certain', () => {
    expect(parseLegalBasis({ standard: '煤矿安全规程', article: '第四百九十八条' }, catalogue)).toBeNull();
    expect(parseLegalBasis({ standard: '安全生产法' }, catalogue)).toBeNull();
    expect(parseLegalBasis({ standard: '安全生产法', article: '第九条、第十一条' }, catalogue)).toBeNull();
    expect(parseLegalBasis({ standard: '企业内部规章', article: '第一条' }, catalogue)).toBeNull();
  });

  it('reads a whole citation text', () => {
    expect(parseCitationText('《安全生产法》第四十一条', catalogue)).toEqual({ lawId: 'work-safety-law', article: 41 });
    expect(parseCitationText('《中华人民共和国安全生产法》第一百零二条第一款第三项', catalogue)).toEqual({ lawId: 'work-safety-law', article: 102, paragraph: 1, item: 3 });
    expect(parseCitationText('《煤矿安全规程》（2016年版）第四百九十八条', catalogue)).toEqual({ lawId: 'coal-mine-safety-regulations-2016', article: 498 });
    expect(parseCitationText('安全生产法第四十一条', catalogue)).toBeNull();
    expect(parseCitationText('《安全生产法》', catalogue)).toBeNull();
  });

  it('round-trips what it formats', () => {
    for (const citation of [c(10), c(11), c(20), c(100), c(102, 1, 3), c(110), c(1000, 2)]) {
      expect(parseCitationText(formatCitation(citation, spl), catalogue)).toEqual(citation);
    }
  });
});
