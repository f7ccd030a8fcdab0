import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerId, View } from '../domain/url';
import { ContextPanel } from '../ui/ContextPanel';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { LayerPanel } from '../ui/LayerPanel';
import { MapCanvas, type MapHandle } from '../ui/MapCanvas';
import { ShareBar, type ShareAction } from '../ui/ShareBar';
import { useLayerFiles } from '../ui/useLayerFiles';
import { dirOf } from './i18n';
import { linkTo, urlStore, useAppState } from './urlStore';

const EmbedDialog = lazy(() => import('../ui/share/EmbedDialog'));
const SourcesDialog = lazy(() => import('../ui/share/SourcesDialog'));

/** The link follows the camera, which moves without re-rendering the page. */
const refreshFullView = (e: SyntheticEvent<HTMLAnchorElement>) => {
  e.currentTarget.href = linkTo({ embed: false });
};

const initialView = urlStore.get().view;

export function App() {
  const { t, i18n } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const layers = useAppState((s) => s.layers);
  const sel = useAppState((s) => s.sel);
  const debug = useAppState((s) => s.debug);
  const embed = useAppState((s) => s.embed);
  const { data, status } = useLayerFiles();
  // Where the current selection came from: the list moves the camera, the map does not.
  const [origin, setOrigin] = useState<'map' | 'list'>('map');
  const fromList = origin === 'list' && sel !== null;
  const previous = useRef<string | null>(sel);
  const [mapless, setMapless] = useState(false);
  const map = useRef<MapHandle>(null);
  const [dialog, setDialog] = useState<'embed' | 'data' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t('title');
  }, [lang, i18n, t]);

  const select = useCallback((id: string | null, from: 'map' | 'list') => {
    setOrigin(from);
    urlStore.update({ sel: id });
  }, []);

  // Closing the context hands focus back to where the reader was.
  useEffect(() => {
    const closed = previous.current;
    previous.current = sel;
    if (sel !== null || closed === null) return;
    const target =
      origin === 'list'
        ? document.querySelector<HTMLElement>(`.entity-list [data-id="${CSS.escape(closed)}"]`)
        : document.querySelector<HTMLElement>('.maplibregl-canvas');
    target?.focus();
  }, [sel, origin]);

  useEffect(() => {
    if (sel === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null, origin);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sel, select, origin]);

  const toggle = useCallback(
    (id: LayerId, on: boolean) => {
      const next = on ? [...layers, id] : layers.filter((l) => l !== id);
      urlStore.update({ layers: next });
    },
    [layers],
  );
  const onViewChange = useCallback((view: View) => urlStore.update({ view }), []);
  const onMapSelect = useCallback((id: string | null) => select(id, 'map'), [select]);
  const onListSelect = useCallback((id: string | null) => select(id, 'list'), [select]);
  const loading = Object.values(status).some((s) => s.status === 'pending');

  const share = async (action: ShareAction) => {
    if (action === 'embed' || action === 'data') return setDialog(action);
    if (action === 'print') {
      // Without the sharp picture, print still takes the map as drawn (see MapCanvas).
      await map.current?.preparePrint().catch(() => undefined);
      return window.print();
    }
    const handle = map.current;
    if (mapless || !handle) return setNotice(t('share.imageFailed', { why: t('share.noMap') }));
    setNotice(t('share.imageWorking'));
    try {
      const { saveImage } = await import('../ui/share/exportImage');
      await saveImage({ map: handle, t, lang, layers, data });
      setNotice(null);
    } catch (e) {
      setNotice(t('share.imageFailed', { why: (e as Error).message }));
    }
  };

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {t('skipToPanel')}
      </a>
      {embed ? (
        <header className="embed-bar">
          <h1>{t('shortTitle')}</h1>
          <a
            href={linkTo({ embed: false })}
            target="_blank"
            rel="noopener"
            onClick={refreshFullView}
            onFocus={refreshFullView}
            onPointerEnter={refreshFullView}
          >
            {t('embed.fullView')}
          </a>
        </header>
      ) : (
        <header className="top-bar">
          <h1>{t('title')}</h1>
          <ShareBar notice={notice} onAction={(a) => void share(a)} />
          <LanguageSwitch lang={lang} onChange={(next) => urlStore.update({ lang: next })} />
        </header>
      )}
      <main className="layout">
        <div className="map-area">
          <MapCanvas
            lang={lang}
            initialView={initialView}
            layers={layers}
            selected={sel}
            flyTo={fromList}
            data={data}
            debug={debug}
            onSelect={onMapSelect}
            onViewChange={onViewChange}
            onUnavailable={() => setMapless(true)}
            handle={map}
          />
          {!mapless && <LayerPanel visible={layers} status={status} onToggle={toggle} />}
        </div>
        <ContextPanel
          lang={lang}
          selected={sel}
          focus={fromList}
          data={data}
          loading={loading}
          onSelect={onListSelect}
        />
      </main>
      <footer className="print-footer">{t('map.attribution')}</footer>
      <Suspense>
        {dialog === 'embed' && <EmbedDialog src={linkTo({ embed: true, debug: false })} onClose={() => setDialog(null)} />}
        {dialog === 'data' && <SourcesDialog lang={lang} data={data} onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
