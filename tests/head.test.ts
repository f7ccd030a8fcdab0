import { describe, expect } from 'vitest';
import { en } from '../src/stories/kazakhstan-2022/strings';
import { ar } from '../src/stories/kazakhstan-2022/strings.ar';
import { ru } from '../src/stories/kazakhstan-2022/strings.ru';
import { baseUrl, chooseLang, open, withBrowser as it } from './browser';

const content = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('what a link preview and a crawler read', () => {
  it('the page names its title, summary, picture and icons in English before any script runs', async () => {
    const html = await (await fetch(baseUrl())).text();
    const { title, description } = en;
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(content(html, 'description')).toBe(description);
    expect(content(html, 'og:title')).toBe(title);
    expect(content(html, 'og:description')).toBe(description);
    expect(content(html, 'twitter:card')).toBe('summary_large_image');
    expect(content(html, 'twitter:title')).toBe(title);
    for (const key of ['og:image', 'twitter:image']) {
      const res = await fetch(new URL(content(html, key) ?? 'missing', baseUrl()));
      expect(res.headers.get('content-type'), key).toBe('image/jpeg');
    }
    expect(content(html, 'og:image:alt')).toBeTruthy();
  });

  it('serves the icon, the manifest and robots.txt', async () => {
    const get = (path: string) => fetch(new URL(path, baseUrl()));
    expect((await get('favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
    const manifest = (await (await get('manifest.webmanifest')).json()) as { name: string; icons: { src: string }[] };
    expect(manifest.name).toBe(en.title);
    for (const icon of manifest.icons) expect((await get(icon.src)).status, icon.src).toBe(200);
    expect(await (await get('robots.txt')).text()).toMatch(/^User-agent: \*\nAllow: \//);
  });

  it('the summary follows the page’s language', async ({ browser }) => {
    const s = await open(browser, '?lang=ar');
    const description = () => s.page.locator('meta[name="description"]').getAttribute('content');
    await expect.poll(description).toBe(ar.description);
    await chooseLang(s.page, 'en');
    await expect.poll(description).toBe(en.description);
    await chooseLang(s.page, 'ru');
    await expect.poll(description).toBe(ru.description);
    await s.context.close();
  });
});
