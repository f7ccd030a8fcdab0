import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { events } from '../stories/kazakhstan-2022/events';
import {
  AXIS,
  addDays,
  arrivalDates,
  axisDays,
  axisFraction,
  axisSide,
  clampDate,
  eventsUntil,
  departedBy,
  featuresAt,
  firstDates,
  formatDateParam,
  isIsoDate,
  isVisibleAt,
  parseDateParam,
  routesAt,
  visibleAt,
  withdrawingAt,
  type TimelineEvent,
} from './timeline';

const ev = (id: string, date: string, featureIds: string[], type: TimelineEvent['type'] = 'protest'): TimelineEvent => ({
  id,
  date,
  type,
  featureIds,
  source: 'article',
  paragraph: 1,
});

const sample: TimelineEvent[] = [
  ev('b', '2022-01-04', ['spread', 'city']),
  ev('a', '2022-01-02', ['town', 'region']),
  ev('c', '2022-01-05', ['city', 'airport']),
  ev('d', '2022-01-06', ['RUS'], 'deployment'),
  ev('e', '2022-01-07', ['ARM', 'BLR'], 'deployment'),
  ev('f', '2022-01-13', ['RUS', 'ARM', 'BLR'], 'withdrawal'),
  ev('g', '2022-01-05', ['KAZ'], 'government'),
];

