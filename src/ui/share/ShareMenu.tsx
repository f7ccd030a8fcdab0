import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareAction } from '../ShareBar';
import { useDismiss } from '../useDismiss';

/**
 * The share actions behind one button, for a screen too narrow to show them side by side: the
 * WAI-ARIA menu button pattern. Enter, Space or Down opens it on its first item, Up on its last;
 * the arrows, Home and End move between the items, Escape closes it and Tab leaves it; a choice
 * closes it and hands focus back to the button (where a dialog the choice opens returns it).
 */
export function ShareMenu({ actions, onAction }: { actions: readonly ShareAction[]; onAction(a: ShareAction): void }) {
  const { t } = useTranslation();
  // The item to focus once the list is drawn: its index, or null when closed.
  const [open, setOpen] = useState<number | null>(null);
  const list = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open === null) return;
    items.current[open]?.focus();
  }, [open]);

  useDismiss(root, open !== null, useCallback(() => setOpen(null), []));

  const close = () => {
    setOpen(null);
    trigger.current?.focus();
  };
  const last = actions.length - 1;
  const onTriggerKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setOpen(0);
    else if (e.key === 'ArrowUp') setOpen(last);
    else return;
    e.preventDefault();
  };
  const onItemKey = (e: KeyboardEvent, i: number) => {
    const to = (n: number) => items.current[(n + actions.length) % actions.length]?.focus();
    if (e.key === 'ArrowDown') to(i + 1);
    else if (e.key === 'ArrowUp') to(i - 1);
    else if (e.key === 'Home') to(0);
    else if (e.key === 'End') to(last);
    else if (e.key === 'Escape') {
      // Closes the menu only, not the story panel's selection behind it.
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      setOpen(null);
      return;
    } else return;
    e.preventDefault();
  };

  return (
    <div
      className="share-menu"
      ref={root}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget)) setOpen(null);
      }}
    >
      <button
        type="button"
        className="share-menu-button"
        ref={trigger}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open !== null ? list : undefined}
        onClick={() => (open === null ? setOpen(0) : setOpen(null))}
        onKeyDown={onTriggerKey}
      >
        {t('share.menu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open !== null && (
        <ul id={list} className="share-menu-list" role="menu" aria-label={t('share.label')}>
          {actions.map((a, i) => (
            <li key={a} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                ref={(el) => {
                  items.current[i] = el;
                }}
                onKeyDown={(e) => onItemKey(e, i)}
                onClick={() => {
                  close();
                  onAction(a);
                }}
              >
                {t(`share.${a}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
