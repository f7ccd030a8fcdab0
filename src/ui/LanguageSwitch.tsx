import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, nameOf, type Lang } from '../domain/lang';
import { useDismiss } from './useDismiss';

/**
 * The language menu: a button naming the page's language that opens the list of every language,
 * each in its own words. The list is drawn only when open, so a script's font loads only once a
 * name in it is shown. `onPrepare` fires when the reader points at or reaches a language: its
 * words can load before the click.
 */
export function LanguageSwitch({ lang, onPrepare, onChange }: { lang: Lang; onPrepare(lang: Lang): void; onChange(lang: Lang): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const list = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useDismiss(root, open, useCallback(() => setOpen(false), []));

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div
      className="lang-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="lang-switch"
        ref={button}
        aria-expanded={open}
        aria-controls={list}
        aria-label={`${t('language')}: ${nameOf(lang)}`}
        onClick={() => setOpen(!open)}
      >
        {nameOf(lang)}
      </button>
      {open && (
        <ul id={list} className="lang-list">
          {LANGS.map((l) => (
            <li key={l}>
              <button
                type="button"
                lang={l}
                aria-current={l === lang ? 'true' : undefined}
                onPointerEnter={() => onPrepare(l)}
                onFocus={() => onPrepare(l)}
                onClick={() => {
                  close();
                  if (l !== lang) onChange(l);
                }}
              >
                {nameOf(l)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
