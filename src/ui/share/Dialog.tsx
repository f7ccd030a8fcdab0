import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal dialog: focus moves in, Escape or Close shuts it, focus goes back where it was. */
export function Dialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={heading}
      onClose={onClose}
      // Escape closes the dialog only, not the story panel's selection behind it.
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <div className="dialog-head">
        <h2 id={heading}>{title}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('share.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
