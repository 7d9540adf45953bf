/**
 * The only changes Spanlight ever makes to imported text: one leading byte order mark is dropped and
 * CRLF / lone CR line endings become LF. No Unicode normalization, trimming, or whitespace collapsing:
 * annotations must slice exactly what the source said.
 */
export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n');
}
