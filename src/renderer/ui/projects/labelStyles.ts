import { DEFAULT_LABELS, type LabelDefinition } from '../../../core/labels';

/**
 * The look of a project's labels that styles.css does not hold: the ::highlight rules that paint their spans
 * (saved and pending), and the chips and toolbar buttons that name them. Written into one constructed stylesheet
 * adopted by the document (CSSOM is allowed by the CSP "style-src 'self'", unlike a <style> element). The three
 * built-ins keep their rules in styles.css unless the project recolours or restyles them; adopted sheets come after
 * the document's, so a rule here wins over the built-in one.
 */
export function labelStyleRules(labels: readonly LabelDefinition[]): string {
  const rules: string[] = [];
  for (const label of labels) {
    const builtIn = DEFAULT_LABELS.find((candidate) => candidate.key === label.key);
    if (builtIn && builtIn.color === label.color && builtIn.underline === label.underline) continue;
    const [r, g, b] = rgb(label.color);
    const dark = mix(label.color, 0, 0.4);
    const light = mix(label.color, 255, 0.45);
    // On a dark page the darkened underline would vanish: light-dark() takes the lightened one there, by the
    // root's color-scheme (the system's, or the theme chosen in Preferences: styles.css, theme.ts).
    const line = `light-dark(${dark}, ${light})`;
    rules.push(
      `::highlight(spanlight-${label.key}) { background-color: rgb(${r} ${g} ${b} / 0.4); text-decoration: underline ${label.underline} ${line} 2px; }`,
      `::highlight(spanlight-pending-${label.key}) { background-color: rgb(${r} ${g} ${b} / 0.18); text-decoration: underline dashed ${line} 2px; }`,
      `.label-${label.key} { background: rgb(${r} ${g} ${b} / 0.45); border-color: ${line}; }`,
    );
  }
  return rules.join('\n');
}

function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `color` moved a `share` of the way to grey level `toward` (0 black, 255 white), as #rrggbb. */
function mix(color: string, toward: number, share: number): string {
  return `#${rgb(color)
    .map((channel) =>
      Math.round(channel + (toward - channel) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

let sheet: CSSStyleSheet | null = null;

/** Puts the rules of `labels` in force (replacing the previous project's). */
export function applyLabelStyles(labels: readonly LabelDefinition[]): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(labelStyleRules(labels));
}
