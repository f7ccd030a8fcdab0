import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject, type SyntheticEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findEntity } from '../domain/entity';
import { type LayerId, type View } from '../domain/url';
import { asLang, dirOf } from '../domain/lang';
import { ContextPanel } from '../ui/ContextPanel';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { LayerPanel } from '../ui/LayerPanel';
import { MapCanvas, type MapHandle } from '../ui/MapCanvas';
import { PlaceSearch } from '../ui/PlaceSearch';
import { ShareBar, type ShareAction } from '../ui/ShareBar';
import { Timeline } from '../ui/Timeline';
import { credits } from '../ui/credits';
import type { ChapterView } from '../ui/Tour';
import { useLayerFiles } from '../ui/useLayerFiles';
import { storyTextsQuery } from '../data/texts';
import { loadLanguage } from './i18n';
import { linkTo, urlStore, useAppState, type AppState } from './urlStore';
import { figureTable, story } from '../domain/story';

const { layers: LAYERS } = story();
const TABLE = figureTable();

// The tour, the reader and the share dialogs carry content or code only some readers need:
// each loads when opened.
const Tour = lazy(() => import('../ui/Tour'));
const Reader = lazy(() => import('../ui/Reader'));
const EmbedDialog = lazy(() => import('../ui/share/EmbedDialog'));
const SourcesDialog = lazy(() => import('../ui/share/SourcesDialog'));
const FiguresDialog = lazy(() => import('../ui/share/FiguresDialog'));

/** The link follows the camera, which moves without re-rendering the page. */
const refreshFullView = (e: SyntheticEvent<HTMLAnchorElement>) => {
  e.currentTarget.href = linkTo({ embed: false });
};

const initialView = urlStore.get().view;

/** Where a selection was made: on the map, in a list (the panel's, the article's marks) or in the search. */
type Origin = 'map' | 'list' | 'search';

/**
 * After a panel closes, focus goes to the button that opens it again, once that is drawn; but
 * not when the reader has already put focus somewhere else in the meantime.
 */
const refocus = (button: RefObject<HTMLButtonElement | null>) =>
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now === null || now === document.body) button.current?.focus();
  });

