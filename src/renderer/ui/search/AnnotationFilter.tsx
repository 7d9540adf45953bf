import { useTranslation } from 'react-i18next';
import type { LabelKey } from '../../../core/labels';
import { labelName } from '../../i18n/names';
import { useLabels } from '../projects/LabelsContext';
import type { useAnnotationFilter } from './useAnnotationFilter';
import type { LinkedNames } from './useLinkedNames';
import './search.css';

interface Props {
  filter: ReturnType<typeof useAnnotationFilter>;
  /** The actors and places this document's annotations link to; a choice appears only when there are some. */
  linked?: LinkedNames;
}

/** The filter row over the annotation list: a text filter, a label choice, and the linked actor or place. */
export function AnnotationFilter({ filter, linked }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
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
        {labels.map((label) => (
          <option key={label.key} value={label.key}>
            {labelName(t, label.key)}
          </option>
        ))}
      </select>
      {linked && linked.actors.length > 0 && (
        <select
          aria-label={t('annotationFilter.byActor')}
          value={filter.actor}
          onChange={(event) => filter.setActor(event.target.value)}
        >
          <option value="all">{t('annotationFilter.allActors')}</option>
          {linked.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      )}
      {linked && linked.places.length > 0 && (
        <select
          aria-label={t('annotationFilter.byPlace')}
          value={filter.place}
          onChange={(event) => filter.setPlace(event.target.value)}
        >
          <option value="all">{t('annotationFilter.allPlaces')}</option>
          {linked.places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
