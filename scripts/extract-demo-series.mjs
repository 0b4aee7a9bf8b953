// Dev-time: cuts the small demo slices in server/demo/series/ from the shared data sets (see SOURCE.md there).
// Usage: node scripts/extract-demo-series.mjs [/work/shared/data]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = process.argv[2] ?? process.env.ANQUAN_SHARED_DATA ?? '/work/shared/data';
const out = new URL('../server/demo/series/', import.meta.url);
const rowsOf = (file, sep) => readFileSync(join(shared, file), 'utf8').trim().split('\n').slice(1).map((l) => l.split(sep));
const write = (name, values) => writeFileSync(new URL(name, out), `value\n${values.map((v) => String(Math.round(v * 1000) / 1000)).join('\n')}\n`);

// Methane longwall (30 s rows): test rows 94–1533 (12 h); MM116 sits at 0.8 %, crosses 1.0 % at row 110 (8 min in) and 1.5 % at row 738 (5.4 h in).
const methane = rowsOf('methane-longwall-pl/methane-test.csv', ',').slice(94, 1534);
write('methane-mm116.csv', methane.map((r) => Number(r[2])));
write('methane-mm31.csv', methane.map((r) => Number(r[1])));
write('air-velocity-as038.csv', methane.map((r) => Number(r[3])));

// NAB: ambient temperature (hourly, °F), 14 days; machine temperature (5 min, °F), first 4 days; artificial daily series (5 min).
write('nab-ambient-temperature-f.csv', rowsOf('nab/realKnownCause/ambient_temperature_system_failure.csv', ',').slice(0, 336).map((r) => Number(r[1])));
write('nab-machine-temperature-f.csv', rowsOf('nab/realKnownCause/machine_temperature_system_failure.csv', ',').slice(0, 1152).map((r) => Number(r[1])));
write('nab-art-daily-jumpsup.csv', rowsOf('nab/artificialWithAnomaly/art_daily_jumpsup.csv', ',').map((r) => Number(r[1])));
write('nab-art-daily-small-noise.csv', rowsOf('nab/artificialNoAnomaly/art_daily_small_noise.csv', ',').map((r) => Number(r[1])));

// SKAB anomaly-free run (1 s rows), every 5th row: loop pressure [bar].
const skab = rowsOf('skab/anomaly-free/anomaly-free.csv', ';').filter((_, i) => i % 5 === 0);
write('skab-pressure-bar.csv', skab.map((r) => Number(r[4])));
