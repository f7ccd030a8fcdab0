import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP } from './scripts/csp.ts';
import { LANGS, localeOf, type Lang } from './src/domain/lang.ts';
import { storyFolder } from './scripts/storyFolder.ts';

/** The story folder to build (`STORY=<folder under src/stories>` or `STORY=<path>`); this article's by default. */
const STORY = storyFolder();
/** The story's English title and summary (its `meta.json`), for the page's head. */
const storyMeta = JSON.parse(readFileSync(join(STORY, 'meta.json'), 'utf8')) as { title: string; shortTitle: string; description: string };

/** The built page carries its policy too, for hosts that cannot set headers. */
const cspMeta = (): Plugin => ({
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
  ],
});

/**
 * What a crawler or a link preview reads before any script runs: the page's title, summary,
 * picture and icons in English, the language the page starts in (`<html lang="en">`); the app
 * then switches title and summary with the language. SITE_URL (the public address, at build
 * time) makes the picture's address absolute, as some previews require.
 */
const pageMeta = (): Plugin => {
  const { title, shortTitle, description } = storyMeta;
  const site = (process.env.SITE_URL ?? '').replace(/\/$/, '');
  const image = `${site}/preview.jpg`;
  const imageAlt = 'The map’s first view: Kazakhstan and its neighbours, with the places the article names';
  const manifest = JSON.stringify({
    name: title,
    short_name: shortTitle,
    description,
    lang: 'en',
    dir: 'ltr',
    start_url: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  });
  const meta = (key: 'name' | 'property', name: string, content: string) => ({
    tag: 'meta',
    attrs: { [key]: name, content },
    injectTo: 'head' as const,
  });
  return {
    name: 'page-meta',
    transformIndexHtml: () => [
      { tag: 'title', children: title, injectTo: 'head' },
      meta('name', 'description', description),
      meta('name', 'theme-color', '#0b5cad'),
      { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
      meta('property', 'og:type', 'website'),
      meta('property', 'og:title', title),
      meta('property', 'og:description', description),
      meta('property', 'og:locale', 'en_GB'),
      ...LANGS.filter((l) => l !== 'en').map((l) => meta('property', 'og:locale:alternate', ogLocale(l))),
      ...(site ? [meta('property', 'og:url', `${site}/`)] : []),
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', '1200'),
      meta('property', 'og:image:height', '630'),
      meta('property', 'og:image:alt', imageAlt),
      meta('name', 'twitter:card', 'summary_large_image'),
      meta('name', 'twitter:title', title),
      meta('name', 'twitter:description', description),
      meta('name', 'twitter:image', image),
      meta('name', 'twitter:image:alt', imageAlt),
    ],
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_req, res) => {
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(manifest);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: manifest });
    },
  };
};

/** Open Graph's form of a language's locale: language and region (`ru_RU`). */
const ogLocale = (lang: Lang) => {
  const { language, region } = new Intl.Locale(localeOf(lang)).maximize();
  return `${language}_${region}`;
};

/** Brotli and gzip copies beside every text asset, so the server never compresses on the fly. */
const precompress = (): Plugin => ({
  name: 'precompress',
  apply: 'build',
  writeBundle({ dir }) {
    if (!dir) return;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(js|mjs|css|html|geojson|json|svg)$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      const body = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  },
});

export default defineConfig({
  plugins: [react(), cspMeta(), pageMeta(), precompress()],
  resolve: { alias: { '@story': STORY } },
  // The layer files are fetched at run time, each on its own, so that one bad file
  // cannot stop the others: they are assets with hashed names, not bundled modules.
  assetsInclude: ['**/*.geojson'],
  build: { target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Engine modules read the story as the app does: handed over before they load.
    setupFiles: ['src/story.ts'],
    // The tests share no state they do not set up themselves (a shuffled run passes), so one
    // module graph per worker serves them all, on every core: a fifth of the time of a fresh
    // process per file.
    pool: 'threads',
    isolate: false,
    maxWorkers: '100%',
  },
});
