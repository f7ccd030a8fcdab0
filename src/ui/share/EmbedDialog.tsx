import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { iframeSnippet } from '../../domain/share';
import { Dialog } from './Dialog';

/** The iframe code for the current state, ready to copy. */
export default function EmbedDialog({ src, onClose }: { src: string; onClose(): void }) {
  const { t } = useTranslation();
  const [snippet] = useState(() => iframeSnippet(src, t('title')));
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('copied');
    } catch {
      area.current?.select();
      setStatus('copyFailed');
    }
  };
  return (
    <Dialog title={t('embed.heading')} onClose={onClose}>
      <p>{t('embed.intro')}</p>
      <label htmlFor={id}>{t('embed.code')}</label>
      <textarea
        id={id}
        ref={area}
        className="snippet"
        readOnly
        rows={4}
        dir="ltr"
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog-actions">
        <button type="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <p role="status">{status && t(`embed.${status}`)}</p>
      </div>
    </Dialog>
  );
}
