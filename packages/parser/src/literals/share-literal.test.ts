import { describe, expect, test } from 'vitest'
import { readScalar } from './__fixtures__/read-scalar.js'
import { parseShareLiteral } from './share-literal.js'

/** Parses `v: <written>`; the scalar starts after "v: " (offset 3) and ends with the line. */
function parseWritten(written: string) {
  return parseShareLiteral(readScalar(`v: ${written}`), 'test.yaml')
}

describe('parseShareLiteral accepts exact shares', () => {
  test.each([
    ['1/3', '1/3'],
    ['2/6', '1/3'], // normalised
    ['1 / 4', '1/4'],
    ['"25 %"', '1/4'],
    ['25%', '1/4'],
    ['"12,5 %"', '1/8'], // 12,5/100 = 125/1000
    ['12.5 %', '1/8'],
    ['"12,5\\u00a0%"', '1/8'], // a no-break space before %
    ['100 %', '1'],
    ['0 %', '0'],
    ['0.25', '1/4'],
    ['0.1', '1/10'], // from the source text: the float 0.1 is not 1/10
    // 20 digits after the point, the most a share may be written with.
    ['0.33333333333333333333', '33333333333333333333/100000000000000000000'],
    ["'0,25'", '1/4'],
    ['1', '1'],
    ['0', '0'],
    ['0/5', '0'],
  ])('%s → %s', (written, expected) => {
    const parsed = parseWritten(written)
    expect(parsed.ok ? parsed.value.toString() : parsed.diagnostic.code).toBe(expected)
  })
})

describe('parseShareLiteral rejects', () => {
  test.each([
    ['true', 'literal/invalid-share'],
    ['~', 'literal/invalid-share'],
    ['en tredjedel', 'literal/invalid-share'],
    ['1e-1', 'literal/invalid-share'],
    ['.inf', 'literal/invalid-share'],
    ['1/3 %', 'literal/invalid-share'],
    ['1/2/3', 'literal/invalid-share'],
    ['"1 000/3"', 'literal/invalid-share'],
    ['4/3', 'literal/share-out-of-range'],
    ['150 %', 'literal/share-out-of-range'],
    ['1.5', 'literal/share-out-of-range'],
    ['2', 'literal/share-out-of-range'],
    ['-0.25', 'literal/share-out-of-range'],
    ['-1/3', 'literal/share-out-of-range'],
    // A colon reads as "a to b" in prose (1:2 = 1/3) and as "a in b" on a map (1/2): always refused.
    ['"1:2"', 'literal/share-ratio'],
    ['"1 : 4"', 'literal/share-ratio'],
    ['"3:2"', 'literal/share-ratio'],
    ['1/0', 'literal/share-zero-denominator'],
    ['"1:0"', 'literal/share-ratio'],
    ['0/0', 'literal/share-zero-denominator'],
    // A run of 21 digits or more, refused before it is read (a 41-digit denominator made sums take seconds).
    ['0.333333333333333333333', 'literal/share-too-precise'],
    ['1/100000000000000000000', 'literal/share-too-precise'],
    ['"12,123456789012345678901 %"', 'literal/share-too-precise'],
    [`1/${'9'.repeat(100_000)}`, 'literal/share-too-precise'],
  ])('%s → %s', (written, code) => {
    const parsed = parseWritten(written)
    expect(parsed.ok ? 'accepted' : [parsed.diagnostic.code, parsed.diagnostic.span]).toEqual([
      code,
      [3, 3 + written.length],
    ])
  })
})

describe('parseShareLiteral diagnostics', () => {
  test('out of range, at its place in a longer document', () => {
    // "to: vgr\n" is 8 characters and "share: " 7 more, so "150 %" spans 15…20.
    const parsed = parseShareLiteral(readScalar('to: vgr\nshare: 150 %\n', 'share'), 'vg/2025.yaml')
    expect(parsed).toEqual({
      ok: false,
      diagnostic: {
        code: 'literal/share-out-of-range',
        severity: 'error',
        file: 'vg/2025.yaml',
        span: [15, 20],
        message: {
          // 150/100 = 3/2
          sv: 'Andelen "150 %" är 3/2, men en andel måste ligga mellan 0 och 1 (0–100 %).',
          en: 'The share "150 %" is 3/2, but a share must lie between 0 and 1 (0–100 %).',
        },
        hint: {
          sv: 'En andel är en del av det steget har att fördela: skriv ett värde från 0 till 1, till exempel 1/3 eller "25 %".',
          en: 'A share is a part of what the step has to distribute: write a value from 0 to 1, for example 1/3 or "25 %".',
        },
      },
    })
  })

  test('invalid', () => {
    const parsed = parseWritten('en tredjedel')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message, hint: parsed.diagnostic.hint }).toEqual({
      message: {
        sv: '"en tredjedel" går inte att läsa som en andel. fordela väntar sig ett exakt tal mellan 0 och 1.',
        en: '"en tredjedel" cannot be read as a share. fordela expects an exact number between 0 and 1.',
      },
      hint: {
        sv: 'Skriv ett bråk som 1/3, en procentsats som "25 %" eller "12,5 %", eller ett decimaltal som 0.25.',
        en: 'Write a fraction such as 1/3, a percentage such as "25 %" or "12,5 %", or a decimal such as 0.25.',
      },
    })
  })

  test('a ratio names both readings and the fractions to write', () => {
    // "1:2" as one part to two is 1/(1 + 2) = 1/3; as one part in two it is 1/2.
    const parsed = parseWritten('"1:2"')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message, hint: parsed.diagnostic.hint }).toEqual({
      message: {
        sv: 'Andelen "1:2" kan läsas på två sätt: 1 del mot 2 (1/3) eller 1 del av 2 (1/2). fordela gissar inte.',
        en: 'The share "1:2" can be read two ways: 1 part to 2 (1/3) or 1 part in 2 (1/2). fordela does not guess.',
      },
      hint: {
        sv: 'Skriv bråket du menar: 1/3 om "1:2" betyder 1 del mot 2, eller 1/2.',
        en: 'Write the fraction you mean: 1/3 if "1:2" means 1 part to 2, or 1/2.',
      },
    })
  })

  test('zero denominator', () => {
    const parsed = parseWritten('1/0')
    expect(parsed.ok ? undefined : { message: parsed.diagnostic.message.sv, hint: parsed.diagnostic.hint?.sv }).toEqual(
      {
        message: 'Andelen "1/0" har nämnaren noll, och division med noll har inget värde.',
        hint: 'Rätta nämnaren (talet efter /), till exempel 1/3.',
      },
    )
  })
})
