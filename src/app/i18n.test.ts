import { describe, expect, it } from 'vitest';
import { figureKey, QUALIFIERS } from '../domain/features';
import { story } from '../domain/story';
import { partLegend } from '../map/kinds';
import { LANGS } from '../domain/lang';
import type { EngineStrings } from '../strings/en';
import { initI18n, loadLanguage } from './i18n';

/** Every key of a tree of strings, as i18next reads it (`layers.heading`). */
const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('languages', () => {
  it('open with only their own strings; the other language is added when loaded, and then serves', async () => {
    const i18n = await initI18n('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(false);
    await loadLanguage(i18n, 'ar');
    await i18n.changeLanguage('ar');
    expect(i18n.t('layers.heading')).toBe('الطبقات');
    expect(i18n.getFixedT('en')('layers.heading')).toBe('Layers');
  });
});

describe('counts in words', () => {
  // i18next is one instance: each test sets it up itself, whatever ran before.
  const both = async () => {
    const i18n = await initI18n('ar');
    await loadLanguage(i18n, 'en');
    return i18n;
  };

  it('take Arabic’s own plural forms', async () => {
    const t = (await both()).getFixedT('ar');
    const marked = (count: number) => t('reader.marked', { name: 'ألماتا', count });
    expect(marked(1)).toBe('ألماتا: إشارة مميّزة واحدة');
    expect(marked(2)).toBe('ألماتا: إشارتان مميّزتان');
    expect(marked(3)).toBe('ألماتا: 3 إشارات مميّزة');
    expect(marked(11)).toBe('ألماتا: 11 إشارة مميّزة');
    expect(marked(100)).toBe('ألماتا: 100 إشارة مميّزة');
    expect(t('data.features', { count: 2, n: '2' })).toBe('عنصران');
    expect(t('data.features', { count: 16, n: '16' })).toBe('16 عنصراً');
  });

  it('and English its singular and plural', async () => {
    const t = (await both()).getFixedT('en');
    expect(t('reader.marked', { name: 'Almaty', count: 1 })).toBe('Almaty: 1 mention marked');
    expect(t('reader.marked', { name: 'Almaty', count: 4 })).toBe('Almaty: 4 mentions marked');
    expect(t('data.features', { count: 1234, n: '1,234' })).toBe('1,234 features');
  });
});

describe('string keys', () => {
  it('are checked by the compiler: a key the strings lack does not build', async () => {
    const t = (await initI18n('en')).getFixedT('en');
    // @ts-expect-error: no such string (tsc fails here if keys were untyped).
    expect(t('legend.nowhere')).toBe('legend.nowhere');
    expect(t('legend.crimea')).not.toBe('legend.crimea');
  });
});

describe('the engine’s words and the story’s', () => {
  it.for(LANGS)('share no key in %s: a story cannot reword a button, and a word is in one place', async (lang) => {
    const engine = keys(((await import(`../strings/${lang}.ts`)) as Record<string, EngineStrings>)[lang]!);
    const own = keys(await story().strings[lang]());
    expect(engine.length).toBeGreaterThan(50);
    expect(own.length).toBeGreaterThan(20);
    expect(own.filter((k) => engine.includes(k))).toEqual([]);
  });

  it.for(LANGS)('in %s, word every key the story’s data names: layers, legends, roles, and each figure with each hedge', async (lang) => {
    const i18n = await initI18n(lang);
    const parts = story().layers.flatMap((l) => l.parts);
    const named = [
      ...story().layers.flatMap((l) => [l.name, ...(l.note ? [l.note] : [])]),
      ...partLegend(parts).flatMap((e) => [e.label, ...(e.sizes ? [e.sizes.label] : [])]),
      ...parts.flatMap((p) => (p.kind === 'area' ? [...p.styles.flatMap((s) => (s.role ? [s.role] : [])), ...(p.others ? [p.others] : [])] : [])),
      ...parts.flatMap((p) =>
        p.kind === 'symbols'
          ? [p.value, ...(p.figures ?? [])].flatMap((kind) => QUALIFIERS.map((qualifier) => figureKey({ kind, qualifier })))
          : [],
      ),
    ];
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((k) => !i18n.exists(k, { lng: lang }))).toEqual([]);
  });

  it('both serve the interface', async () => {
    const t = (await initI18n('en')).getFixedT('en');
    expect(t('layers.heading')).toBe('Layers');
    expect(t('layers.protest')).toBe('Where protests began');
  });
});
