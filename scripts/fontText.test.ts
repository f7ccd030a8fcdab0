import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARABIC_SUBSET_FILE, arabicText, textSources } from './fontText';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the shipped Arabic font', () => {
  it('was cut for every Arabic character the app writes (else run `npm run fonts`)', () => {
    const needed = arabicText(textSources(root, readdirSync, (p) => readFileSync(p, 'utf8')));
    const shipped = readFileSync(`${root}${ARABIC_SUBSET_FILE}.txt`, 'utf8').trim();
    expect(shipped).toBe(needed);
    expect(readFileSync(`${root}${ARABIC_SUBSET_FILE}`).length).toBeGreaterThan(2000);
  });

  it('collects Arabic letters and leaves other scripts out', () => {
    expect(arabicText(['Almaty ألماتا 2022'])).toContain('ل');
    expect(arabicText(['Almaty'])).not.toMatch(/[A-Za-z]/);
  });
});
