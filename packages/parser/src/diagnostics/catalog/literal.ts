import type { AmbiguousFigureForm } from '../../money/read-swedish-figure.js'
import { defineRule } from '../define-rule.js'

/** Why an amount literal can be read more than one way: the `form` of `literal/ambiguous-amount`. */
export type AmbiguousAmountForm = AmbiguousFigureForm | 'exponent' | 'special' | 'radix' | 'leading-zero'

const ambiguousWhy: Record<
  AmbiguousAmountForm,
  { readonly sv: (literal: string) => string; readonly en: (literal: string) => string }
> = {
  dot: {
    sv: (l) =>
      `Beloppet "${l}" innehåller en punkt. På svenska kan punkt skilja tusental åt (1.500.000), men i YAML och på engelska är den decimaltecken, så beloppet kan betyda olika saker.`,
    en: (l) =>
      `The amount "${l}" contains a dot. In Swedish a dot may separate thousands (1.500.000), but in YAML and English it is a decimal point, so the amount could mean different things.`,
  },
  comma: {
    sv: (l) =>
      `Beloppet "${l}" har komma som tusentalsavgränsare eller tre siffror efter kommat. På svenska är komma decimaltecken men på engelska skiljer det tusental åt, så beloppet kan betyda olika saker.`,
    en: (l) =>
      `The amount "${l}" has a comma as thousands separator or three digits after the comma. In Swedish a comma is the decimal sign but in English it separates thousands, so the amount could mean different things.`,
  },
  grouping: {
    sv: (l) =>
      `Beloppet "${l}" har sifferblock som inte är tre siffror långa. Mellanslag i ett belopp skiljer tusental åt, så varje block efter det första måste ha exakt tre siffror.`,
    en: (l) =>
      `The amount "${l}" has digit groups that are not three digits long. Spaces in an amount separate thousands, so every group after the first must have exactly three digits.`,
  },
  exponent: {
    sv: (l) =>
      `Beloppet "${l}" är skrivet i exponentform, som YAML läser som ett flyttal. Belopp räknas exakt i hela kronor och skrivs ut med alla siffror.`,
    en: (l) =>
      `The amount "${l}" is written in exponent form, which YAML reads as a floating-point number. Amounts are computed exactly in whole kronor and are written out in full.`,
  },
  special: {
    sv: (l) => `"${l}" är ett specialvärde i YAML (oändligheten eller "inte ett tal"), inte ett belopp.`,
    en: (l) => `"${l}" is a special YAML value (infinity or "not a number"), not an amount.`,
  },
  'leading-zero': {
    sv: (l) =>
      `Beloppet "${l}" börjar med en nolla. YAML 1.2 läser 017 som 17 men YAML 1.1 och många andra verktyg som det oktala talet 15, så beloppet kan betyda olika saker.`,
    en: (l) =>
      `The amount "${l}" starts with a zero. YAML 1.2 reads 017 as 17, but YAML 1.1 and many other tools as the octal number 15, so the amount could mean different things.`,
  },
  radix: {
    sv: (l) => `Beloppet "${l}" är skrivet i hexadecimal eller oktal form, som YAML läser i en annan talbas än tio.`,
    en: (l) => `The amount "${l}" is written in hexadecimal or octal form, which YAML reads in a base other than ten.`,
  },
}