describe('dates', () => {
  it('knows a real calendar date', () => {
    expect(isIsoDate('2022-01-05')).toBe(true);
    expect(isIsoDate('2022-02-30')).toBe(false);
    expect(isIsoDate('2022-1-5')).toBe(false);
    expect(isIsoDate('5 January')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('adds days across months', () => {
    expect(addDays('2022-01-13', 10)).toBe('2022-01-23');
    expect(addDays('2022-01-31', 1)).toBe('2022-02-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(() => addDays('nope', 1)).toThrow();
  });

  it('clamps to 1–19 January 2022', () => {
    expect(clampDate('2021-12-31')).toBe(AXIS.start);
    expect(clampDate('2022-01-01')).toBe('2022-01-01');
    expect(clampDate('2022-01-10')).toBe('2022-01-10');
    expect(clampDate('2022-01-19')).toBe('2022-01-19');
    expect(clampDate('2022-01-23')).toBe(AXIS.end);
    expect(clampDate('2030-06-01')).toBe(AXIS.end);
    expect(() => clampDate('2022-13-01')).toThrow();
  });

  it('places a date against the axis', () => {
    expect(axisSide('2021-12-31')).toBe('before');
    expect(axisSide('2022-01-01')).toBe('on');
    expect(axisSide('2022-01-19')).toBe('on');
    expect(axisSide('2022-01-23')).toBe('after');
    expect(axisDays()).toHaveLength(19);
    expect(axisDays()[0]).toBe('2022-01-01');
    expect(axisDays().at(-1)).toBe('2022-01-19');
    expect(axisFraction('2022-01-01')).toBe(0);
    expect(axisFraction('2022-01-10')).toBe(0.5);
    expect(axisFraction('2022-01-19')).toBe(1);
    expect(axisFraction('2022-01-23')).toBe(1);
  });
});

describe('the date in the URL', () => {
  it('reads a date on the axis as it is', () => {
    expect(parseDateParam('2022-01-05')).toBe('2022-01-05');
    expect(parseDateParam(' 2022-01-06 ')).toBe('2022-01-06');
  });

  it('holds a real date outside the axis within it', () => {
    expect(parseDateParam('2022-01-25')).toBe('2022-01-19');
    expect(parseDateParam('2021-06-01')).toBe('2022-01-01');
  });

  it.each([null, undefined, '', 'yesterday', '2022-01-32', '2022-02-29', '20220105', '2022-01-05T10:00', '2022-01-05'.repeat(3)])(
    'leaves %j to the default',
    (raw) => {
      expect(parseDateParam(raw)).toBeUndefined();
    },
  );

  it('writes what it reads back', () => {
    for (const d of axisDays()) expect(parseDateParam(formatDateParam(d))).toBe(d);
    expect(formatDateParam('2022-01-30')).toBe('2022-01-19');
  });
});

describe('what the map shows at a date', () => {
  it('takes each feature’s first event', () => {
    const first = firstDates(sample);
    expect(first.get('city')).toBe('2022-01-04');
    expect(first.get('RUS')).toBe('2022-01-06');
    expect(first.get('ARM')).toBe('2022-01-07');
    expect(first.has('nowhere')).toBe(false);
  });

  it('shows a feature from its date on, and one without events always', () => {
    expect(isVisibleAt('town', '2022-01-01', sample)).toBe(false);
    expect(isVisibleAt('town', '2022-01-02', sample)).toBe(true);
    expect(isVisibleAt('town', '2022-01-19', sample)).toBe(true);
    expect(isVisibleAt('airport', '2022-01-04', sample)).toBe(false);
    expect(isVisibleAt('airport', '2022-01-05', sample)).toBe(true);
    expect(isVisibleAt('moscow', '2022-01-01', sample)).toBe(true);
  });

  it('filters a list, keeping its order', () => {
    const ids = ['moscow', 'airport', 'city', 'town', 'RUS'];
    expect(visibleAt(ids, '2022-01-01', sample)).toEqual(['moscow']);
    expect(visibleAt(ids, '2022-01-04', sample)).toEqual(['moscow', 'city', 'town']);
    expect(visibleAt(ids, '2022-01-06', sample)).toEqual(ids);
  });

  it('draws a route from the day its country’s troops arrived', () => {
    const routes = [
      { id: 'RUS-route', ref: 'RUS' },
      { id: 'ARM-route', ref: 'ARM' },
      { id: 'BLR-route', ref: 'BLR' },
      { id: 'KGZ-route', ref: 'KGZ' },
    ];
    expect(arrivalDates(sample).get('RUS')).toBe('2022-01-06');
    expect(routesAt(routes, '2022-01-05', sample)).toEqual([]);
    expect(routesAt(routes, '2022-01-06', sample)).toEqual(['RUS-route']);
    expect(routesAt(routes, '2022-01-19', sample)).toEqual(['RUS-route', 'ARM-route', 'BLR-route']);
  });

  it('gives a route its country’s arrival, and other features their own first event', () => {
    const f = (id: string, type: string, ref?: string) => ({ geometry: { type }, properties: { id, ref } });
    const all = [f('RUS', 'Polygon'), f('RUS-route', 'LineString', 'RUS'), f('city-point', 'Point', 'city'), f('sea', 'Polygon')];
    const ids = (d: string) => featuresAt(all, d, sample).map((x) => x.properties.id);
    expect(ids('2022-01-03')).toEqual(['sea']);
    expect(ids('2022-01-04')).toEqual(['city-point', 'sea']);
    expect(ids('2022-01-06')).toEqual(['RUS', 'RUS-route', 'city-point', 'sea']);
  });

  it('counts a country as leaving only once it had arrived', () => {
    expect(withdrawingAt('2022-01-12', sample)).toEqual(new Set());
    expect(withdrawingAt('2022-01-13', sample)).toEqual(new Set(['RUS', 'ARM', 'BLR']));
    expect(withdrawingAt('2022-01-13', [ev('w', '2022-01-13', ['KAZ'], 'withdrawal')])).toEqual(new Set());
  });

  it('takes a contingent off the map from the day it left, leaving its country', () => {
    const left = [...sample, ev('h', '2022-01-14', ['ARM'], 'departure')];
    expect(departedBy('2022-01-13', left)).toEqual(new Set());
    expect(departedBy('2022-01-14', left)).toEqual(new Set(['ARM']));
    expect(withdrawingAt('2022-01-14', left)).toEqual(new Set(['RUS', 'BLR']));
    const f = (id: string, type: string, ref?: string) => ({ geometry: { type }, properties: { id, ref } });
    const all = [f('ARM', 'Polygon'), f('ARM-troops', 'Point', 'ARM'), f('ARM-route', 'LineString', 'ARM'), f('BLR-route', 'LineString', 'BLR')];
    const ids = (d: string) => featuresAt(all, d, left).map((x) => x.properties.id);
    expect(ids('2022-01-13')).toEqual(['ARM', 'ARM-troops', 'ARM-route', 'BLR-route']);
    expect(ids('2022-01-14')).toEqual(['ARM', 'BLR-route']);
  });

  it('lists the events so far in date order', () => {
    expect(eventsUntil('2022-01-05', sample).map((e) => e.id)).toEqual(['a', 'b', 'c', 'g']);
    expect(eventsUntil('2021-12-31', sample)).toEqual([]);
  });
});

describe('the events of January 2022', () => {
  it('have unique ids and real dates, in date order', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of events) expect(isIsoDate(e.date), e.id).toBe(true);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('all lie on the axis, the last on its last day', () => {
    expect(events.filter((e) => axisSide(e.date) !== 'on').map((e) => e.id)).toEqual([]);
    expect(events.at(-1)!.date).toBe(AXIS.end);
  });

  it('show the protests, the airport, the request and the troops in order', () => {
    const on = (d: string) => visibleAt(['zhanaozen', 'almaty', 'almaty_airport', 'KAZ', 'RUS', 'ARM'], d, events);
    expect(on('2022-01-01')).toEqual([]);
    expect(on('2022-01-02')).toEqual(['zhanaozen']);
    expect(on('2022-01-04')).toEqual(['zhanaozen', 'almaty']);
    expect(on('2022-01-05')).toEqual(['zhanaozen', 'almaty', 'almaty_airport', 'KAZ']);
    expect(on('2022-01-06')).toEqual(['zhanaozen', 'almaty', 'almaty_airport', 'KAZ', 'RUS']);
    expect(on('2022-01-07')).toEqual(['zhanaozen', 'almaty', 'almaty_airport', 'KAZ', 'RUS', 'ARM']);
  });

  it('take the csto file from the host alone to every member with its troops and route', () => {
    const csto = JSON.parse(readFileSync(new URL('../../geodata/csto.geojson', import.meta.url), 'utf8')) as {
      features: { geometry: { type: string }; properties: { id: string; ref?: string } }[];
    };
    const ids = (d: string) => featuresAt(csto.features, d, events).map((f) => f.properties.id);
    expect(ids('2022-01-04')).toEqual([]);
    expect(ids('2022-01-05')).toEqual(['KAZ']);
    expect(ids('2022-01-06')).toEqual(['KAZ', 'RUS', 'RUS-troops', 'RUS-route']);
    expect(ids('2022-01-13')).toHaveLength(csto.features.length);
    expect(ids('2022-01-14')).toEqual(['KAZ', 'RUS', 'BLR', 'ARM', 'KGZ', 'TJK', 'RUS-troops', 'KGZ-troops', 'RUS-route', 'KGZ-route']);
    expect(ids('2022-01-19')).toEqual(['KAZ', 'RUS', 'BLR', 'ARM', 'KGZ', 'TJK']);
  });

  it('have every contributor, and not the host, leaving from 13 January', () => {
    expect(withdrawingAt('2022-01-12', events)).toEqual(new Set());
    expect(withdrawingAt('2022-01-13', events)).toEqual(new Set(['RUS', 'ARM', 'BLR', 'KGZ', 'TJK']));
  });

  it('fly the Armenian, Belarusian and Tajik units home on 14 January, drive the Kyrgyz unit home within five days, and have every contingent gone on 19 January', () => {
    expect(withdrawingAt('2022-01-14', events)).toEqual(new Set(['RUS', 'KGZ']));
    expect(withdrawingAt('2022-01-17', events)).toEqual(new Set(['RUS', 'KGZ']));
    expect(withdrawingAt('2022-01-18', events)).toEqual(new Set(['RUS']));
    expect(departedBy('2022-01-18', events)).toEqual(new Set(['ARM', 'BLR', 'TJK', 'KGZ']));
    expect(departedBy('2022-01-19', events)).toEqual(new Set(['RUS', 'ARM', 'BLR', 'KGZ', 'TJK']));
    expect(withdrawingAt('2022-01-19', events)).toEqual(new Set());
  });

  it('draw Russia’s route on the 6th and the others’ on the 7th', () => {
    const routes = ['RUS', 'BLR', 'ARM', 'KGZ', 'TJK'].map((c) => ({ id: `${c}-route`, ref: c }));
    expect(routesAt(routes, '2022-01-05', events)).toEqual([]);
    expect(routesAt(routes, '2022-01-06', events)).toEqual(['RUS-route']);
    expect(routesAt(routes, '2022-01-07', events)).toHaveLength(5);
  });
});
