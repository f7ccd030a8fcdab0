import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arabicText, charList, FONT_CUTS, latinText, textSources } from './fontText';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the shipped cut fonts', () => {
  const texts = textSources(root, readdirSync, (p) => readFileSync(p, 'utf8'));

  it.each(FONT_CUTS.map((cut) => [basename(cut.file), cut] as const))(
    '%s was cut for every character of its script the app writes (else run `npm run fonts`)',
    (_, cut) => {
      const shipped = charList.read(readFileSync(`${root}${cut.file}.txt`, 'utf8'));
      expect(shipped).toBe(cut.chars(texts));
      expect(readFileSync(`${root}${cut.file}`).length).toBeGreaterThan(2000);
    },
  );

  it('are each declared by the page (src/ui/fonts.css)', () => {
    const css = readFileSync(`${root}src/ui/fonts.css`, 'utf8');
    for (const cut of FONT_CUTS) expect(css).toContain(`../assets/fonts/${basename(cut.file)}'`);
  });

  it('collects Arabic letters and leaves other scripts out', () => {
    expect(arabicText(['Almaty ألماتا 2022'])).toContain('ل');
    expect(arabicText(['Almaty'])).not.toMatch(/[A-Za-z]/);
  });

  it('collects what the Latin file draws, with ASCII and the spaces of formatted numbers, and leaves other scripts out', () => {
    const text = latinText(['Åland – «Алматы» ألماتا ⌘\n\t']);
    for (const ch of ['Å', '–', '«', 'z', ' ', '\u00A0', '\u202F']) expect(text).toContain(ch);
    expect(text).not.toMatch(/[\u0400-\u04FF\u0600-\u06FF⌘]/u);
    expect([...text].filter((ch) => ch.codePointAt(0)! < 0x20 || ch === '\u007F')).toEqual([]);
  });
});
