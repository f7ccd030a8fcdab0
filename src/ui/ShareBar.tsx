import { useTranslation } from 'react-i18next';
import { figureTable } from '../domain/story';

export type ShareAction = 'link' | 'image' | 'print' | 'embed' | 'figures' | 'data';
/** The figures' table only where the story's symbols offer one. */
const ACTIONS: readonly ShareAction[] = (['link', 'image', 'print', 'embed', 'figures', 'data'] as const).filter(
  (a) => a !== 'figures' || figureTable() !== null,
);

/** The ways to take the map away; the work behind each loads only when asked for. */
export function ShareBar({ notice, onAction }: { notice: string | null; onAction(a: ShareAction): void }) {
  const { t } = useTranslation();
  return (
    <div className="share-bar" role="group" aria-label={t('share.label')}>
      {ACTIONS.map((a) => (
        <button key={a} type="button" onClick={() => onAction(a)}>
          {t(`share.${a}`)}
        </button>
      ))}
      <p className="share-notice" role="status">
        {notice}
      </p>
    </div>
  );
}
