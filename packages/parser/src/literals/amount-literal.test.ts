import { describe, expect, test } from 'vitest'
import type { YamlScalar } from '../yaml/yaml-node.js'
import { readScalar } from './__fixtures__/read-scalar.js'
import { parseAmountLiteral } from './amount-literal.js'

/** Parses `v: <written>`; the scalar starts after "v: " (offset 3) and ends with the line. */
function parseWritten(written: string) {
  return parseAmountLiteral(readScalar(`v: ${written}`), 'test.yaml')
}

function valueAt(written: string): string {
  const parsed = parseWritten(written)
  if (!parsed.ok) throw new Error(`${written}: ${parsed.diagnostic.code}`)
  return parsed.value.toFixed()
}

describe('parseAmountLiteral accepts whole kronor', () => {
  test.each([
    ['7000000', '7000000'],
    // 10^15, the largest amount allowed.
    ['1000000000000000', '1000000000000000'],
    ['1 000 000 000 000 000 kr', '1000000000000000'],
    ['0', '0'],
    ['7 000 000', '7000000'],
    ['"7 000 000"', '7000000'],
    ["'7 000 000'", '7000000'],
    ['"7\\u00a0000\\u00a0000"', '7000000'], // no-break spaces
    ['"7\\u202f000\\u202f000 kr"', '7000000'], // narrow no-break spaces
    ['"7\\u2009000 kr"', '7000'], // thin space
    ['7 000 000 kr', '7000000'],
    ['7 000 000 kronor', '7000000'],
    ['7000000kr', '7000000'],
    ['850 tkr', '850000'],
    ['850 tusen', '850000'],
    ['850 tusen kronor', '850000'],
    ['1,5 mnkr', '1500000'],
    ['1,5 miljoner', '1500000'],
    ['2 miljoner', '2000000'],
    ['2 miljoner kronor', '2000000'],
    ['1,25 mkr', '1250000'],
    ['3 milj. kr', '3000000'],
    ['en miljon', '1000000'],
    ['två miljarder', '2000000000'],
    ['tio tusen kr', '10000'],
    ['1 miljard', '1000000000'],
    ['2 mdkr', '2000000000'],
    ['1 500 MNKR', '1500000000'], // case does not matter
    ['1,500 mnkr', '1500000'], // with a unit the comma is decimal: 1,5 million
    ['1,0000005 mdkr', '1000000500'], // 10^9 × 1,0000005 = 1 000 000 500
    ['-0', '0'],
  ])('%s → %s', (written, expected) => {
    expect(valueAt(written)).toBe(expected)
  })

  test('a YAML integer beyond 2^53 given as bigint is read from its source', () => {
    // 2^53 + 1 = 9 007 199 254 740 993 is not exact as a float (it reads as …992); the source text is.
    const node: YamlScalar = {
      type: 'scalar',
      value: 2n ** 53n + 1n,
      source: '9007199254740993',
      style: 'plain',
      span: [0, 16],
    }
    const parsed = parseAmountLiteral(node, 'f.yaml')
    expect(parsed.ok ? parsed.value.toFixed() : parsed.diagnostic.code).toBe('literal/amount-too-large')
  })

  test('refuses amounts above the ceiling of 10^15 kr, and names the ceiling', () => {
    // 10^15 + 1 and 10^18 − 1 (which earlier versions accepted, and summed wrongly past 10^20).
    for (const written of ['1000000000000001', '999999999999999999', '1 000 000 000 000 001 kr', '1 000 001 mdkr']) {
      const parsed = parseWritten(written)
      expect(parsed.ok ? 'accepted' : parsed.diagnostic.code, written).toBe('literal/amount-too-large')
    }
    const parsed = parseWritten('999999999999999999')
    expect(parsed.ok ? undefined : parsed.diagnostic.message.sv).toBe(
      'Beloppet "999999999999999999" är större än 1 000 000 000 000 000 kr, taket som inget bidrag når (tusen gånger statsbudgeten). Det är troligen några nollor för mycket.',
    )
  })
})

