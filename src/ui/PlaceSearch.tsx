import { useEffect, useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { listEntities, type Collections } from '../domain/entity';
import { nameIn, type Names } from '../domain/features';
import { foundIn, searchableData, searchPlaces } from '../domain/search';
import type { Lang } from '../domain/lang';
import { useNameTables } from './useNameTables';

const MAX = 8;
/** The layout where the story panel is a bottom sheet (styles.css). */
const NARROW = '(max-width: 760px)';

interface Props {
  lang: Lang;
  data: Collections;
  onSelect(id: string): void;
  /** The field, for focus to come back to when what was chosen in it closes. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A place search (WAI-ARIA combobox with a list): every place, region, country and episode, by its
 * name in any of our languages. The names tables of the languages the page is not in load once the
 * search is first used (focus or a keystroke); until then, and if one fails, it matches the names it has.
 */
export function PlaceSearch({ lang, data, onSelect, ref }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [used, setUsed] = useState(false);
  const names = useNameTables(used);
  const id = useId();
  const items = useMemo(
    () => listEntities(searchableData(data, names)).flatMap((g) => g.items.map((item) => ({ ...item, group: g.label }))),
    [data, names],
  );
  // Names arriving reorder the list: no option stays active that the reader did not move to.
  const [itemsFor, setItemsFor] = useState(items);
  if (itemsFor !== items) {
    setItemsFor(items);
    setActive(-1);
  }
  // Each with the language its name was found in, where that is not the page's.
  const hits = useMemo(
    () => searchPlaces(query, items).slice(0, MAX).map((hit) => ({ ...hit, found: foundIn(query, hit, lang) })),
    [query, items, lang],
  );
  const shown = open && hits.length > 0;
  const name = (item: Names) => nameIn(item, lang);

  // The active option is in view, in the list and in the panel around it.
  useEffect(() => {
    if (shown && active >= 0) document.getElementById(`${id}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [shown, active, id]);

  const choose = (n: number) => {
    const hit = hits[n];
    if (!hit) return;
    setQuery(name(hit));
    setOpen(false);
    setActive(-1);
    onSelect(hit.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive(!shown ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length);
    } else if (e.key === 'Enter' && shown) {
      e.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      // Escape closes the list (or clears the field), not the selection behind it.
      e.stopPropagation();
      if (shown) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="place-search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? `${id}-${active}` : undefined}
        ref={ref}
        value={query}
        onChange={(e) => {
          setUsed(true);
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        // In the phone's bottom sheet the list needs the room below the field.
        onFocus={(e) => {
          setUsed(true);
          if (window.matchMedia(NARROW).matches) e.currentTarget.parentElement?.scrollIntoView({ block: 'start' });
        }}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('search.label')} hidden={!shown}>
        {hits.map((hit, n) => (
          <li
            key={hit.id}
            id={`${id}-${n}`}
            role="option"
            aria-selected={n === active}
            // Keep focus in the field, so the list is not closed before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(n)}
          >
            <span className="name">{name(hit)}</span>{' '}
            {hit.found && (
              <>
                <span className="other" lang={hit.found}>
                  {nameIn(hit, hit.found)}
                </span>{' '}
              </>
            )}
            <span className="group">{t(hit.group)}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open && query.trim() ? t('search.found', { count: hits.length }) : ''}
      </p>
    </div>
  );
}
