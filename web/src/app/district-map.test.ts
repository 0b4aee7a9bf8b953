import { describe, expect, it } from 'vitest';
import { districtMapOption, valuesByDistrict } from './district-map.tsx';

const map = {
  nameByCode: new Map([
    ['510104', '锦江区'],
    ['510105', '青羊区'],
  ]),
  codeByName: new Map([
    ['锦江区', '510104'],
    ['青羊区', '510105'],
  ]),
};

describe('district map', () => {
  it('sums street values into their district', () => {
    expect(valuesByDistrict([{ regionCode: '510104', value: 2 }, { regionCode: '510104001', value: 3 }, { regionCode: '510105', value: 1 }])).toEqual(
      new Map([
        ['510104', 5],
        ['510105', 1],
      ]),
    );
  });

  it('gives every district a value (0 when none) and marks the selected one', () => {
    const option = districtMapOption(map, { values: [{ regionCode: '510105', value: 4 }], selectedRegion: '510105' }) as {
      series: Array<{ type: string; data: Array<{ name: string; value: number; selected?: boolean }> }>;
    };
    expect(option.series[0]!.data).toEqual([
      { name: '锦江区', value: 0, selected: false },
      { name: '青羊区', value: 4, selected: true },
    ]);
  });

  it('splits points into plain and pulsing ones', () => {
    const option = districtMapOption(map, {
      points: [
        { id: 'a', name: 'A', lng: 104, lat: 30.6, color: 'red', pulse: true },
        { id: 'b', name: 'B', lng: 104.1, lat: 30.7, color: 'green' },
      ],
    }) as { series: Array<{ type: string; data: Array<{ id: string }> }> };
    expect(option.series[1]!.data.map((d) => d.id)).toEqual(['b']);
    expect(option.series[2]!.data.map((d) => d.id)).toEqual(['a']);
  });
});
