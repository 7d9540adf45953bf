import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORMATS, type FormatId } from '../../core/formats';
import { INTERFACE_LANGUAGES, type LanguagePreference, resolveLanguage } from '../i18n/language';
import { useInterfaceFormat } from '../i18n/useInterfaceFormat';
import { ARTICLE_FONT_SIZES, DEFAULT_ARTICLE_FONT_SIZE } from './articleFontSize';
import type { Preferences } from './preferences';
import { THEME_PREFERENCES, type ThemePreference } from './theme';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  preferences: Preferences;
  onSave(next: Preferences): void;
  onClose(): void;
}

/**
 * "Preferences…": the annotator name recorded on each new annotation, the interface language, the article's font
 * size, the theme and the format Export… offers first.
 */
export function PreferencesDialog({ open, preferences, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const format = useInterfaceFormat();
  const [annotator, setAnnotator] = useState(preferences.annotator);
  const [language, setLanguage] = useState<LanguagePreference>(preferences.language);
  const [fontSize, setFontSize] = useState(preferences.articleFontSize);
  const [theme, setTheme] = useState<ThemePreference>(preferences.theme);
  const [exportFormat, setExportFormat] = useState<FormatId>(preferences.exportFormat);
  const dialog = useModalDialog(open, () => {
    setAnnotator(preferences.annotator);
    setLanguage(preferences.language);
    setFontSize(preferences.articleFontSize);
    setTheme(preferences.theme);
    setExportFormat(preferences.exportFormat);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...preferences,
      annotator: annotator.trim(),
      language,
      articleFontSize: fontSize,
      theme,
      exportFormat,
    });
  };
  return (
    <dialog ref={dialog} aria-labelledby="preferences-heading" className="dialog" onClose={onClose}>
      {open && (
        <form className="dialog-form" onSubmit={submit}>
          <h2 id="preferences-heading">{t('preferences.heading')}</h2>
          <label>
            {t('preferences.annotator')}
            <input value={annotator} onChange={(event) => setAnnotator(event.target.value)} dir="auto" />
          </label>
          <p className="hint">{t('preferences.annotatorHint')}</p>
          <label>
            {t('preferences.language')}
            <select
              value={language}
              onChange={(event) => setLanguage(event.target.value as LanguagePreference)}
            >
              <option value="system">
                {t('preferences.system', {
                  language:
                    INTERFACE_LANGUAGES.find(
                      (entry) => entry.key === resolveLanguage('system', navigator.languages),
                    )?.name ?? 'English',
                })}
              </option>
              {INTERFACE_LANGUAGES.map((entry) => (
                <option key={entry.key} value={entry.key} lang={entry.key}>
                  {entry.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('preferences.fontSize')}
            <select value={fontSize} onChange={(event) => setFontSize(Number(event.target.value))}>
              {ARTICLE_FONT_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size === DEFAULT_ARTICLE_FONT_SIZE
                    ? t('preferences.fontSizeDefault', { size: format.percent(size / 100) })
                    : format.percent(size / 100)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('preferences.theme')}
            <select value={theme} onChange={(event) => setTheme(event.target.value as ThemePreference)}>
              {THEME_PREFERENCES.map((key) => (
                <option key={key} value={key}>
                  {t(`preferences.themes.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('preferences.exportFormat')}
            <select
              value={exportFormat}
              onChange={(event) => setExportFormat(event.target.value as FormatId)}
            >
              {FORMATS.map((format) => (
                <option key={format.id} value={format.id}>
                  {format.name}
                </option>
              ))}
            </select>
          </label>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('preferences.cancel')}
            </button>
            <button type="submit">{t('preferences.save')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
