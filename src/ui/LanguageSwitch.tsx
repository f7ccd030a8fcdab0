import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/url';

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const { t } = useTranslation();
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      title={t('switchToLabel')}
      onClick={() => onChange(other)}
    >
      {t('switchTo')}
    </button>
  );
}