export function App() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const asked = useAppState((s) => s.lang);
  // The page is in the language whose strings are in: an address may name one still loading.
  const lang = asLang(i18n.language);
  const layers = useAppState((s) => s.layers);
  const sel = useAppState((s) => s.sel);
  const chapter = useAppState((s) => s.chapter);
  const date = useAppState((s) => s.date);
  const panel = useAppState((s) => s.panel);
  const debug = useAppState((s) => s.debug);
  const embed = useAppState((s) => s.embed);
  const { data, status } = useLayerFiles(lang);
  // Where the current selection came from: a list or the search moves the camera, the map does not.
  const [origin, setOrigin] = useState<Origin>('map');
  const previous = useRef<string | null>(sel);
  const [mapless, setMapless] = useState(false);
  const [chapterView, setChapterView] = useState<ChapterView | null>(null);
  const [readerJump, setReaderJump] = useState<{ paragraph: number; key: number } | null>(null);
  const tourButton = useRef<HTMLButtonElement>(null);
  const readerButton = useRef<HTMLButtonElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const map = useRef<MapHandle>(null);
  const layerPanel = useRef<HTMLElement>(null);
  const [dialog, setDialog] = useState<'embed' | 'figures' | 'data' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const touring = chapter !== null;
  const step = touring ? chapterView : null;
  const shownLayers = step ? step.layers : layers;
  const shownDate = step ? step.date : date;
  const shownSel = touring ? (step?.highlight ?? null) : sel;
  const fromList = !touring && origin !== 'map' && sel !== null;

  useLayoutEffect(() => {
    // A loaded language (the switch starts loading it when pointed at) changes at once, before paint;
    // another when its strings arrive, the whole page at once.
    if (i18n.hasResourceBundle(asked, 'translation')) {
      if (i18n.language !== asked) void i18n.changeLanguage(asked);
      return;
    }
    let current = true;
    void loadLanguage(i18n, asked).then(
      () => {
        if (current) void i18n.changeLanguage(asked);
      },
      () => {
        // The page stays in its language, and the address with it: it says so rather than nothing.
        if (!current) return;
        setNotice(i18n.t('error.language'));
        urlStore.update({ lang: asLang(i18n.language) });
      },
    );
    return () => {
      current = false;
    };
  }, [asked, i18n]);

  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t('title');
    document.querySelector('meta[name="description"]')?.setAttribute('content', t('description'));
  }, [lang, i18n, t]);

  /** Touching the map, a layer or the date during the tour leaves it where the chapter was. */
  const leaveTour = useCallback(
    (): Partial<AppState> => (step ? { chapter: null, layers: step.layers, date: step.date } : {}),
    [step],
  );

  const select = useCallback(
    (id: string | null, from: Origin) => {
      setOrigin(from);
      const patch: Partial<AppState> = { ...leaveTour(), sel: id };
      // A thing on a layer that is off is shown by turning its layer on.
      const files = id ? (findEntity(id, data)?.files ?? []) : [];
      const own = LAYERS.filter((l) => files.includes(l.file.id));
      const base = patch.layers ?? layers;
      if (own.length > 0 && !own.some((l) => base.includes(l.id))) patch.layers = [...base, own[0]!.id];
      // The context opens with its quotes and notes in place: the first one waits for them to load
      // (and opens without them if they cannot).
      const open = () => urlStore.update(patch);
      if (id === null) open();
      else void queryClient.ensureQueryData(storyTextsQuery).then(open, open);
    },
    [leaveTour, data, layers, queryClient],
  );

  // An address that opens on a selection or a chapter needs the quotes at once: they load beside the layer files.
  useEffect(() => {
    if (sel !== null || touring) void queryClient.prefetchQuery(storyTextsQuery);
  }, [sel, touring, queryClient]);

  // Closing the context hands focus back to where the reader was.
  useEffect(() => {
    const closed = previous.current;
    previous.current = sel;
    if (sel !== null || closed === null || touring) return;
    // Back to the search field, in view again (on a phone the open entry hid it), its last query
    // selected so that the next one replaces it: a second search needs no scrolling back by hand.
    if (origin === 'search') {
      searchField.current?.focus();
      searchField.current?.select();
      return;
    }
    const returnTo =
      origin === 'list'
        ? document.querySelector<HTMLElement>(
            `.entity-list [data-id="${CSS.escape(closed)}"], .reader .mark[data-mark="${CSS.escape(closed)}"]`,
          )
        : document.querySelector<HTMLElement>('.maplibregl-canvas');
    returnTo?.focus();
  }, [sel, origin, touring]);

  // Back and Forward bring back the camera of their step, as a reload of that address would.
  useEffect(() => {
    const restore = () => {
      const v = urlStore.get().view;
      if (v) map.current?.jumpTo(v);
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, []);

  useEffect(() => {
    if (sel === null || touring) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null, origin);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sel, select, origin, touring]);

  const toggle = useCallback(
    (id: LayerId, on: boolean) => {
      const base = step ? step.layers : layers;
      const next = on ? [...base, id] : base.filter((l) => l !== id);
      urlStore.update({ ...leaveTour(), layers: next });
    },
    [layers, step, leaveTour],
  );
  const onDate = useCallback((d: string | null) => urlStore.update({ ...leaveTour(), date: d }), [leaveTour]);
  const onViewChange = useCallback((v: View) => urlStore.update({ view: v }), []);
  const onMapSelect = useCallback((id: string | null) => select(id, 'map'), [select]);
  const onListSelect = useCallback((id: string | null) => select(id, 'list'), [select]);
  const onSearchSelect = useCallback((id: string) => select(id, 'search'), [select]);
  const onStep = useCallback((n: number) => urlStore.update({ chapter: n }), []);
  const exitTour = useCallback(() => {
    urlStore.update({ chapter: null });
    setChapterView(null);
    refocus(tourButton);
  }, []);
  const openParagraph = useCallback(
    (paragraph: number) => {
      urlStore.update({ ...leaveTour(), panel: 'article' });
      setReaderJump({ paragraph, key: Date.now() });
    },
    [leaveTour],
  );
  const showContext = useCallback(() => {
    urlStore.update({ panel: 'context' });
    setReaderJump(null);
  }, []);
  const closeReader = useCallback(() => {
    showContext();
    refocus(readerButton);
  }, [showContext]);
  const loading = Object.values(status).some((s) => s.status === 'pending');
  const reading = !touring && panel === 'article';

  const share = async (action: ShareAction) => {
    if (action === 'embed' || action === 'figures' || action === 'data') return setDialog(action);
    if (action === 'link') {
      const link = linkTo({ debug: false });
      // Where copying is refused, the link is shown to copy by hand.
      return navigator.clipboard.writeText(link).then(
        () => setNotice(t('share.linkCopied')),
        () => setNotice(t('share.linkFailed', { link })),
      );
    }
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
      await saveImage({ map: handle, t, lang, layers: shownLayers, date: shownDate, data });
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
          <h1>
            <span className="long">{t('title')}</span>
            <span className="short">{t('shortTitle')}</span>
          </h1>
          <ShareBar notice={notice} onAction={(a) => void share(a)} />
          <LanguageSwitch
            lang={lang}
            // Loading ahead may fail quietly: the click that needs the language says so.
            onPrepare={(next) => void loadLanguage(i18n, next).catch(() => undefined)}
            onChange={(next) => urlStore.update({ lang: next })}
          />
        </header>
      )}
      <main className="layout">
        <div className="map-area">
          <div className="map-stage">
            <MapCanvas
              lang={lang}
              initialView={initialView}
              layers={shownLayers}
              selected={shownSel}
              flyTo={fromList}
              fitBounds={step?.bounds ?? null}
              covered={layerPanel}
              date={shownDate}
              data={data}
              debug={debug}
              onSelect={onMapSelect}
              onViewChange={onViewChange}
              onUnavailable={() => setMapless(true)}
              handle={map}
            />
            {!mapless && <LayerPanel ref={layerPanel} visible={shownLayers} status={status} folded={touring || embed} onToggle={toggle} />}
          </div>
          {/* An embedded map keeps its room for the map unless it was shared at a date. */}
          {!mapless && !(embed && shownDate === null) && <Timeline lang={lang} date={shownDate} onChange={onDate} />}
        </div>
        <aside className="context-panel" aria-label={t('panel.label')} id="panel">
          <PlaceSearch ref={searchField} lang={lang} data={data} onSelect={onSearchSelect} />
          <div className="story-actions">
            {!touring && (
              <button type="button" ref={tourButton} onClick={() => urlStore.update({ chapter: 1 })}>
                {t('tour.start')}
              </button>
            )}
            <button
              type="button"
              ref={readerButton}
              aria-pressed={reading}
              onClick={() => (reading ? closeReader() : urlStore.update({ ...leaveTour(), panel: 'article' }))}
            >
              {t('reader.open')}
            </button>
          </div>
          <Suspense fallback={<p role="status">{t(touring ? 'tour.loading' : 'reader.loading')}</p>}>
            {touring ? (
              <Tour
                lang={lang}
                step={chapter}
                data={data}
                onStep={onStep}
                onExit={exitTour}
                onView={setChapterView}
                onParagraph={openParagraph}
              />
            ) : reading ? (
              <Reader
                lang={lang}
                data={data}
                selected={sel}
                jump={readerJump}
                onSelect={onListSelect}
                onContext={showContext}
                onClose={closeReader}
              />
            ) : (
              <ContextPanel
                lang={lang}
                selected={sel}
                focus={fromList}
                data={data}
                loading={loading}
                onSelect={onListSelect}
                onParagraph={openParagraph}
              />
            )}
          </Suspense>
        </aside>
      </main>
      <footer className="print-footer">
        {credits(t, lang, shownLayers, data).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
      <Suspense>
        {dialog === 'embed' && <EmbedDialog src={linkTo({ embed: true, debug: false })} onClose={() => setDialog(null)} />}
        {dialog === 'figures' && TABLE && <FiguresDialog table={TABLE} lang={lang} data={data} onClose={() => setDialog(null)} />}
        {dialog === 'data' && <SourcesDialog lang={lang} data={data} onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
