/**
 * Regenerates the shipped reference data in server/organisations/data from the raw sets in ../shared/data
 * (see server/organisations/data/SOURCE.md for origin and licences):
 *   industries-gbt4754-2017.json  GB/T 4754-2017 rows {code, name, level, section, parentCode}
 *   divisions-cn.tsv              the national division table, province → city → district → township (NBS 2023)
 *   maps/<city>.geojson           district boundaries of the cities the shared data has, properties cut to
 *                                 adcode/name/center/centroid
 *
 * Run: npx tsx scripts/build-reference-data.ts [shared-data-dir] — exits 1 with every problem listed if a source looks wrong.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The raw sets: ../shared/data beside the checkout, or the directory given as the first argument.
const sharedData = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/data'));
const outDir = join(repoRoot, 'server/organisations/data');

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

/** Shipped maps: the shared file → the city code it serves (a municipality's districts sit under PP0100). */
const MAP_FILES: Record<string, string> = {
  '110000_full.json': '110100',
  '310000_full.json': '310100',
  '330100_full.json': '330100',
  '440300_full.json': '440300',
  '510100_full.json': '510100',
};

/**
 * The national division table, compact: one line per province (2 digits) and city (4 digits), one per district
 * (6 digits) with its townships appended as `<last 3 digits><name>` separated by `|`. Tab-separated.
 */
function buildDivisions(): Map<string, string> {
  const base = join(sharedData, 'admin-divisions-cn');
  const provinces = parseCsv(readText(join(base, 'provinces.csv')));
  const cities = parseCsv(readText(join(base, 'cities.csv')));
  const areas = parseCsv(readText(join(base, 'areas.csv')));
  const streets = parseCsv(readText(join(base, 'streets.csv')));
  // SOURCE.txt: 31 provinces, 342 prefecture-level, 2,978 county-level, 41,352 township-level rows.
  const counts = [provinces.length, cities.length, areas.length, streets.length].join('/');
  if (counts !== '31/342/2978/41352') problems.push(`division counts are ${counts}, expected 31/342/2978/41352`);
  const byArea = new Map<string, string[]>();
  for (const s of streets.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))) {
    const code = s.code ?? '';
    if (!/^\d{9}$/.test(code) || code.slice(0, 6) !== s.areaCode) problems.push(`township ${code}: not under ${s.areaCode}`);
    if (/[|\t]/.test(s.name ?? '')) problems.push(`township ${code}: name holds a separator`);
    byArea.set(s.areaCode ?? '', [...(byArea.get(s.areaCode ?? '') ?? []), `${code.slice(6)}${s.name}`]);
  }
  const lines = [
    '# 统计用区划代码 (NBS 2023), from modood/Administrative-divisions-of-China; see SOURCE.md.',
    '# <2-digit province>\t<name> | <4-digit city>\t<name> | <6-digit district>\t<name>\t<township suffix+name>|…',
  ];
  const districtNames = new Map<string, string>();
  for (const p of provinces.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))) {
    lines.push(`${p.code}\t${p.name}`);
    for (const c of cities.filter((x) => x.provinceCode === p.code).sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))) {
      lines.push(`${c.code}\t${c.name}`);
      for (const a of areas.filter((x) => x.cityCode === c.code).sort((x, y) => (x.code ?? '').localeCompare(y.code ?? ''))) {
        districtNames.set(a.code ?? '', a.name ?? '');
        lines.push(`${a.code}\t${a.name}\t${(byArea.get(a.code ?? '') ?? []).join('|')}`);
      }
    }
  }
  const written = lines.length - 2;
  if (written !== 31 + 342 + 2978) problems.push(`${written} division lines written; some rows have no parent`);
  writeFileSync(join(outDir, 'divisions-cn.tsv'), `${lines.join('\n')}\n`);
  return districtNames;
}

interface SourceFeature {
  type: string;
  properties: { adcode: number | string; name: string; center: number[]; centroid: number[] };
  geometry: unknown;
}

/** Shipped district maps, properties cut to adcode/name/center/centroid; mismatches are printed, not fixed. */
function buildMaps(districtNames: Map<string, string>): void {
  mkdirSync(join(outDir, 'maps'), { recursive: true });
  for (const [file, city] of Object.entries(MAP_FILES)) {
    const source = JSON.parse(readText(join(sharedData, 'geojson-cn-districts', file))) as { features: SourceFeature[] };
    const features = source.features.map((f) => ({
      type: 'Feature',
      properties: { adcode: f.properties.adcode, name: f.properties.name, center: f.properties.center, centroid: f.properties.centroid },
      geometry: f.geometry,
    }));
    const prefix = city.slice(0, 4);
    const districts = [...districtNames.keys()].filter((code) => code.startsWith(prefix));
    const shapeCodes = new Set(features.map((f) => String(f.properties.adcode)));
    const missing = districts.filter((code) => !shapeCodes.has(code)).map((code) => `${code} ${districtNames.get(code)}`);
    const extra = features.filter((f) => !districtNames.has(String(f.properties.adcode))).map((f) => `${f.properties.adcode} ${f.properties.name}`);
    if (extra.length === features.length) problems.push(`${file}: no feature is a district of ${city}`);
    if (missing.length + extra.length > 0) console.log(`map ${city}: lacks [${missing.join(', ')}], holds [${extra.join(', ')}]`);
    const body = features.map((f) => JSON.stringify(f)).join(',\n');
    writeFileSync(join(outDir, 'maps', `${city}.geojson`), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  }
}

mkdirSync(outDir, { recursive: true });
buildIndustries();
buildMaps(buildDivisions());
if (problems.length > 0) {
  for (const p of problems) console.error(`reference data: ${p}`);
  process.exit(1);
}
console.log(`reference data written to ${outDir}`);