/** Rules of the `literal/` category: amounts and shares as written in a spec. */
export const literalRules = {
  'literal/comma-split-amount': defineRule<{ key: string; before: string; after: string }>({
    severity: 'error',
    title: {
      sv: 'Ett belopp med decimalkomma delas av YAML inom { }.',
      en: 'An amount with a decimal comma is split by YAML inside { }.',
    },
    message: {
      sv: (a) =>
        `Inom { } skiljer kommatecknet nycklar åt, så \`${a.key}: ${a.before},${a.after}\` läses som \`${a.key}: ${a.before}\` och en nyckel \`${a.after}\`; beloppet blir fel.`,
      en: (a) =>
        `Inside { } a comma separates keys, so \`${a.key}: ${a.before},${a.after}\` is read as \`${a.key}: ${a.before}\` and a key \`${a.after}\`; the amount comes out wrong.`,
    },
    hint: {
      sv: (a) =>
        `Sätt beloppet inom citattecken, \`${a.key}: "${a.before},${a.after}"\`, eller skriv raden i blockstil, en nyckel per rad, där ${a.before},${a.after} fungerar utan citattecken.`,
      en: (a) =>
        `Quote the amount, \`${a.key}: "${a.before},${a.after}"\`, or write the line in block style, one key per line, where ${a.before},${a.after} works without quotes.`,
    },
  }),
  'literal/invalid-amount': defineRule<{ literal: string }>({
    severity: 'error',
    title: {
      sv: 'Ett värde som ska vara ett belopp går inte att läsa som belopp.',
      en: 'A value that should be an amount cannot be read as one.',
    },
    message: {
      sv: (a) =>
        a.literal === ''
          ? 'Beloppet saknas: här väntas ett belopp i hela kronor.'
          : `"${a.literal}" går inte att läsa som ett belopp. fordela väntar sig hela kronor, skrivna som ett heltal eller med svensk formatering.`,
      en: (a) =>
        a.literal === ''
          ? 'The amount is missing: an amount in whole kronor is expected here.'
          : `"${a.literal}" cannot be read as an amount. fordela expects whole kronor, written as an integer or in Swedish format.`,
    },
    hint: {
      sv: () => 'Skriv till exempel 7000000, 7 000 000, "7 000 000 kr", "1,5 mnkr", "2 miljoner" eller "850 tkr".',
      en: () => 'Write for example 7000000, 7 000 000, "7 000 000 kr", "1,5 mnkr", "2 miljoner" or "850 tkr".',
    },
  }),
  'literal/not-whole-kronor': defineRule<{
    literal: string
    form: 'ore' | 'decimals'
    value: string
    lower: string
    upper: string
  }>({
    severity: 'error',
    title: {
      sv: 'Ett belopp är inte ett helt antal kronor.',
      en: 'An amount is not a whole number of kronor.',
    },
    message: {
      sv: (a) =>
        a.form === 'ore'
          ? `Beloppet "${a.literal}" blir ${a.value} kr, som inte är ett helt antal kronor. fordela räknar i hela kronor, utan öre, och avrundar bara där ett belopp delas.`
          : `Beloppet "${a.literal}" har decimaler men ingen enhet som miljoner eller tkr. Utan en sådan enhet skrivs belopp i hela kronor, så att decimaler inte kan förväxlas med tusental.`,
      en: (a) =>
        a.form === 'ore'
          ? `The amount "${a.literal}" comes to ${a.value} kr, which is not a whole number of kronor. fordela counts in whole kronor, without öre, and rounds only where an amount is divided.`
          : `The amount "${a.literal}" has decimals but no unit such as miljoner or tkr. Without such a unit amounts are written in whole kronor, so decimals cannot be mistaken for thousands.`,
    },
    hint: {
      sv: (a) =>
        a.form === 'ore'
          ? `Skriv ett helt antal kronor, till exempel "${a.lower}" eller "${a.upper}".`
          : `Skriv "${a.lower}".`,
      en: (a) =>
        a.form === 'ore'
          ? `Write a whole number of kronor, for example "${a.lower}" or "${a.upper}".`
          : `Write "${a.lower}".`,
    },
  }),
  'literal/negative-amount': defineRule<{ literal: string; magnitude: string }>({
    severity: 'error',
    title: { sv: 'Ett belopp är negativt.', en: 'An amount is negative.' },
    message: {
      sv: (a) =>
        `Beloppet "${a.literal}" är negativt. Belopp i en fördelning är pengar som delas ut och kan inte vara mindre än noll.`,
      en: (a) =>
        `The amount "${a.literal}" is negative. Amounts in an allocation are money handed out and cannot be less than zero.`,
    },
    hint: {
      sv: (a) =>
        `Skriv beloppet utan minustecken ("${a.magnitude}"); en minskning jämfört med ett annat år visar fordela diff.`,
      en: (a) =>
        `Write the amount without a minus sign ("${a.magnitude}"); fordela diff shows a decrease compared with another year.`,
    },
  }),
  'literal/amount-too-large': defineRule<{ literal: string; limit: string }>({
    severity: 'error',
    title: {
      sv: 'Ett belopp är större än något bidrag kan vara.',
      en: 'An amount is larger than any grant can be.',
    },
    message: {
      sv: (a) =>
        `Beloppet "${a.literal}" är större än ${a.limit} kr, taket som inget bidrag når (tusen gånger statsbudgeten). Det är troligen några nollor för mycket.`,
      en: (a) =>
        `The amount "${a.literal}" is larger than ${a.limit} kr, the ceiling no grant reaches (a thousand times the state budget). It probably has a few zeros too many.`,
    },
    hint: {
      sv: () => 'Kontrollera antalet nollor: beloppet skrivs i hela kronor, till exempel 7 000 000 eller "1,5 mnkr".',
      en: () =>
        'Check the number of zeros: the amount is written in whole kronor, for example 7 000 000 or "1,5 mnkr".',
    },
  }),
  'literal/ambiguous-amount': defineRule<{ literal: string; form: AmbiguousAmountForm; suggestion: string }>({
    severity: 'error',
    title: {
      sv: 'Ett belopp kan läsas på mer än ett sätt.',
      en: 'An amount can be read in more than one way.',
    },
    message: {
      sv: (a) => ambiguousWhy[a.form].sv(a.literal),
      en: (a) => ambiguousWhy[a.form].en(a.literal),
    },
    hint: {
      sv: (a) =>
        `${a.suggestion ? `Menar du "${a.suggestion}"? ` : ''}Skriv tusental med mellanslag, som "7 000 000", och decimaler bara med komma och en enhet, som "1,5 mnkr".`,
      en: (a) =>
        `${a.suggestion ? `Did you mean "${a.suggestion}"? ` : ''}Separate thousands with spaces, as in "7 000 000", and write decimals only with a comma and a unit, as in "1,5 mnkr".`,
    },
  }),
  'literal/invalid-share': defineRule<{ literal: string }>({
    severity: 'error',
    title: {
      sv: 'Ett värde som ska vara en andel går inte att läsa som andel.',
      en: 'A value that should be a share cannot be read as one.',
    },
    message: {
      sv: (a) =>
        a.literal === ''
          ? 'Andelen saknas: här väntas ett exakt tal mellan 0 och 1.'
          : `"${a.literal}" går inte att läsa som en andel. fordela väntar sig ett exakt tal mellan 0 och 1.`,
      en: (a) =>
        a.literal === ''
          ? 'The share is missing: an exact number between 0 and 1 is expected here.'
          : `"${a.literal}" cannot be read as a share. fordela expects an exact number between 0 and 1.`,
    },
    hint: {
      sv: () => 'Skriv ett bråk som 1/3, en procentsats som "25 %" eller "12,5 %", eller ett decimaltal som 0.25.',
      en: () => 'Write a fraction such as 1/3, a percentage such as "25 %" or "12,5 %", or a decimal such as 0.25.',
    },
  }),
  'literal/share-out-of-range': defineRule<{ literal: string; value: string }>({
    severity: 'error',
    title: { sv: 'En andel är mindre än 0 eller större än 1.', en: 'A share is below 0 or above 1.' },
    message: {
      sv: (a) => `Andelen "${a.literal}" är ${a.value}, men en andel måste ligga mellan 0 och 1 (0–100 %).`,
      en: (a) => `The share "${a.literal}" is ${a.value}, but a share must lie between 0 and 1 (0–100 %).`,
    },
    hint: {
      sv: () =>
        'En andel är en del av det steget har att fördela: skriv ett värde från 0 till 1, till exempel 1/3 eller "25 %".',
      en: () =>
        'A share is a part of what the step has to distribute: write a value from 0 to 1, for example 1/3 or "25 %".',
    },
  }),
  'literal/share-ratio': defineRule<{ literal: string; parts: string; of: string }>({
    severity: 'error',
    title: {
      sv: 'En andel är skriven som ett förhållande med kolon.',
      en: 'A share is written as a ratio with a colon.',
    },
    message: {
      sv: (a) =>
        `Andelen "${a.literal}" kan läsas på två sätt: ${a.parts} del mot ${a.of} (${a.parts}/${sumOf(a.parts, a.of)}) eller ${a.parts} del av ${a.of} (${a.parts}/${a.of}). fordela gissar inte.`,
      en: (a) =>
        `The share "${a.literal}" can be read two ways: ${a.parts} part to ${a.of} (${a.parts}/${sumOf(a.parts, a.of)}) or ${a.parts} part in ${a.of} (${a.parts}/${a.of}). fordela does not guess.`,
    },
    hint: {
      sv: (a) =>
        `Skriv bråket du menar: ${a.parts}/${sumOf(a.parts, a.of)} om "${a.literal}" betyder ${a.parts} del mot ${a.of}, eller ${a.parts}/${a.of}.`,
      en: (a) =>
        `Write the fraction you mean: ${a.parts}/${sumOf(a.parts, a.of)} if "${a.literal}" means ${a.parts} part to ${a.of}, or ${a.parts}/${a.of}.`,
    },
  }),
  'literal/share-too-precise': defineRule<{ literal: string; limit: number }>({
    severity: 'error',
    title: { sv: 'En andel är skriven med för många siffror.', en: 'A share is written with too many digits.' },
    message: {
      sv: (a) => `Andelen "${a.literal}" har fler än ${a.limit} siffror i följd, så den räknas inte.`,
      en: (a) => `The share "${a.literal}" has more than ${a.limit} digits in a row, so it is not counted.`,
    },
    hint: {
      sv: () => 'Skriv andelen med färre siffror, till exempel som ett bråk med mindre tal eller som en procentsats.',
      en: () => 'Write the share with fewer digits, for example as a fraction of smaller numbers or as a percentage.',
    },
  }),
  'literal/share-zero-denominator': defineRule<{ literal: string }>({
    severity: 'error',
    title: { sv: 'En andel har nämnaren noll.', en: 'A share has a zero denominator.' },
    message: {
      sv: (a) => `Andelen "${a.literal}" har nämnaren noll, och division med noll har inget värde.`,
      en: (a) => `The share "${a.literal}" has a zero denominator, and division by zero has no value.`,
    },
    hint: {
      sv: () => 'Rätta nämnaren (talet efter /), till exempel 1/3.',
      en: () => 'Correct the denominator (the number after /), for example 1/3.',
    },
  }),
} as const

/** The denominator of "a to b" as a fraction, a + b, for whole numbers written as text. */
function sumOf(parts: string, of: string): string {
  return (BigInt(parts) + BigInt(of)).toString()
}
