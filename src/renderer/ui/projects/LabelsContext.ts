import { createContext, useContext } from 'react';
import { DEFAULT_LABELS, type LabelDefinition } from '../../../core/labels';

/**
 * The current project's label schema, for every control that lists labels (toolbar, annotation list, filter,
 * import mapping) and for the keys that tag. Outside a provider (component tests) the three default labels.
 */
export const LabelsContext = createContext<readonly LabelDefinition[]>(DEFAULT_LABELS);

export function useLabels(): readonly LabelDefinition[] {
  return useContext(LabelsContext);
}
