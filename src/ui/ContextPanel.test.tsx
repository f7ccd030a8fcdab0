import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { storyTextsQuery } from '../data/texts';
import type { LayerCollection } from '../domain/features';
import { setStory, story } from '../domain/story';
import { ContextPanel } from './ContextPanel';

const { evil } = vi.hoisted(() => ({ evil: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }));

// A story whose excerpt and source hold markup.
const real = story();
beforeAll(() =>
  setStory({
    ...real,
    excerptIds: ['x'],
    texts: () => Promise.resolve({ excerpts: { x: { id: 'x', paragraph: 3, ar: `نص ${evil}`, en: `text ${evil}`, ru: `текст ${evil}` } }, notes: {}, events: {} }),
    sources: { s: { id: 's', outlet: `Outlet ${evil}`, date: '2022-01-07', url: `https://example.invalid/${evil}`, note: evil } },
  }),
);
afterAll(() => setStory(real));

const data = {
  csto: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: {
          id: 'X',
          name_en: `Name ${evil}`,
          name_ar: `اسم ${evil}`,
          name_ru: 'Name ${evil}',
          kind: 'country',
          role: 'contributor',
          excerpts: ['x'],
          figures: [{ kind: 'troops', value: 5, qualifier: 'exact', source: 's' }],
        },
      },
    ],
  } as LayerCollection,
};

describe('the context panel renders content as text', () => {
  it.each(['en', 'ar'] as const)('in %s: markup in a name, an excerpt and a source stays literal', async (lang) => {
    const i18n = await initI18n(lang);
    // The context opens once the story's texts are in (the app waits for them before it opens one).
    const queries = new QueryClient();
    await queries.fetchQuery(storyTextsQuery);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queries}>
          <ContextPanel
            lang={lang}
            selected="X"
            focus={false}
            data={data}
            loading={false}
            onSelect={() => {}}
            onParagraph={() => {}}
          />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain(lang === 'en' ? 'Name &lt;img' : 'اسم &lt;img');
    expect(html).toContain('Outlet &lt;img');
    expect(html).toContain('نص &lt;img');
  });
});

describe('the first view cites the article', () => {
  const article = readFileSync(new URL('../stories/kazakhstan-2022/article.ar.txt', import.meta.url), 'utf8');
  it.each(['en', 'ar'] as const)('in %s: headline, date and the photo credit as the copy gives them, and that it names no outlet or author', async (lang) => {
    const i18n = await initI18n(lang);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ContextPanel lang={lang} selected={null} focus={false} data={{}} loading={false} onSelect={() => {}} onParagraph={() => {}} />
      </I18nextProvider>,
    );
    const t = i18n.getFixedT(lang);
    for (const key of ['intro.headline', 'intro.date', 'intro.photo', 'intro.photoCaption', 'intro.noOutlet'] as const) expect(html).toContain(t(key));
    // The photo's caption and credit are quoted word for word from the copy.
    expect(article).toContain(t('intro.photoCaption'));
    expect(t('intro.photoCaption')).toMatch(/Getty/);
    expect(t('intro.noOutlet')).toMatch(lang === 'en' ? /no outlet and no author/ : /الوسيلة الإعلامية ولا اسم الكاتب/);
  });
});
