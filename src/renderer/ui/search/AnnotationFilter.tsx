import { LABELS, type LabelKey } from '../../../core/labels';
import type { useAnnotationFilter } from './useAnnotationFilter';
import './search.css';

/** The filter row over the annotation list: a text filter and a label choice. */
export function AnnotationFilter({ filter }: { filter: ReturnType<typeof useAnnotationFilter> }) {
  return (
    <div className="annotation-filter">
      <input
        type="search"
        aria-label="Filter annotations"
        placeholder="Filter annotations"
        dir="auto"
        value={filter.text}
        onChange={(event) => filter.setText(event.target.value)}
      />
      <select
        aria-label="Filter by label"
        value={filter.label}
        onChange={(event) => filter.setLabel(event.target.value as LabelKey | 'all')}
      >
        <option value="all">All labels</option>
        {LABELS.map((label) => (
          <option key={label.key} value={label.key}>
            {label.name}
          </option>
        ))}
      </select>
    </div>
  );
}
