/** `2025-01-10`, also at the start of a date-time. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/

/**
 * Writes a date as YYYY-MM-DD. A spec states dates in that form already;
 * a date-time is cut to its date, and any other text is returned as written
 * rather than guessed at.
 */
export function formatDate(value: string): string {
  const match = ISO_DATE.exec(value.trim())
  return match ? `${match[1]}-${match[2]}-${match[3]}` : value
}
