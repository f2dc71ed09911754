/**
 * A title as it reads inside a sentence: "Folkmängd 0–18 år" → "folkmängd
 * 0–18 år", "Vårdsamverkansområdena" → "vårdsamverkansområdena". A word that
 * starts with two capitals ("SCB", "NSPH Väst") is an abbreviation and kept.
 */
export function lowerFirst(value: string): string {
  const second = value.charAt(1)
  if (second !== '' && second === second.toLocaleUpperCase('sv') && second !== second.toLocaleLowerCase('sv'))
    return value
  return value.charAt(0).toLocaleLowerCase('sv') + value.slice(1)
}
