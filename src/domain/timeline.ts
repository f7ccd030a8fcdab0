/**
 * The story's timeline: which features the map shows at a date, which
 * troop routes are drawn, and the date as the URL writes it. Pure: no DOM, no Node APIs.
 * Dates are ISO calendar dates (YYYY-MM-DD), which compare correctly as strings.
 */
import { story } from './story';
import type { ByLang } from './lang';

/** Where a fact comes from: a source id of the story's sources, with a paragraph for the article. */
export interface Sourced {
  source: string;
  /** 1-based body paragraph, required when `source` is `article`. */
  paragraph?: number;
  note?: string;
}

/** A number a caption or label states, with where it comes from. */
export interface SourcedNumber extends Sourced {
  value: number;
  /** What is counted, after the number ("2,500 Russian soldiers"). */
  what: ByLang;
  /** A year, written without a thousands separator. */
  year?: boolean;
}

export interface TimelineEvent extends Sourced {
  id: string;
  date: string;
  /** Part of the day, when the source gives it. */
  time?: 'evening';
  /**
   * The story's own category of the event. Three move a layer's flows (features with a `ref`):
   * `deployment`, what they refer to has arrived and its flows are drawn from that day;
   * `withdrawal`, it begins to leave; `departure`, it is gone by the day's end.
   */
  type: string;
  /** Selection ids the event is about; each appears on the map from its first event on. */
  featureIds: readonly string[];
  /** Further sources that report the same event. */
  also?: readonly Sourced[];
  figures?: readonly SourcedNumber[];
}

/**
 * The axis the timeline shows: the story's, read when used (the bundler may run this module
 * before the entry hands the story over).
 */
export const AXIS = {
  get start(): string {
    return story().axis.start;
  },
  get end(): string {
    return story().axis.end;
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new Error(`not a date: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date held within the axis. */
export function clampDate(date: string): string {
  if (!isIsoDate(date)) throw new Error(`not a date: ${date}`);
  if (date < AXIS.start) return AXIS.start;
  if (date > AXIS.end) return AXIS.end;
  return date;
}

/** Where a date lies against the axis. */
export function axisSide(date: string): 'before' | 'on' | 'after' {
  if (date < AXIS.start) return 'before';
  if (date > AXIS.end) return 'after';
  return 'on';
}

/** Every day of the axis, in order. */
export function axisDays(): string[] {
  const out: string[] = [];
  for (let d: string = AXIS.start; d <= AXIS.end; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Position of a date along the axis, 0 at the first day and 1 at the last (clamped). */
export function axisFraction(date: string): number {
  const days = axisDays();
  return days.indexOf(clampDate(date)) / (days.length - 1);
}

// ---------------------------------------------------------------- URL

const MAX_PARAM = 20;

/**
 * The `date` value of the URL: a calendar date, held within the axis. Anything else
 * (missing, malformed, not a real day) is `undefined`, so the default applies.
 */
export function parseDateParam(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const s = raw.trim();
  if (s.length > MAX_PARAM || !isIsoDate(s)) return undefined;
  return clampDate(s);
}

/** The date as the URL writes it (the same form `parseDateParam` reads back). */
export function formatDateParam(date: string): string {
  return clampDate(date);
}

// ---------------------------------------------------------------- what the map shows

/** Each feature's first event date. */
export function firstDates(events: readonly TimelineEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    for (const id of e.featureIds) {
      const seen = out.get(id);
      if (seen === undefined || e.date < seen) out.set(id, e.date);
    }
  }
  return out;
}

/** A feature with an event appears from its first event's date on; one without is always shown. */
export function isVisibleAt(id: string, date: string, events: readonly TimelineEvent[]): boolean {
  const first = firstDates(events).get(id);
  return first === undefined || first <= date;
}

/** The ids among `ids` that the map shows at `date`, in the given order. */
export function visibleAt(ids: readonly string[], date: string, events: readonly TimelineEvent[]): string[] {
  const first = firstDates(events);
  return ids.filter((id) => {
    const d = first.get(id);
    return d === undefined || d <= date;
  });
}

/** The date each country's troops arrived: its first deployment event. */
export function arrivalDates(events: readonly TimelineEvent[]): Map<string, string> {
  return firstDates(events.filter((e) => e.type === 'deployment'));
}

/**
 * The route features drawn at `date`: a route (its `ref` is the sending country) is
 * drawn from the day that country's troops arrived; a route whose country has no
 * deployment event is not drawn.
 */
export function routesAt(
  routes: readonly { id: string; ref?: string }[],
  date: string,
  events: readonly TimelineEvent[],
): string[] {
  const arrived = arrivalDates(events);
  return routes
    .filter((r) => {
      const d = arrived.get(r.ref ?? r.id);
      return d !== undefined && d <= date;
    })
    .map((r) => r.id);
}

/** The events up to and including `date`, in date order (stable for the same day). */
export function eventsUntil(date: string, events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((e, i) => [e, i] as const)
    .filter(([e]) => e.date <= date)
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
    .map(([e]) => e);
}

/** The countries whose troops had all left by the end of `date`: a departure event on or before it. */
export function departedBy(date: string, events: readonly TimelineEvent[]): Set<string> {
  return new Set(events.filter((e) => e.type === 'departure' && e.date <= date).flatMap((e) => e.featureIds));
}

/**
 * The features of a layer file that the map draws at `date`: a troop route from the day
 * its country's troops arrived, anything else from its selection's first event. A troop
 * symbol or route (a feature with a `ref`) is no longer drawn once its country's troops
 * have left; the country itself stays.
 */
export function featuresAt<F extends { geometry: { type: string }; properties: { id: string; ref?: string } }>(
  features: readonly F[],
  date: string,
  events: readonly TimelineEvent[],
): F[] {
  const isRoute = (f: F) => f.properties.ref !== undefined && f.geometry.type.endsWith('LineString');
  const routes = new Set(routesAt(features.filter(isRoute).map((f) => f.properties), date, events));
  const first = firstDates(events);
  const gone = departedBy(date, events);
  return features.filter((f) => {
    if (f.properties.ref !== undefined && gone.has(f.properties.ref)) return false;
    if (isRoute(f)) return routes.has(f.properties.id);
    const d = first.get(f.properties.ref ?? f.properties.id);
    return d === undefined || d <= date;
  });
}

/**
 * The countries whose troops had begun to leave by `date` and were still there at its
 * end: a withdrawal event after their arrival, and no departure yet.
 */
export function withdrawingAt(date: string, events: readonly TimelineEvent[]): Set<string> {
  const arrived = arrivalDates(events);
  const gone = departedBy(date, events);
  const out = new Set<string>();
  for (const e of events) {
    if (e.type !== 'withdrawal' || e.date > date) continue;
    for (const id of e.featureIds) if (arrived.has(id) && !gone.has(id)) out.add(id);
  }
  return out;
}
