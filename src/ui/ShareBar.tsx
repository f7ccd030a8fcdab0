import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figureTable } from '../domain/story';
import { ShareMenu } from './share/ShareMenu';

export type ShareAction = 'link' | 'image' | 'print' | 'embed' | 'figures' | 'data';
/** The figures' table only where the story's symbols offer one. */
const ACTIONS: readonly ShareAction[] = (['link', 'image', 'print', 'embed', 'figures', 'data'] as const).filter(
  (a) => a !== 'figures' || figureTable() !== null,
);

/**
 * The ways to take the map away; the work behind each loads only when asked for. A wide screen
 * shows them side by side; a phone, which has no room for them, behind one menu button (the
 * stylesheet shows one or the other). The notice after an action lies over the map clear of
 * its buttons, until the reader touches or clicks anywhere else.
 */
export function ShareBar({ notice, onAction }: { notice: string | null; onAction(a: ShareAction): void }) {
  const { t } = useTranslation();
  // The message the reader has put away; another message shows again.
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const dismissed = notice !== null && notice === dismissedFor;
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice === null || dismissed) return;
    const away = (e: PointerEvent) => {
      if (!noticeRef.current?.contains(e.target as Node)) setDismissedFor(notice);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [notice, dismissed]);
  const act = (a: ShareAction) => {
    // Each action's message shows, even when it says what the last one said.
    setDismissedFor(null);
    onAction(a);
  };
  return (
    <div className="share-bar" role="group" aria-label={t('share.label')}>
      <div className="share-buttons">
        {ACTIONS.map((a) => (
          <button key={a} type="button" onClick={() => act(a)}>
            {t(`share.${a}`)}
          </button>
        ))}
      </div>
      <ShareMenu actions={ACTIONS} onAction={act} />
      <p ref={noticeRef} className="share-notice" role="status" data-dismissed={dismissed || undefined}>
        {notice}
      </p>
    </div>
  );
}
