const idPattern = /^[a-z0-9][a-z0-9-]*$/

/**
 * An id close to what was written, for the hint of `schema/invalid-id`:
 * lower case, Swedish letters without their marks, spaces and other
 * separators as hyphens (`Fyrbodal Väst` → `fyrbodal-vast`). Returns ''
 * when nothing id-like remains.
 */
export function suggestId(text: string): string {
  const id = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return idPattern.test(id) && id !== text ? id : ''
}
