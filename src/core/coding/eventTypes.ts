/**
 * ACLED's six event types, offered when coding an event. The field stays free text: a project may use UCDP's
 * types of violence or its own list, and the export writes whatever was chosen.
 */
export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