describe('parseAmountLiteral rejects', () => {
  test.each([
    // öre, or decimals without a multiplier
    ['12 345,67 kr', 'literal/not-whole-kronor'],
    ['1500.5', 'literal/not-whole-kronor'],
    ['"1,5"', 'literal/not-whole-kronor'],
    ['1,0000005 mnkr', 'literal/not-whole-kronor'],
    ['1500,00', 'literal/not-whole-kronor'],
    ['1500.0', 'literal/not-whole-kronor'],
    // negative
    ['-1000', 'literal/negative-amount'],
    ['-1 000 kr', 'literal/negative-amount'],
    ['"\\u22121 000"', 'literal/negative-amount'], // U+2212 MINUS SIGN
    ['-1,5 mnkr', 'literal/negative-amount'],
    // ambiguous separators and number forms
    ['1.500.000', 'literal/ambiguous-amount'],
    ['1,500,000', 'literal/ambiguous-amount'],
    ['1.500', 'literal/ambiguous-amount'],
    ['"1,500"', 'literal/ambiguous-amount'],
    ['1.5 mnkr', 'literal/ambiguous-amount'],
    ['1.5e6', 'literal/ambiguous-amount'],
    ['1e6', 'literal/ambiguous-amount'],
    ['.inf', 'literal/ambiguous-amount'],
    ['-.inf', 'literal/ambiguous-amount'],
    ['.nan', 'literal/ambiguous-amount'],
    ['0x10', 'literal/ambiguous-amount'],
    ['0o17', 'literal/ambiguous-amount'],
    ['"7 00 000"', 'literal/ambiguous-amount'],
    ['7000 000', 'literal/ambiguous-amount'],
    ['"7  000"', 'literal/ambiguous-amount'], // two spaces leave an empty group
    // anything else
    ['true', 'literal/invalid-amount'],
    ['~', 'literal/invalid-amount'],
    ['null', 'literal/invalid-amount'],
    ['sju', 'literal/invalid-amount'],
    ['en kr', 'literal/invalid-amount'], // number words need a multiplier
    ['elva miljoner', 'literal/invalid-amount'], // only one to ten
    ['7 000 000 euro', 'literal/invalid-amount'],
    ['7 000 000 kr kr', 'literal/invalid-amount'],
    ['1,5 mnkr kronor', 'literal/invalid-amount'],
    ['1/3', 'literal/invalid-amount'],
    ['+1 000', 'literal/invalid-amount'],
    ['"12\\t000"', 'literal/invalid-amount'], // a tab is no thousands separator
  ])('%s → %s', (written, code) => {
    const parsed = parseWritten(written)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.diagnostic.code).toBe(code)
    expect(parsed.diagnostic.span).toEqual([3, 3 + written.length])
  })

  test('an empty value', () => {
    const parsed = parseAmountLiteral(readScalar('v:'), 'test.yaml')
    // The empty scalar sits right after "v:" (offset 2) and is zero wide.
    expect(
      parsed.ok ? undefined : [parsed.diagnostic.code, parsed.diagnostic.span, parsed.diagnostic.message.sv],
    ).toEqual(['literal/invalid-amount', [2, 2], 'Beloppet saknas: här väntas ett belopp i hela kronor.'])
  })
})

/** How each ambiguous form's English message goes on after the literal. */
const formSentence: Record<string, string> = {
  dot: 'contains a dot',
  comma: 'has a comma as thousands separator',
  grouping: 'has digit groups that are not three digits long',
  exponent: 'is written in exponent form',
  radix: 'is written in hexadecimal or octal form',
}

