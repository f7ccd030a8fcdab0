import './app/noEval';
// The story next: every engine module below reads it as it loads.
import './story';
import '@fontsource/noto-sans/latin-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { App } from './app/App';
import { initI18n } from './app/i18n';
import { urlStore } from './app/urlStore';

const i18n = initI18n(urlStore.get().lang);
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
