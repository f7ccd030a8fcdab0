import { useSuspenseQuery } from '@tanstack/react-query';
import { use, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { storyTextsQuery } from '../data/texts';
import { story } from '../domain/story';
import type { Bounds } from '../domain/bounds';
import { chapterBounds } from '../domain/chapters';
import type { Collections } from '../domain/entity';
import { formatDate, formatNumber } from '../domain/format';
import { type LayerId } from '../domain/url';
import { dirOf, type Lang } from '../domain/lang';
import { Quote } from './Quote';
import { SourceBadge } from './SourceBadge';
import { NARROW } from './LayerPanel';


/** What a chapter asks of the map. */
export interface ChapterView {
  layers: LayerId[];
  date: string | null;
  highlight: string | null;
  bounds: Bounds | null;
}

interface Props {
  lang: Lang;
  /** 1-based. */
  step: number;
  data: Collections;
  onStep(step: number): void;
  onExit(): void;
  onView(view: ChapterView): void;
  onParagraph(n: number): void;
}

/** How far a finger must travel across the tour, and how much straighter than down, to turn a chapter. */
const SWIPE_PX = 60;

/** One chapter of the guided tour at a time, with its place in the whole and the keys to move on. */
export default function Tour({ lang, step, data, onStep, onExit, onView, onParagraph }: Props) {
  const { t } = useTranslation();
  const chapters = use(story().chapters());
  // The chapter's quotes: here before it shows, so they do not arrive after it.
  useSuspenseQuery(storyTextsQuery);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  // A link may name a step the tour does not have: it opens at the nearest one.
  const chapter = chapters[Math.min(step, chapters.length) - 1]!;
  const collections = useMemo(() => Object.values(data), [data]);
  const bounds = useMemo(() => chapterBounds(chapter, collections), [chapter, collections]);
  const boundsKey = JSON.stringify(bounds);

  useEffect(() => {
    if (step > chapters.length) onStep(chapters.length);
  }, [step, onStep, chapters.length]);

  useEffect(() => {
    onView({
      layers: [...chapter.layers],
      date: chapter.date ?? null,
      highlight: chapter.highlight ?? null,
      bounds,
    });
    // A new box only when the chapter's frame changes, not each time a file arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chapter, boundsKey, onView]);

  // The new chapter's title takes focus (and comes into view), so the keys keep working. In the
  // commit itself: a key pressed the moment the chapter shows must already reach the tour.
  // On a phone, whose sheet shows a few lines, the chapter comes into view from its top, its text
  // below its title rather than behind the buttons at the sheet's foot.
  useLayoutEffect(() => {
    const phone = window.matchMedia(NARROW).matches;
    heading.current?.focus({ preventScroll: phone });
    if (phone) section.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const go = (n: number) => {
    if (n >= 1 && n <= chapters.length) onStep(n);
  };
  const rtl = dirOf(lang) === 'rtl';
  const onKey = (e: KeyboardEvent) => {
    // Arrows are left to the controls that use them (none inside a button).
    const forward = ['PageDown', 'ArrowDown', rtl ? 'ArrowLeft' : 'ArrowRight'];
    const back = ['PageUp', 'ArrowUp', rtl ? 'ArrowRight' : 'ArrowLeft'];
    if (forward.includes(e.key)) go(step + 1);
    else if (back.includes(e.key)) go(step - 1);
    else if (e.key === 'Escape') onExit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  // A swipe across the chapter turns it, the way the text runs: leftwards is onwards in English.
  const swipeStart = useRef<{ id: number; x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent) => {
    swipeStart.current = e.pointerType === 'mouse' ? null : { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (start?.id !== e.pointerId) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(e.clientY - start.y)) return;
    go(dx < 0 !== rtl ? step + 1 : step - 1);
  };
  const last = step === chapters.length;

  return (
    <section
      ref={section}
      className="tour"
      aria-label={t('tour.label')}
      onKeyDown={onKey}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        swipeStart.current = null;
      }}
      data-chapter={chapter.id}
    >
      <div className="tour-progress">
        <p id="tour-progress">{t('tour.progress', { n: step, total: chapters.length })}</p>
        <progress max={chapters.length} value={step} aria-labelledby="tour-progress" />
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {chapter.title[lang]}
      </h2>
      {chapter.date && chapter.dateSource && (
        <p className="dateline">
          {t('tour.date', { date: formatDate(chapter.date, lang) })}{' '}
          <SourceBadge source={chapter.dateSource.source} paragraph={chapter.dateSource.paragraph} lang={lang} />
        </p>
      )}
      <p>{chapter.text[lang]}</p>
      {chapter.figures && chapter.figures.length > 0 && (
        <section aria-labelledby="tour-figures">
          <h3 id="tour-figures">{t('tour.figures')}</h3>
          <ul className="facts">
            {chapter.figures.map((f) => (
              <li key={`${f.value}-${f.source}`}>
                <span className="figure">
                  <bdi>{f.year ? `${f.value}:` : formatNumber(f.value, lang)}</bdi> {f.what[lang]}
                </span>{' '}
                <SourceBadge source={f.source} paragraph={f.paragraph} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="tour-words">
        <h3 id="tour-words">{t('panel.words')}</h3>
        {chapter.excerpts.map((id) => (
          <Quote key={id} id={id} onParagraph={onParagraph} />
        ))}
      </section>
      <p className="hint">{t('tour.keys')}</p>
      {/* Last, and held at the panel's foot while the chapter scrolls (styles.css): whatever it
          lies over scrolls clear of it above, and nothing of the chapter shows below it. */}
      <nav className="tour-nav" aria-label={t('tour.label')}>
        <button type="button" onClick={() => go(step - 1)} disabled={step === 1}>
          {t('tour.previous')}
        </button>
        {last ? (
          <button type="button" className="primary" onClick={onExit}>
            {t('tour.finish')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => go(step + 1)}>
            {t('tour.next')}
          </button>
        )}
        <button type="button" onClick={onExit}>
          {t('tour.exit')}
        </button>
      </nav>
    </section>
  );
}
