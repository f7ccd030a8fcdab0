import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/url';

/** `onPrepare` fires when the reader points at or reaches the switch: the other language can load before the click. */
export function LanguageSwitch({ lang, onPrepare, onChange }: { lang: Lang; onPrepare(lang: Lang): void; onChange(lang: Lang): void }) {
  const { t } = useTranslation();
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      title={t('switchToLabel')}
      onPointerEnter={() => onPrepare(other)}
      onFocus={() => onPrepare(other)}
      onClick={() => onChange(other)}
    >
      {t('switchTo')}
    </button>
  );
}
