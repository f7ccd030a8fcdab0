import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { swatchMarks } from '../map/swatch';
import { Swatch } from './Legend';

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
