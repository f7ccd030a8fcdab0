import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../domain/format';
import { figureKey, nameIn, type Figure } from '../domain/features';
import { findEntity, listEntities, type Collections, type Entity } from '../domain/entity';
import { dirOf, type Lang } from '../domain/lang';
import { Quote } from './Quote';
import { SourceBadge, SourceBadges, SourceItem } from './SourceBadge';
import { storyTextsQuery } from '../data/texts';
import { story, type Note } from '../domain/story';

const { articleLang: ARTICLE_LANG, routes: ROUTES } = story();


interface Props {
  lang: Lang;
  selected: string | null;
  /** Move focus to the context when it opens (it was asked for from the keyboard list). */
  focus: boolean;
  data: Collections;
  loading: boolean;
  onSelect(id: string | null): void;
  onParagraph(n: number): void;
}

function FigureItem({ figure, lang }: { figure: Figure; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <li>
      <span className="figure">{t(figureKey(figure), { n: formatNumber(figure.value, lang) })}</span>{' '}
      <SourceBadge source={figure.source} paragraph={figure.paragraph} lang={lang} />
    </li>
  );
}

function SourceList({ entity, notes, lang }: { entity: Entity; notes: readonly Note[]; lang: Lang }) {
  const { t } = useTranslation();
  const ids = [
    ...new Set([
      ...entity.figures.map((f) => f.source),
      ...entity.dates.map((d) => d.source),
      ...notes.flatMap((n) => n.sources.map((s) => s.source)),
    ]),
  ].filter((id) => id !== 'article');
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('sources')}</h3>
      <ul className="sources">
        {ids.map((id) => {
          const s = story().sources[id];
          return s ? <SourceItem key={id} source={s} lang={lang} /> : null;
        })}
      </ul>
    </section>
  );
}

function EntityView({
  entity,
  lang,
  focus,
  onClose,
  onParagraph,
}: {
  entity: Entity;
  lang: Lang;
  focus: boolean;
  onClose(): void;
  onParagraph(n: number): void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    // A new entry opens at its heading, wherever the panel was scrolled to (the list is long).
    heading.current?.closest('.context-panel')?.scrollTo({ top: 0 });
    if (focus) heading.current?.focus({ preventScroll: true });
  }, [entity.id, focus]);
  const role = entity.role ? t(entity.role) : null;
  const said = useQuery(storyTextsQuery).data?.notes[entity.id] ?? [];
  return (
    <article className="entity" data-entity={entity.id}>
      <header className="entity-header">
        <h2 ref={heading} tabIndex={-1}>
          {nameIn(entity, lang)}
        </h2>
        <button type="button" className="close" onClick={onClose}>
          {t('panel.back')}
        </button>
      </header>
      <p className="kind">
        {t(`kind.${entity.kind}`, { defaultValue: entity.kind })}
        {role && ` · ${role}`}
      </p>
      {(entity.figures.length > 0 || entity.dates.length > 0 || entity.routeKm !== undefined || said.length > 0) && (
        <section aria-labelledby="shows-heading">
          <h3 id="shows-heading">{t('panel.shows')}</h3>
          <ul className="facts">
            {entity.dates.map((d) => (
              <li key={d.date}>
                {t('panel.date', { date: formatDate(d.date, lang) })} <SourceBadge source={d.source} lang={lang} />
              </li>
            ))}
            {entity.figures.map((f) => (
              <FigureItem key={`${f.kind}-${f.value}-${f.source}`} figure={f} lang={lang} />
            ))}
            {ROUTES && entity.routeKm !== undefined && <li>{t(ROUTES.length, { km: formatNumber(entity.routeKm, lang) })}</li>}
            {said.map((n) => (
              <li key={n.text[lang]} className="note">
                {n.text[lang]} <SourceBadges cites={n.sources} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="words-heading">
        <h3 id="words-heading">{t('panel.words')}</h3>
        {entity.excerpts.length === 0 ? (
          <p>{t('panel.noExcerpt')}</p>
        ) : (
          entity.excerpts.map((id) => <Quote key={id} id={id} onParagraph={onParagraph} />)
        )}
      </section>
      <SourceList entity={entity} notes={said} lang={lang} />
    </article>
  );
}

function Intro({ data, lang, loading, onSelect }: Omit<Props, 'selected' | 'focus' | 'onParagraph'>) {
  const { t } = useTranslation();
  const groups = listEntities(data);
  return (
    <div className="intro">
      <h2>{t('intro.heading')}</h2>
      <p className="dateline">{t('intro.date')}</p>
      <p className={lang === ARTICLE_LANG ? 'headline' : 'headline foreign'} lang={ARTICLE_LANG} dir={dirOf(ARTICLE_LANG)}>
        {t('intro.headline')}
      </p>
      {lang !== ARTICLE_LANG && <p className="headline-en">{t('intro.headlineEn')}</p>}
      <p className="dateline">
        {t('intro.photo')}{' '}
        <bdi lang={ARTICLE_LANG} dir={dirOf(ARTICLE_LANG)}>«{t('intro.photoCaption')}»</bdi>
        {lang !== ARTICLE_LANG && ` (${t('intro.photoGloss')})`}
      </p>
      <p className="dateline">{t('intro.noOutlet')}</p>
      <p>{t('intro.body')}</p>
      <h3>{t('intro.places')}</h3>
      {loading && <p role="status">{t('intro.loading')}</p>}
      {groups.map(
        (g) =>
          g.items.length > 0 && (
            <section key={g.key} aria-labelledby={`group-${g.key}`}>
              <h4 id={`group-${g.key}`}>{t(g.label)}</h4>
              <ul className="entity-list">
                {g.items.map((item) => (
                  <li key={item.id}>
                    <button type="button" data-id={item.id} onClick={() => onSelect(item.id)}>
                      {nameIn(item, lang)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
    </div>
  );
}

/** The selected thing in the article's words, or the introduction and the list of everything. */
export function ContextPanel(props: Props) {
  const { t } = useTranslation();
  const { selected, data, lang, onSelect } = props;
  const entity = selected ? findEntity(selected, data) : null;
  return entity ? (
    <EntityView
      entity={entity}
      lang={lang}
      focus={props.focus}
      onClose={() => onSelect(null)}
      onParagraph={props.onParagraph}
    />
  ) : (
    <>
      {selected && !props.loading && <p role="status">{t('panel.notFound', { id: selected })}</p>}
      <Intro data={data} lang={lang} loading={props.loading} onSelect={onSelect} />
    </>
  );
}
