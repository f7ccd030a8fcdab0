import { localeOf, type Lang } from './lang';

/** Numbers as the article writes them: Western digits in both languages. */
export const formatNumber = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(localeOf(lang)).format(n);

export const formatDate = (iso: string, lang: Lang): string => {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 2022, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
};

/** A distance in kilometres as the language writes it ("500 km", «500 км», "500 كم"). */
export const formatKm = (km: number, lang: Lang): string =>
  new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit: 'kilometer' }).format(km);
