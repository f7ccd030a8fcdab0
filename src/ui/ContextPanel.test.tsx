import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import type { LayerCollection } from '../domain/features';
import { ContextPanel } from './ContextPanel';

const { evil } = vi.hoisted(() => ({ evil: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }));

vi.mock('../content/excerpts', () => ({
  excerpts: { x: { id: 'x', paragraph: 3, ar: `نص ${evil}`, en: `text ${evil}` } },
}));
vi.mock('../content/sources', () => ({
  sources: { s: { id: 's', outlet: `Outlet ${evil}`, date: '2022-01-07', url: `https://example.invalid/${evil}`, note: evil } },
}));

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
  it.each(['en', 'ar'] as const)('in %s: markup in a name, an excerpt and a source stays literal', (lang) => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={initI18n(lang)}>
        <ContextPanel
          lang={lang}
          selected="X"
          focus={false}
          data={data}
          loading={false}
          onSelect={() => {}}
          onParagraph={() => {}}
        />
      </I18nextProvider>,
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain(lang === 'en' ? 'Name &lt;img' : 'اسم &lt;img');
    expect(html).toContain('Outlet &lt;img');
    expect(html).toContain('نص &lt;img');
  });
});
