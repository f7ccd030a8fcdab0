/** Figures as the report prints them. */
import { KB } from './config';
import type { Stats } from './stats';

export const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
export const ms = (n: number) => `${Math.round(n)} ms`;
export const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
export const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');
export const spread = (s: Stats, f: (n: number) => string) => `${f(s.min)}–${f(s.max)}`;
