/**
 * Regenerates the shipped reference data in server/organisations/data from the raw sets in ../shared/data
 * (see server/organisations/data/SOURCE.md for origin and licences):
 *   industries-gbt4754-2017.json  GB/T 4754-2017 rows {code, name, level, section, parentCode}
 *   regions-510100.json           成都市 → districts → streets (NBS 统计用区划代码 2023)
 *   districts-510100.geojson      成都市 district boundaries, properties cut to adcode/name/center/centroid
 *
 * Run: npx tsx scripts/build-reference-data.ts — exits 1 with every problem listed if a source looks wrong.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(repoRoot, '../shared/data');
const outDir = join(repoRoot, 'server/organisations/data');
const CITY = '5101';

const problems: string[] = [];

function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** One row per line, so that a regeneration shows up in a diff as the rows that changed. */
function writeRows(file: string, rows: unknown[]): void {
  writeFileSync(join(outDir, file), `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
}

function buildIndustries(): void {
  const csv = parseCsv(readText(join(sharedData, 'industry-gbt4754-2017/gbt4754-2017.csv')));
  const rows = csv.map((r) => ({
    code: r.code ?? '',
    // The source has trailing spaces on some names (e.g. '烟草制品业 ').
    name: (r.name ?? '').trim(),
    level: Number(r.level),
    section: r.section ?? '',
    parentCode: r.parent_code ? r.parent_code : null,
  }));
  const codes = new Set(rows.map((r) => r.code));
  const counts = [1, 2, 3, 4].map((level) => rows.filter((r) => r.level === level).length);
  // The published GB/T 4754-2017 totals: 20 门类, 97 大类, 473 中类, 1,380 小类.
  if (counts.join() !== '20,97,473,1380') problems.push(`industry counts per level are ${counts.join('/')}`);
  if (codes.size !== rows.length) problems.push('industry codes are not unique');
  for (const r of rows) {
    const shape = [/^[A-T]$/, /^\d{2}$/, /^\d{3}$/, /^\d{4}$/][r.level - 1];
    if (!shape?.test(r.code)) problems.push(`industry ${r.code}: code does not fit level ${r.level}`);
    if (r.level > 1 && (r.parentCode === null || !codes.has(r.parentCode))) problems.push(`industry ${r.code}: unknown parent`);
    if (r.level > 2 && !r.code.startsWith(r.parentCode ?? '-')) problems.push(`industry ${r.code}: parent is not its prefix`);
    if (r.name === '') problems.push(`industry ${r.code}: no name`);
  }
  writeRows('industries-gbt4754-2017.json', rows);
}

function buildRegions(): Set<string> {
  const base = join(sharedData, 'admin-divisions-cn');
  const city = parseCsv(readText(join(base, 'cities.csv'))).find((r) => r.code === CITY);
  const areas = parseCsv(readText(join(base, 'areas.csv')))
    .filter((r) => r.cityCode === CITY)
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
  const streets = parseCsv(readText(join(base, 'streets.csv'))).filter((r) => r.cityCode === CITY);
  if (!city) problems.push(`city ${CITY} not found`);
  if (areas.length !== 20) problems.push(`expected 20 districts of 成都市, found ${areas.length}`);
  const tree = {
    code: `${CITY}00`,
    name: city?.name ?? '',
    level: 'city',
    children: areas.map((a) => {
      const children = streets
        .filter((s) => s.areaCode === a.code)
        .sort((x, y) => (x.code ?? '').localeCompare(y.code ?? ''))
        .map((s) => ({ code: s.code ?? '', name: s.name ?? '', level: 'street' }));
      if (children.length === 0) problems.push(`district ${a.code} has no streets`);
      return { code: a.code ?? '', name: a.name ?? '', level: 'district', children };
    }),
  };
  writeFileSync(join(outDir, `regions-${CITY}00.json`), `${JSON.stringify(tree, null, 1)}\n`);
  return new Set(areas.map((a) => a.code ?? ''));
}

interface SourceFeature {
  type: string;
  properties: { adcode: number; name: string; center: number[]; centroid: number[] };
  geometry: unknown;
}

function buildDistrictShapes(districtCodes: Set<string>): void {
  const source = JSON.parse(readText(join(sharedData, `geojson-cn-districts/${CITY}00_full.json`))) as {
    features: SourceFeature[];
  };
  const features = source.features.map((f) => ({
    type: 'Feature',
    properties: {
      adcode: f.properties.adcode,
      name: f.properties.name,
      center: f.properties.center,
      centroid: f.properties.centroid,
    },
    geometry: f.geometry,
  }));
  const shapeCodes = new Set(features.map((f) => String(f.properties.adcode)));
  for (const code of districtCodes) if (!shapeCodes.has(code)) problems.push(`no boundary for district ${code}`);
  for (const code of shapeCodes) if (!districtCodes.has(code)) problems.push(`boundary ${code} is not a district of 成都市`);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(join(outDir, `districts-${CITY}00.geojson`), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

mkdirSync(outDir, { recursive: true });
buildIndustries();
buildDistrictShapes(buildRegions());
if (problems.length > 0) {
  for (const p of problems) console.error(`reference data: ${p}`);
  process.exit(1);
}
console.log(`reference data written to ${outDir}`);
