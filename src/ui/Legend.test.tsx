import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../app/i18n';
import { LANGS } from '../domain/lang';
import { swatchMarks } from '../map/swatch';
import { Legend, Swatch } from './Legend';

describe('Swatch', () => {
  it('draws each of the shared marks as one SVG shape', () => {
    const html = renderToStaticMarkup(<Swatch symbol="withdrawing" colour="#145c53" />);
    expect(html.match(/<path /g)).toHaveLength(swatchMarks({ symbol: 'withdrawing', colour: '#145c53' }).length);
    expect(html).toContain('stroke-dasharray="4 3"');
  });

  it('fills Crimea’s box with a hatch pattern it defines', () => {
    const html = renderToStaticMarkup(<Swatch symbol="hatch" colour="#145c53" />);
    const id = /<pattern id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`fill="url(#${id})"`);
  });

  it('gives two hatched swatches on one page their own patterns', () => {
    const html = renderToStaticMarkup(
      <>
        <Swatch symbol="hatch" colour="#145c53" />
        <Swatch symbol="hatch" colour="#e0a040" />
      </>,
    );
    const ids = [...html.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('Legend', () => {
  it.each(LANGS)('in %s: its size key says what a figure’s mark stands for, in the hedge’s own words', async (lang) => {
    const i18n = await initI18n(lang);
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Legend entries={[{ label: 'layers.heading', symbol: 'circles', colour: '#145c53', sizes: { scale: 1, values: [100], label: 'layers.heading' } }]} />
      </I18nextProvider>,
    );
    const words = { en: '“(reported)”', ar: '«(حسب التقارير)»', ru: '«(сообщалось)»' }[lang];
    expect(html).toMatch(new RegExp(`class="mark-key">[^<]*\\*[^<]*${words.replace(/[()]/g, '\\$&')}`));
  });
});
