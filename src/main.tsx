import './app/noEval';
// The story next: every engine module below reads it as it loads.
import './story';
// Then the language's strings, which load while the modules below run.
import { i18nReady } from './app/language';
import './ui/fonts.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { App } from './app/App';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

// The first render waits for its language's strings, so no text shows in another language.
// (A top-level await here would make the bundler move every module the lazy panels share out of
// this chunk, and the first view would load them as many small files.)
void i18nReady.then((i18n) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  ),
);
