import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { articleEn } from '../src/stories/kazakhstan-2022/article.en';
import type { LayerCollection } from '../src/domain/features';
import { axeViolations, baseUrl, mapIdle, open, selectedOnMap, type Session, withBrowser as it } from './browser';

// The tools a reader of a published map expects: the article in English, a place search,
// a link to copy, the figures as a table, full screen.

// Pages run side by side on software WebGL, and each test walks through several states.
const SLOW = { timeout: 120_000 };


const csto = JSON.parse(readFileSync(new URL('../geodata/csto.geojson', import.meta.url), 'utf8')) as LayerCollection;
const figures = csto.features.flatMap((f) => (f.properties.figures ?? []).map((x) => ({ id: f.properties.id, ...x })));
const param = (s: Session, key: string) => new URL(s.page.url()).searchParams.get(key);
const combobox = (page: Page) => page.getByRole('combobox');
/** The option the combobox says is active. */
const active = (page: Page) =>
  page.evaluate(() => {
    const id = document.querySelector('[role="combobox"]')?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    return option ? `${option.getAttribute('aria-selected')} ${option.querySelector('.name')?.textContent}` : null;
  });

describe.concurrent('in English', () => {
  it('reads the article in English with its marks on the map, and the Arabic one click away', SLOW, async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    await s.page.getByRole('button', { name: 'Read the article' }).click();
    const reader = s.page.getByRole('region', { name: 'The article' });
    await reader.getByText('Our translation from the Arabic, paragraph by paragraph.').waitFor();
    expect(await reader.getByRole('heading', { level: 2 }).textContent()).toBe('CSTO forces… new roles under the Kremlin’s command');
    expect(await reader.locator('#paragraph-1').textContent()).toBe(articleEn.paragraphs[0]);
    expect(await reader.getByRole('button', { name: 'English (our translation)' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(s.page)).toEqual([]);
    // The massimov note says what the article's slip was.
    expect(await reader.locator('#paragraph-17').textContent()).toContain('Translator’s note: The article writes “Qasim Massimov”');
    // A mark in the English text selects on the map, as the Arabic one does.
    await reader.locator('#paragraph-11').getByRole('button', { name: 'Armenia', exact: true }).click();
    await expect.poll(() => param(s, 'sel')).toBe('ARM');
    await expect.poll(() => selectedOnMap(s.page)).toContain('"ARM"');
    const marked = reader.locator('.mark[aria-current="true"]');
    expect(await marked.allTextContents()).toEqual(['Armenia', 'Armenia', 'Armenian', 'Armenian']);
    expect(await reader.getByText('Armenia: 4 mentions marked').isVisible()).toBe(true);
    // The same selection in the Arabic: its own marks are current.
    await reader.getByRole('button', { name: 'Arabic (original)' }).click();
    expect(await reader.locator('#paragraph-1').textContent()).toContain('ساعات قليلة فصلت');
    expect(await reader.locator('.mark[aria-current="true"]').count()).toBeGreaterThan(0);
    expect(await reader.locator('.mark[aria-current="true"]').first().textContent()).toMatch(/أرمين/);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('finds a place by keyboard, by its name in any language, copies the link to the view, and goes full screen and back', SLOW, async ({ browser, expect }) => {
    const s = await open(browser, null, { reducedMotion: 'reduce' });
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await s.page.goto(`${baseUrl()}?debug=1&lang=en`);
    await mapIdle(s.page);
    const box = combobox(s.page);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('alm');
    const list = s.page.getByRole('listbox', { name: 'Find a place' });
    await list.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await list.getByRole('option').first().textContent()).toContain('Almaty');
    expect(await axeViolations(s.page)).toEqual([]);
    await s.page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await list.isVisible()).toBe(false);
    // Escape closed the list only: the field keeps the query.
    expect(await box.inputValue()).toBe('alm');
    // A name in another language than the page's: its names table loads with the first use of the search.
    await box.fill('Жанаозен');
    await expect.poll(() => list.getByRole('option').first().textContent()).toContain('Zhanaozen');
    await box.fill('zhanaozen');
    await s.page.keyboard.press('ArrowDown');
    expect(await active(s.page)).toBe('true Zhanaozen');
    await s.page.keyboard.press('ArrowDown');
    expect(await active(s.page)).toMatch(/^true Zhanaozen ./);
    await s.page.keyboard.press('ArrowUp');
    expect(await active(s.page)).toBe('true Zhanaozen');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => param(s, 'sel')).toBe('zhanaozen');
    await expect.poll(() => selectedOnMap(s.page)).toContain('"zhanaozen"');
    expect(await s.page.getByRole('heading', { level: 2, name: 'Zhanaozen' }).isVisible()).toBe(true);
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    await s.page.getByRole('button', { name: 'Copy link' }).click();
    await s.page.getByRole('status').getByText('Link to this view copied.').waitFor();
    const copied = new URL(await s.page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('sel')).toBe('zhanaozen');
    expect(copied.searchParams.get('lang')).toBe('en');
    expect(copied.searchParams.get('map')).toBe(param(s, 'map'));
    expect(copied.searchParams.has('debug')).toBe(false);

    const full = s.page.getByRole('button', { name: 'Full screen' });
    await full.click();
    await expect.poll(() => s.page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
    await s.page.getByRole('button', { name: 'Exit full screen' }).click();
    await expect.poll(() => s.page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await full.isVisible()).toBe(true);
    // Going back to the first view is its own, named button.
    expect(await s.page.getByRole('button', { name: 'Back to the first view' }).isVisible()).toBe(true);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('shows every troop figure with its source, sorts it, and downloads the same rows as CSV', SLOW, async ({ browser, expect }) => {
    const s = await open(browser, '?debug=1&lang=en');
    await mapIdle(s.page, ['csto']);
    await s.page.getByRole('button', { name: 'Figures table' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Troops by country' });
    const rows = dialog.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(figures.length);
    expect(await rows.first().textContent()).toContain('Russia');
    expect(await axeViolations(s.page)).toEqual([]);
    const header = (name: string) => dialog.getByRole('columnheader', { name });
    await dialog.getByRole('button', { name: 'Figure' }).click();
    expect(await header('Figure').getAttribute('aria-sort')).toBe('ascending');
    const least = Math.min(...figures.map((f) => f.value));
    const most = Math.max(...figures.map((f) => f.value));
    expect(await rows.first().locator('td').first().textContent()).toContain(least.toLocaleString('en-GB'));
    await dialog.getByRole('button', { name: 'Figure' }).click();
    expect(await header('Figure').getAttribute('aria-sort')).toBe('descending');
    expect(await rows.first().locator('td').first().textContent()).toContain(most.toLocaleString('en-GB'));
    await dialog.getByRole('button', { name: 'Date' }).click();
    expect(await header('Figure').getAttribute('aria-sort')).toBeNull();
    expect(await header('Date').getAttribute('aria-sort')).toBe('ascending');
    expect(await rows.first().locator('td').nth(2).textContent()).toBe('6 January 2022');

    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('csto-troop-figures.csv');
    const csv = csvParse(await readFile((await download.path()), 'utf8'));
    expect(csv.map((r) => [r.country_id, Number(r.value), r.article_paragraph || undefined])).toEqual(
      figures.map((f) => [f.id, f.value, f.paragraph === undefined ? undefined : String(f.paragraph)]),
    );
    const armenia70 = csv.find((r) => r.country_id === 'ARM' && r.value === '70');
    expect([armenia70?.source, armenia70?.source_date]).toEqual(['Apostrophe.ua', '2022-01-06']);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});

describe.concurrent('in Arabic', () => {
  it('hides each quote’s translation behind a control, and finds a place typed with another alef and vowels', SLOW, async ({
    browser,
    expect,
  }) => {
    const s = await open(browser, '?debug=1&lang=ar&sel=almaty', { reducedMotion: 'reduce' });
    await mapIdle(s.page);
    const quote = s.page.locator('.excerpt').first();
    const show = quote.getByRole('button', { name: 'أظهر الترجمة' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await quote.locator('.translation').isVisible()).toBe(false);
    await show.click();
    const hide = quote.getByRole('button', { name: 'أخفِ الترجمة' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    expect(await quote.locator('.translation').isVisible()).toBe(true);
    expect(await quote.locator('.translation').getAttribute('lang')).toBe('en');
    expect(await axeViolations(s.page)).toEqual([]);

    // "ارْمينيا": a bare alef where the name has أ, and a sukun.
    const box = combobox(s.page);
    await box.fill('ارْمينيا');
    await s.page.getByRole('listbox', { name: 'ابحث عن مكان' }).waitFor();
    await s.page.keyboard.press('ArrowDown');
    expect(await active(s.page)).toBe('true أرمينيا');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => param(s, 'sel')).toBe('ARM');
    await expect.poll(() => selectedOnMap(s.page)).toContain('"ARM"');
    // An English name is found from the Arabic interface too.
    await box.fill('Tajik');
    await s.page.keyboard.press('ArrowDown');
    expect(await active(s.page)).toBe('true طاجيكستان');

    // The reader opens in Arabic here, with our English a click away.
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: 'اقرأ المقال' }).click();
    const reader = s.page.getByRole('region', { name: 'المقال' });
    expect(await reader.locator('ol').getAttribute('dir')).toBe('rtl');
    await reader.getByRole('button', { name: 'الإنجليزية (ترجمتنا)' }).click();
    expect(await reader.locator('#paragraph-1').textContent()).toBe(articleEn.paragraphs[0]);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
