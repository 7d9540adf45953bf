import { useTranslation } from 'react-i18next';
import { LABELS, type LabelKey } from '../../../core/labels';
import { labelName } from '../../i18n/names';
import type { useAnnotationFilter } from './useAnnotationFilter';
import './search.css';

/** The filter row over the annotation list: a text filter and a label choice. */
export function AnnotationFilter({ filter }: { filter: ReturnType<typeof useAnnotationFilter> }) {
  const { t } = useTranslation();
  return (
    <div className="annotation-filter">
      <input
        type="search"
        aria-label={t('annotationList.filter')}
        placeholder={t('annotationList.filter')}
        dir="auto"
        value={filter.text}
        onChange={(event) => filter.setText(event.target.value)}
      />
      <select
        aria-label={t('annotationList.filterByLabel')}
        value={filter.label}
        onChange={(event) => filter.setLabel(event.target.value as LabelKey | 'all')}
      >
        <option value="all">{t('annotationList.allLabels')}</option>
        {LABELS.map((label) => (
          <option key={label.key} value={label.key}>
            {labelName(t, label.key)}
          </option>
        ))}
      </select>
    </div>
  );
}
