import { readFileSync } from 'node:fs';
import type { RegionNode } from '../../core/organisations/regions.ts';

/**
 * The national division table shipped in data/divisions-cn.tsv (NBS 统计用区划代码 2023; see data/SOURCE.md):
 * a city's tree of districts and townships, built on demand. Only prefecture-level cities with districts of
 * their own qualify; a municipality (北京市, 上海市, 天津市, 重庆市) is its "市辖区" under PP0100, named as
 * the municipality.
 */

const TABLE = new URL('./data/divisions-cn.tsv', import.meta.url);

interface Line {
  code: string;
  name: string;
  townships: string;
}

let lines: Map<string, Line[]> | undefined;

/** Lines grouped by city (4-digit prefix); provinces under their 2-digit code. */
function table(): Map<string, Line[]> {
  if (lines) return lines;
  lines = new Map();
  for (const text of readFileSync(TABLE, 'utf8').split('\n')) {
    if (text === '' || text.startsWith('#')) continue;
    const [code = '', name = '', townships = ''] = text.split('\t');
    const key = code.length === 2 ? code : code.slice(0, 4);
    const group = lines.get(key) ?? [];
    group.push({ code, name, townships });
    lines.set(key, group);
  }
  return lines;
}

export type CityLookup = { ok: true; tree: RegionNode } | { ok: false; reason: string };

/** `code` is the city's 6-digit code (GB/T 2260 style, e.g. 330100 杭州市). */
export function cityRegions(code: string): CityLookup {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'must be a 6-digit division code such as 510100 (成都市)' };
  const province = table().get(code.slice(0, 2))?.[0];
  if (code.endsWith('0000')) {
    const municipality = table().get(`${code.slice(0, 2)}01`)?.some((l) => l.code.length === 4 && l.name === '市辖区');
    const hint = province && municipality ? `; ${province.name}'s districts are under ${code.slice(0, 2)}0100` : '';
    return { ok: false, reason: `${code} is a province, not a city${hint}` };
  }
  const group = code.endsWith('00') ? table().get(code.slice(0, 4)) : undefined;
  const city = group?.find((l) => l.code.length === 4);
  const districts = (group ?? []).filter((l) => l.code.length === 6 && !l.code.endsWith('00'));
  if (!city || !province) return { ok: false, reason: `${code} is not a prefecture-level city in the national division table (NBS 2023)` };
  if (city.name === '省直辖县级行政区划') return { ok: false, reason: `${code} groups the county-level cities ${province.name} governs directly; it is not a city` };
  if (districts.length === 0) return { ok: false, reason: `${code} ${city.name} has no districts of its own in the national division table` };
  return {
    ok: true,
    tree: {
      code,
      name: city.name === '市辖区' ? province.name : city.name,
      level: 'city',
      children: districts.map((d) => ({
        code: d.code,
        name: d.name,
        level: 'district',
        children: d.townships === '' ? [] : d.townships.split('|').map((t) => ({ code: `${d.code}${t.slice(0, 3)}`, name: t.slice(3), level: 'street' })),
      })),
    },
  };
}
