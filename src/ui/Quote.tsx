import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceBadges } from './SourceBadge';
import { storyTextsQuery } from '../data/texts';
import { story, translationFor } from '../domain/story';
import { asLang, dirOf } from '../domain/lang';

const { articleLang: ARTICLE_LANG } = story();

/**
 * An excerpt in the article's words, its paragraph (a way into the reader) and our translation,
 * which a reader of the article's language opens when wanted.
 */
export function Quote({ id, onParagraph }: { id: string; onParagraph?(n: number): void }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [open, setOpen] = useState(false);
  const translation = useId();
  const e = useQuery(storyTextsQuery).data?.excerpts[id];
  if (!e) return null;
  const label = t('panel.paragraph', { n: e.paragraph });
  const shown = translationFor(lang);
  return (
    <figure className="excerpt">
      <blockquote lang={ARTICLE_LANG} dir={dirOf(ARTICLE_LANG)}>
        <p>{e[ARTICLE_LANG]}</p>
      </blockquote>
      <figcaption>
        {onParagraph ? (
          <button
            type="button"
            className="paragraph link"
            aria-label={t('panel.readParagraph', { n: e.paragraph })}
            onClick={() => onParagraph(e.paragraph)}
          >
            {label}
          </button>
        ) : (
          <span className="paragraph">{label}</span>
        )}
        {lang === ARTICLE_LANG ? (
          <button
            type="button"
            className="link show-translation"
            aria-expanded={open}
            aria-controls={translation}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'panel.hideTranslation' : 'panel.showTranslation')}
          </button>
        ) : (
          <p className="translation-label">{t('panel.translation')}</p>
        )}
        <p className="translation" id={translation} lang={shown} dir={dirOf(shown)} hidden={lang === ARTICLE_LANG && !open}>
          {e[shown]}
        </p>
        {e.note && (
          <p className="excerpt-note">
            {t('panel.excerptNote')} {e.note[lang]} <SourceBadges cites={e.note.sources} lang={lang} />
          </p>
        )}
      </figcaption>
    </figure>
  );
}
