/**
 * The engine on a second story: the test story (tests/fixtures/stories/caucasus, built into
 * dist-fixture/ by `npm run build:fixture`) draws its layers, toggles and clicks them to their
 * context, walks its chapters and moves its timeline, with no engine file written for it.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { chooseLang, clickAt, mapIdle, onMap, open, withBrowser as it } from './browser';

/** The story's files with features at every date: the base map's. */
const BASE = ['countries', 'labels', 'water', 'places'];
const FILES = [...BASE, 'states', 'capitals', 'border'];

const drawnIds = (page: Page, layer: string) =>
  onMap(page, (map, l) => [...new Set(map.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties.id as string))].sort(), layer);
/** What each of the story's three layers draws. */
const drawn = async (page: Page) => ({
  states: await drawnIds(page, 'states-fill'),
  capitals: await drawnIds(page, 'capitals-points'),
  border: await drawnIds(page, 'border-line'),
});
const ALL = { states: ['ARM', 'AZE', 'GEO'], capitals: ['baku', 'yerevan'], border: ['arm-aze-border'] };

it('runs the test story: its layers draw, toggle, open their context, and its tour and timeline work', async ({ browser, expect }) => {
  const base = inject('fixtureUrl');
  if (!base) throw new Error('No build of the test story: run `npm run build:fixture` first.');
  const s = await open(browser, '?debug=1', { base, reducedMotion: 'reduce' });
  const param = (key: string) => new URL(s.page.url()).searchParams.get(key);
  await mapIdle(s.page, FILES);
  expect(await s.page.title()).toMatch(/^Fixture story/);
  expect(await drawn(s.page)).toEqual(ALL);

  // A layer toggles off and on from the layer panel, and the URL follows.
  const box = s.page.locator('[data-layer="capitals"]').getByRole('checkbox', { name: 'Fixture capitals' });
  await box.setChecked(false);
  await mapIdle(s.page, BASE);
  expect((await drawn(s.page)).capitals).toEqual([]);
  expect(param('layers')).toBe('states,border');
  await box.setChecked(true);
  await mapIdle(s.page, FILES);
  expect((await drawn(s.page)).capitals).toEqual(ALL.capitals);

  // A click on an area, then on a point, opens its context with the story's words.
  const panel = s.page.getByRole('complementary', { name: 'Story and context' });
  const heading = () => panel.getByRole('heading', { level: 2 }).textContent();
  await clickAt(s.page, 43.6, 42.2);
  await expect.poll(heading).toBe('Georgia');
  await expect.poll(() => panel.textContent()).toContain('أرمينيا وأذربيجان وجورجيا ثلاث دول على الخريطة');
  expect(await panel.textContent()).toContain('Fixture story — placeholder text: Georgia.');
  expect(param('sel')).toBe('GEO');
  await clickAt(s.page, 49.8622, 40.3953);
  await expect.poll(heading).toBe('Baku');
  await expect.poll(() => panel.textContent()).toContain('Fixture story — placeholder text: Baku.');

  // The timeline: the story's own days, each bringing its features in.
  const slider = s.page.getByRole('slider', { name: 'Date on the map' });
  await slider.focus();
  await s.page.keyboard.press('Home');
  await expect.poll(() => param('date')).toBe('2021-03-01');
  expect(await slider.getAttribute('aria-valuetext')).toBe('1 March 2021');
  await mapIdle(s.page, BASE);
  expect(await drawn(s.page)).toEqual({ states: ['ARM'], capitals: ['yerevan'], border: [] });
  await s.page.keyboard.press('ArrowRight');
  await s.page.keyboard.press('ArrowRight');
  await expect.poll(() => param('date')).toBe('2021-03-03');
  await mapIdle(s.page, BASE);
  expect(await drawn(s.page)).toEqual({ states: ['ARM', 'AZE'], capitals: ALL.capitals, border: ALL.border });
  await expect.poll(() => s.page.locator('.timeline-events').textContent()).toContain('Fixture event 2 — placeholder text');
  await s.page.keyboard.press('End');
  await expect.poll(() => param('date')).toBe('2021-03-05');
  await mapIdle(s.page, BASE);
  expect(await drawn(s.page)).toEqual(ALL);

  // The tour: its first chapter, then the next, each with its own layers.
  await s.page.getByRole('button', { name: 'Start the tour' }).click();
  const tour = s.page.getByRole('region', { name: 'Guided tour' });
  const chapter = () => tour.getByRole('heading', { level: 2 }).textContent();
  await expect.poll(chapter).toBe('Fixture chapter 1: three countries');
  expect(await tour.textContent()).toContain('Fixture story — placeholder text for the first chapter.');
  await tour.getByRole('button', { name: 'Next', exact: true }).click();
  await expect.poll(chapter).toBe('Fixture chapter 2: two capitals and a border');
  await expect.poll(() => param('chapter')).toBe('2');
  await mapIdle(s.page, BASE);
  await expect.poll(() => drawn(s.page)).toEqual({ states: [], capitals: ALL.capitals, border: ALL.border });

  // The same chapter in Arabic, right to left.
  await chooseLang(s.page, 'ar');
  const jawla = s.page.getByRole('region', { name: 'جولة موجّهة' });
  await expect.poll(() => jawla.getByRole('heading', { level: 2 }).textContent()).toBe('فصل تجريبي 2: عاصمتان وحدود');
  expect(await jawla.textContent()).toContain('قصة تجريبية — نص مؤقت للفصل الثاني.');
  expect(await s.page.locator('html').getAttribute('dir')).toBe('rtl');

  // And in Russian, left to right again.
  await chooseLang(s.page, 'ru');
  const obzor = s.page.getByRole('region', { name: 'Пошаговый обзор' });
  await expect.poll(() => obzor.getByRole('heading', { level: 2 }).textContent()).toBe('Тестовая глава 2: две столицы и граница');
  expect(await s.page.locator('html').getAttribute('dir')).toBe('ltr');

  expect(s.errors).toEqual([]);
  expect(s.foreign).toEqual([]);
  await s.context.close();
}, 120_000);
