import fc from 'fast-check'
import { describe } from 'vitest'
import { decodeSpecText, parseSpecText } from '../../src/index.js'
import { checkDiagnostics } from '../../../../test/fuzz/check-diagnostics.js'
import { fuzzTest, type CountCase } from '../../../../test/fuzz/fuzz-test.js'
import { applyMutations, mutationArbitrary } from '../../../../test/fuzz/mutate-spec-text.js'
import { readExampleFiles } from '../../../../test/fuzz/read-examples.js'

const examples = Object.entries(readExampleFiles()).filter(([file]) => file.endsWith('.yaml'))

/** Pieces of YAML and of fördelningsspec that, strung together at random, reach every stage of the parser. */
const tokens = fc.constantFrom(
  'apiVersion: fordela/v1\n',
  'kind: Allocation\n',
  'kind: Parties\n',
  'kind: Agreement\n',
  'kind: Dataset\n',
  'id: x\n',
  'title: T\n',
  'funds:\n',
  'sections:\n',
  '  - ',
  '- ',
  'id: ',
  'to: ',
  'amount: ',
  'share: ',
  'each: ',
  'rest: true',
  'lines:\n',
  'steps:\n',
  '__proto__: ',
  'constructor: ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '&a ',
  '*a',
  '\n',
  '  ',
  '\t',
  '# c\n',
  '---\n',
  '...\n',
  '? ',
  '|\n',
  '>-\n',
  '!t ',
  '!!str ',
  '!!binary ',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  '1.5e6',
  '-1',
  '0x1F',
  '.nan',
  '1/3',
  '"25 %"',
  '7 000 000',
  '\\',
  '\r\n',
  '\uFEFF',
  '\u2028',
  '\u0085',
  '\uD83D',
  'å',
)

/** Text of any kind: every code point, lone surrogates, and YAML-ish soup behind a valid header or not. */
const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
  fc.array(tokens, { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc
    .array(tokens, { maxLength: 60 })
    .map((pieces) => `apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: T\n${pieces.join('')}`),
)

/** Parses `text` as one spec file and checks what any result must be. */
function checkParse(text: string, count: CountCase): void {
  const parsed = parseSpecText(text, 'fuzz.yaml')
  checkDiagnostics(parsed.diagnostics, (file) => (file === 'fuzz.yaml' ? text : undefined))
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error')
  if (parsed.document && errors.length > 0) throw new Error('a document was returned despite errors')
  if (parsed.document && parsed.document.file !== 'fuzz.yaml') throw new Error('the document names the wrong file')
  count(parsed.document ? 'document' : errors.length > 0 ? 'refused' : 'no-document')
}

describe('fuzz: the parser', () => {
  fuzzTest({
    target: 'parser',
    name: 'parseSpecText never throws on arbitrary text, and places every finding within it',
    share: 0.3,
    msPerCase: 5,
    arbitrary: arbitraryText,
    check: checkParse,
  })

  fuzzTest({
    target: 'parser',
    name: 'decodeSpecText and parseSpecText never throw on arbitrary bytes',
    share: 0.1,
    msPerCase: 5,
    arbitrary: fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.constantFrom(...examples), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([[, text], at, byte]) => {
        const bytes = new TextEncoder().encode(text)
        bytes[at % bytes.length] = byte
        return bytes
      }),
    ),
    check: (bytes, count) => {
      const decoded = decodeSpecText(bytes, 'fuzz.yaml')
      if (decoded.text === undefined) {
        // A refused file: its one finding points into the valid text before the bad byte.
        checkDiagnostics(decoded.diagnostics, () => new TextDecoder().decode(bytes))
        count('refused bytes')
        return
      }
      checkDiagnostics(decoded.diagnostics, () => decoded.text)
      checkParse(decoded.text, count)
    },
  })

  fuzzTest({
    target: 'parser',
    name: 'parseSpecText never throws on mutated examples (flipped characters, lines moved, keys renamed, deep nesting)',
    share: 0.6,
    msPerCase: 20,
    arbitrary: fc.tuple(fc.constantFrom(...examples), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 })),
    check: ([[, text], mutations], count) => checkParse(applyMutations(text, mutations), count),
    minimums: { refused: 0.3 },
  })
})
