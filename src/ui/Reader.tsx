import { use, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyParagraphs } from '../domain/article';
import { findEntity, type Collections } from '../domain/entity';
import { nameIn, selectionId } from '../domain/features';
import { findMentions, selectionOf, type GazetteerEntry, type Mention } from '../domain/gazetteer';
import { dirOf, type Lang } from '../domain/lang';
import { story, translationFor, type ReaderContent } from '../domain/story';

const { articleLang: ARTICLE_LANG } = story();

interface Text {
  paragraphs: readonly string[];
  mentions: (Mention & { sel: string | null })[];
  notes: Readonly<Record<number, string>>;
}

/**
 * The article as written, and each of our translations with the same marks, each mention with the
 * map selection it stands for. A text's marks are found when it is first shown: matching every
 * form of a gazetteer takes long enough not to do it for texts the reader never opens.
 */
function textsOf({ article, gazetteer, translations }: ReaderContent) {
  const byId = new Map(gazetteer.map((e) => [e.id, e]));
  const marked = (paragraphs: readonly string[], entries: readonly GazetteerEntry[], lang: Lang) =>
    findMentions(paragraphs, entries, lang).map((m) => ({ ...m, sel: selectionOf(byId.get(m.id)!) }));
  const cache = new Map<Lang, Text>();
  const textIn = (lang: Lang): Text => {
    const tr = lang === ARTICLE_LANG ? undefined : translations[lang];
    if (!tr) lang = ARTICLE_LANG;
    let text = cache.get(lang);
    if (!text) {
      const paragraphs = tr ? tr.paragraphs : bodyParagraphs(article);
      text = { paragraphs, mentions: marked(paragraphs, tr ? tr.gazetteer : gazetteer, lang), notes: tr?.notes ?? {} };
      cache.set(lang, text);
    }
    return text;
  };
  return { headline: article.split('\n')[0]!.trim(), textIn };
}

interface Props {
  lang: Lang;
  data: Collections;
  selected: string | null;
  /** A paragraph to bring into view, asked for by an excerpt; `key` repeats a request. */
  jump: { paragraph: number; key: number } | null;
  onSelect(id: string): void;
  onContext(): void;
  onClose(): void;
}

const motion = (): ScrollBehavior =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

function Paragraph({
  text,
  mentions,
  known,
  selected,
  onMark,
}: {
  text: string;
  mentions: readonly (Mention & { sel: string | null })[];
  known: ReadonlySet<string>;
  selected: string | null;
  onMark(id: string): void;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of mentions) {
    if (!m.sel || !known.has(m.sel)) continue;
    const sel = m.sel;
    parts.push(text.slice(at, m.start));
    parts.push(
      <button
        key={m.start}
        type="button"
        className="mark"
        data-mark={sel}
        aria-current={sel === selected ? 'true' : undefined}
        onClick={() => onMark(sel)}
      >
        {m.text}
      </button>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The whole article, its paragraphs numbered, every name the map knows a way onto the map. */
export default function Reader({ lang, data, selected, jump, onSelect, onContext, onClose }: Props) {
  const { t } = useTranslation();
  const content = use(story().reader());
  const TEXTS = useMemo(() => textsOf(content), [content]);
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const fromText = useRef(false);
  const known = useMemo(
    () => new Set(Object.values(data).flatMap((fc) => fc.features.map((f) => selectionId(f.properties)))),
    [data],
  );
  // The article opens in the interface's language: our translation, one click from the original.
  const offered = [translationFor(lang), ARTICLE_LANG];
  const [script, setScript] = useState<Lang>(lang);
  const [shownFor, setShownFor] = useState(lang);
  if (shownFor !== lang) {
    setShownFor(lang);
    setScript(lang);
  }
  const text = TEXTS.textIn(script);
  const entity = selected ? findEntity(selected, data) : null;
  const count = selected ? text.mentions.filter((m) => m.sel === selected).length : 0;

  // Focus moves in the commit that shows the article, before any key can land elsewhere.
  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  // A selection made elsewhere brings its first mention into view; one made here stays put.
  useEffect(() => {
    if (fromText.current) {
      fromText.current = false;
      return;
    }
    if (!selected) return;
    root.current
      ?.querySelector(`.mark[data-mark="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'center', behavior: motion() });
  }, [selected, script]);

  useEffect(() => {
    if (!jump) return;
    const p = root.current?.querySelector<HTMLElement>(`#paragraph-${jump.paragraph}`);
    p?.scrollIntoView({ block: 'start', behavior: motion() });
    p?.focus({ preventScroll: true });
  }, [jump]);

  const name = entity ? nameIn(entity, lang) : '';
  return (
    <section className="reader" aria-label={t('reader.label')} ref={root}>
      <header className="entity-header">
        <h2 ref={heading} tabIndex={-1} lang={script} dir={dirOf(script)}>
          {script === ARTICLE_LANG ? TEXTS.headline : t('intro.headlineEn')}
        </h2>
        <button type="button" className="close" onClick={onClose}>
          {t('reader.close')}
        </button>
      </header>
      <p className="dateline">{t('intro.date')}</p>
      <div className="reader-script" role="group" aria-label={t('reader.text')}>
        {offered.map((s) => (
          <button key={s} type="button" aria-pressed={script === s} onClick={() => setScript(s)}>
            {t(s === ARTICLE_LANG ? 'reader.original' : 'reader.translation')}
          </button>
        ))}
      </div>
      {script !== ARTICLE_LANG && <p className="translated">{t('reader.translated')}</p>}
      <p className="hint">{t('reader.hint')}</p>
      {entity && (
        <div className="reader-selection" role="status">
          <p>{count > 0 ? t('reader.marked', { name, count }) : t('reader.notMentioned', { name })}</p>
          <button type="button" onClick={onContext}>
            {t('reader.context')}
          </button>
        </div>
      )}
      <ol className="reader-text" lang={script} dir={dirOf(script)}>
        {text.paragraphs.map((p, i) => (
          <li key={i} id={`paragraph-${i + 1}`} value={i + 1} tabIndex={-1}>
            <Paragraph
              text={p}
              mentions={text.mentions.filter((m) => m.paragraph === i + 1)}
              known={known}
              selected={selected}
              onMark={(id) => {
                fromText.current = id !== selected;
                onSelect(id);
              }}
            />
            {text.notes[i + 1] && (
              <small className="translator-note">
                <span lang={lang}>{t('reader.note')}</span>: {text.notes[i + 1]}
              </small>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
