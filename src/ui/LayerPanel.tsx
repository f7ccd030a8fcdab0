import { useEffect, useId, useRef, useState, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerId } from '../domain/url';
import { Legend, Swatch } from './Legend';
import { partLegend } from '../map/kinds';
import { BASE_LEGEND } from '../map/base';
import type { FileStatus } from './useLayerFiles';
import { story } from '../domain/story';

const { layers: LAYERS } = story();
const LAYER_FILES = new Set(LAYERS.map((l) => l.file.id));

export const NARROW = '(max-width: 760px)';

interface Props {
  visible: LayerId[];
  /** By file id, and a names table by `names.<lang>`. */
  status: Record<string, FileStatus>;
  /** Folded while the tour sets the layers, so its frames are not covered; it opens again after. */
  folded: boolean;
  onToggle(id: LayerId, on: boolean): void;
  ref?: Ref<HTMLElement>;
}

function Problems({ status, label }: { status: FileStatus; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="layer-error" role="alert">
      <p>{label}</p>
      <ul className="problems">
        {status.problems.slice(0, 5).map((p) => (
          <li key={p} dir="ltr">
            {p}
          </li>
        ))}
      </ul>
      <button type="button" onClick={status.retry}>
        {t('layers.retry')}
      </button>
    </div>
  );
}

/** Whether a scrolling box has more below what it shows: at its start, as it scrolls, as its content or size changes. */
function useMoreBelow(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => setMore(box.scrollHeight - box.clientHeight - box.scrollTop > 2);
    update();
    box.addEventListener('scroll', update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(box);
    for (const child of box.children) resized.observe(child);
    // A layer's legend, status or error comes and goes inside the list.
    const changed = new MutationObserver(update);
    changed.observe(box, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    return () => {
      box.removeEventListener('scroll', update);
      resized.disconnect();
      changed.disconnect();
    };
  }, [ref]);
  return more;
}

/** A file the loader has not reported on yet. */
const PENDING: FileStatus = { name: '', status: 'pending', problems: [], retry: () => undefined };

export function LayerPanel({ visible, status, folded, onToggle, ref }: Props) {
  const { t } = useTranslation();
  // On a phone the panel starts folded so the map keeps the screen.
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches);
  const before = useRef(open);
  useEffect(() => {
    if (folded) {
      before.current = open;
      setOpen(false);
    } else setOpen(before.current);
    // Only a change of `folded` moves the panel; the reader's own clicks stay theirs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [folded]);
  const [legend, setLegend] = useState(false);
  const listId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const more = useMoreBelow(scroller);
  // The base map's files and a names table are no layer's: their failures are listed under the layers.
  const baseFailed = Object.entries(status).filter(([f, s]) => s.status === 'error' && !LAYER_FILES.has(f));
  return (
    <section ref={ref} className="layer-panel" aria-labelledby="layers-heading">
      <div className="layer-panel-head">
        <h2 id="layers-heading">
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {t('layers.heading')}
          </button>
        </h2>
        {open && (
          <button type="button" aria-expanded={legend} aria-controls={listId} onClick={() => setLegend(!legend)}>
            {t(legend ? 'layers.hideLegend' : 'layers.showLegend')}
          </button>
        )}
      </div>
      <div className="layer-scroll" ref={scroller}>
        <ul className="layers" id={listId} hidden={!open}>
          {LAYERS.map((layer) => {
            const s = status[layer.file.id] ?? PENDING;
            const id = `layer-${layer.id}`;
            const entries = partLegend(layer.parts);
            return (
              <li key={layer.id} className="layer" data-layer={layer.id} aria-busy={s.status === 'pending'}>
                <div className="layer-toggle">
                  <input
                    id={id}
                    type="checkbox"
                    checked={visible.includes(layer.id)}
                    onChange={(e) => onToggle(layer.id, e.target.checked)}
                  />
                  <label htmlFor={id}>{t(layer.name)}</label>
                  {!legend && entries[0] && <Swatch {...entries[0]} />}
                </div>
                {s.status === 'pending' && (
                  <p className="layer-status" role="status">
                    {t('layers.loading')}
                  </p>
                )}
                {s.status === 'error' && <Problems status={s} label={t('layers.error')} />}
                {/* Always there for print, which shows the legend of every layer drawn. */}
                {s.status === 'success' && (
                  <div className="layer-legend" hidden={!legend}>
                    <Legend entries={entries} note={layer.note} />
                  </div>
                )}
              </li>
            );
          })}
          {/* The base map's own dots, explained under the layers (and in print). */}
          <li className="layer layer-base" data-layer="base" hidden={!legend}>
            <p className="layer-toggle">{t('layers.base')}</p>
            <div className="layer-legend" hidden={!legend}>
              <Legend entries={BASE_LEGEND} />
            </div>
          </li>
        </ul>
        {baseFailed.map(([f, s]) => (
          <Problems key={f} status={s} label={t('layers.baseError', { files: s.name })} />
        ))}
      </div>
      {/* Where the panel scrolls, a cue at its foot says there is more until its end is reached. */}
      {more && (
        <p className="scroll-cue" aria-hidden="true">
          {t('layers.more')}
        </p>
      )}
    </section>
  );
}