describe('parseAmountLiteral diagnostics', () => {
  test('ambiguous dots: the whole scalar, message and a normalised suggestion', () => {
    // "id: strategi\n" is 13 characters and "amount: " 8 more, so the scalar spans 21…30.
    const node = readScalar('id: strategi\namount: 1.500.000\n', 'amount')
    expect(parseAmountLiteral(node, 'vg/2025.yaml')).toEqual({
      ok: false,
      diagnostic: {
        code: 'literal/ambiguous-amount',
        severity: 'error',
        file: 'vg/2025.yaml',
        span: [21, 30],
        message: {
          sv: 'Beloppet "1.500.000" innehåller en punkt. På svenska kan punkt skilja tusental åt (1.500.000), men i YAML och på engelska är den decimaltecken, så beloppet kan betyda olika saker.',
          en: 'The amount "1.500.000" contains a dot. In Swedish a dot may separate thousands (1.500.000), but in YAML and English it is a decimal point, so the amount could mean different things.',
        },
        hint: {
          sv: 'Menar du "1 500 000"? Skriv tusental med mellanslag, som "7 000 000", och decimaler bara med komma och en enhet, som "1,5 mnkr".',
          en: 'Did you mean "1 500 000"? Separate thousands with spaces, as in "7 000 000", and write decimals only with a comma and a unit, as in "1,5 mnkr".',
        },
      },
    })
  })

  test.each([
    ['1,500,000', 'comma', '1 500 000'],
    ['1.500', 'dot', '1 500'],
    ['"1,500"', 'comma', '1 500'],
    ['1.5 mnkr', 'dot', '1,5 mnkr'],
    ['1.5e6', 'exponent', '1 500 000'],
    ['1e6', 'exponent', '1 000 000'],
    ['1.5e-3', 'exponent', ''], // not whole: no single guess
    ['.nan', 'special', ''],
    ['0x10', 'radix', '16'], // 1 × 16 + 0
    ['0o17', 'radix', '15'], // 1 × 8 + 7
    ['"7 00 000"', 'grouping', '700 000'],
    ['7000 000', 'grouping', '7 000 000'],
    ['1 50,5 mnkr', 'grouping', '150,5 mnkr'],
  ])('ambiguous %s is form %s, suggesting "%s"', (written, form, suggestion) => {
    const parsed = parseWritten(written)
    if (parsed.ok) throw new Error(`${written} was accepted`)
    const source = written.replace(/^"|"$/g, '')
    const sentence =
      form === 'special' ? `"${source}" is a special YAML value` : `The amount "${source}" ${formSentence[form]}`
    expect(parsed.diagnostic.message.en.startsWith(sentence)).toBe(true)
    expect(
      parsed.diagnostic.hint?.en.startsWith(suggestion ? `Did you mean "${suggestion}"? ` : 'Separate thousands'),
    ).toBe(true)
  })

  test('öre: the value and the two nearest whole amounts', () => {
    const parsed = parseWritten('12 345,67 kr')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message, hint: parsed.diagnostic.hint }).toEqual({
      message: {
        sv: 'Beloppet "12 345,67 kr" blir 12 345,67 kr, som inte är ett helt antal kronor. fordela räknar i hela kronor, utan öre, och avrundar bara där ett belopp delas.',
        en: 'The amount "12 345,67 kr" comes to 12 345,67 kr, which is not a whole number of kronor. fordela counts in whole kronor, without öre, and rounds only where an amount is divided.',
      },
      hint: {
        sv: 'Skriv ett helt antal kronor, till exempel "12 345" eller "12 346".',
        en: 'Write a whole number of kronor, for example "12 345" or "12 346".',
      },
    })
  })

  test('a multiplier that leaves öre: 1,0000005 × 1 000 000 = 1 000 000,5', () => {
    const parsed = parseWritten('1,0000005 mnkr')
    expect(parsed.ok ? undefined : parsed.diagnostic.hint?.sv).toBe(
      'Skriv ett helt antal kronor, till exempel "1 000 000" eller "1 000 001".',
    )
  })

  test('decimals without a multiplier, though whole', () => {
    const parsed = parseWritten('1500,00')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message.sv, hint: parsed.diagnostic.hint?.sv }).toEqual(
      {
        message:
          'Beloppet "1500,00" har decimaler men ingen enhet som miljoner eller tkr. Utan en sådan enhet skrivs belopp i hela kronor, så att decimaler inte kan förväxlas med tusental.',
        hint: 'Skriv "1 500".',
      },
    )
  })

  test('negative', () => {
    const parsed = parseWritten('-1000')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message, hint: parsed.diagnostic.hint }).toEqual({
      message: {
        sv: 'Beloppet "-1000" är negativt. Belopp i en fördelning är pengar som delas ut och kan inte vara mindre än noll.',
        en: 'The amount "-1000" is negative. Amounts in an allocation are money handed out and cannot be less than zero.',
      },
      hint: {
        sv: 'Skriv beloppet utan minustecken ("1 000"); en minskning jämfört med ett annat år visar fordela diff.',
        en: 'Write the amount without a minus sign ("1 000"); fordela diff shows a decrease compared with another year.',
      },
    })
  })

  test('invalid', () => {
    const parsed = parseWritten('sju')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message, hint: parsed.diagnostic.hint }).toEqual({
      message: {
        sv: '"sju" går inte att läsa som ett belopp. fordela väntar sig hela kronor, skrivna som ett heltal eller med svensk formatering.',
        en: '"sju" cannot be read as an amount. fordela expects whole kronor, written as an integer or in Swedish format.',
      },
      hint: {
        sv: 'Skriv till exempel 7000000, 7 000 000, "7 000 000 kr", "1,5 mnkr", "2 miljoner" eller "850 tkr".',
        en: 'Write for example 7000000, 7 000 000, "7 000 000 kr", "1,5 mnkr", "2 miljoner" or "850 tkr".',
      },
    })
  })
})
