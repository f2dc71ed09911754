import fc from 'fast-check'

/** One edit of a spec's text; positions are picked modulo what the text has, so they shrink well. */
export type Mutation =
  | { readonly type: 'replace-char'; readonly at: number; readonly char: string }
  | { readonly type: 'insert'; readonly at: number; readonly text: string }
  | { readonly type: 'delete-line' | 'duplicate-line'; readonly line: number }
  | { readonly type: 'swap-lines'; readonly line: number; readonly other: number }
  | { readonly type: 'reindent'; readonly line: number; readonly indent: string }
  | { readonly type: 'rename-key'; readonly occurrence: number; readonly key: string }
  | { readonly type: 'replace-value'; readonly occurrence: number; readonly value: string }
  | { readonly type: 'nest'; readonly occurrence: number; readonly depth: number; readonly open: '[' | '{a: ' | '- ' }
  | { readonly type: 'truncate'; readonly at: number }

/** Characters that change what YAML reads: structure, quoting, anchors, tags, breaks. */
const hostileChars = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&',
  '*',
  '!',
  '%',
  '|',
  '>',
  '?',
  '@',
  '`',
  '\t',
  '\n',
  '\r',
  ' ',
  '\\',
  '0',
  '9',
  'x',
  'å',
  '\uFEFF',
  '\u2028',
  '\u00A0',
  '\uD800',
]

/** Keys a spec uses, and keys that try to reach a prototype or confuse the reader. */
const keys = [
  'apiVersion',
  'kind',
  'id',
  'title',
  'to',
  'amount',
  'each',
  'share',
  'rest',
  'split',
  'lines',
  'fund',
  'funds',
  'sections',
  'steps',
  'parties',
  'groups',
  'members',
  'units',
  'agreement',
  'dataset',
  'measures',
  'csv',
  'path',
  'from',
  'area',
  'column',
  'total',
  'rules',
  'by',
  'except',
  'cells',
  'previous',
  'strategy',
  'rounding',
  'county',
  'text',
  'summary',
  'decision',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '<<',
  '"quoted key"',
  '? complex',
  'k'.repeat(1100),
  '',
]

/** Values a spec must refuse or treat with care. */
const values = [
  '1.5e6',
  '-1000',
  '0x10',
  '0o17',
  '.nan',
  '-.inf',
  '1.500.000',
  '12 345,67 kr',
  '"12 345,67 kr"',
  '100000000000000000000000',
  '999999999999999999',
  '1000000000000000000',
  '0',
  '1',
  '[1, 2]',
  '[]',
  '{}',
  '~',
  'null',
  'true',
  '1/0',
  '0/0',
  '3/2',
  '-1/3',
  '"120 %"',
  '"1:0"',
  '"0:0"',
  '1e-400',
  '*nope',
  '&a x',
  '*a',
  '!!binary aGk=',
  '!js/function "x"',
  '|',
  '>-',
  "'",
  '"',
  '\t',
  'equal',
  'rest',
  'folkmangd',
  'vgr',
  'kommunalforbund',
  'vardsamverkan',
  '../../../etc/passwd',
  '/etc/passwd',
  './parter.yaml',
  'largest-remainder',
  'half-up',
  'floor',
  '2025-13-45',
  '"{{ total | says \\"drygt 1 kr\\" }}"',
  '"{{ fund.nope }}"',
  '"{{"',
]

const position = fc.nat({ max: 1_000_000 })

/** One random mutation. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    type: fc.constant('replace-char' as const),
    at: position,
    char: fc.oneof(fc.constantFrom(...hostileChars), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  }),
  fc.record({
    type: fc.constant('insert' as const),
    at: position,
    text: fc.oneof(fc.constantFrom(...values, ...keys.map((k) => `${k}: `)), fc.string({ maxLength: 8 })),
  }),
  fc.record({ type: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), line: position }),
  fc.record({ type: fc.constant('swap-lines' as const), line: position, other: position }),
  fc.record({
    type: fc.constant('reindent' as const),
    line: position,
    indent: fc.constantFrom('', ' ', '  ', '    ', '\t', '      '),
  }),
  fc.record({ type: fc.constant('rename-key' as const), occurrence: position, key: fc.constantFrom(...keys) }),
  fc.record({ type: fc.constant('replace-value' as const), occurrence: position, value: fc.constantFrom(...values) }),
  fc.record({
    type: fc.constant('nest' as const),
    occurrence: position,
    depth: fc.integer({ min: 1, max: 300 }),
    open: fc.constantFrom('[' as const, '{a: ' as const, '- ' as const),
  }),
  fc.record({ type: fc.constant('truncate' as const), at: position }),
)

/** A `key: value` line: its indentation and dash, its key, and its value. */
const keyValueLine = /^(\s*(?:- )?)([^\s:#][^:#]*?):(?: (.*))?$/u

/** Applies `mutations` to `text` in order. */
export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text)
}

function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split('\n')
  const pick = (n: number, count: number) => (count === 0 ? 0 : n % count)
  switch (mutation.type) {
    case 'replace-char': {
      const at = pick(mutation.at, text.length)
      return text.slice(0, at) + mutation.char + text.slice(at + 1)
    }
    case 'insert': {
      const at = pick(mutation.at, text.length + 1)
      return text.slice(0, at) + mutation.text + text.slice(at)
    }
    case 'truncate':
      return text.slice(0, pick(mutation.at, text.length + 1))
    case 'delete-line':
      lines.splice(pick(mutation.line, lines.length), 1)
      return lines.join('\n')
    case 'duplicate-line': {
      const line = pick(mutation.line, lines.length)
      lines.splice(line, 0, lines[line] ?? '')
      return lines.join('\n')
    }
    case 'swap-lines': {
      const a = pick(mutation.line, lines.length)
      const b = pick(mutation.other, lines.length)
      ;[lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? '']
      return lines.join('\n')
    }
    case 'reindent': {
      const line = pick(mutation.line, lines.length)
      lines[line] = mutation.indent + (lines[line] ?? '').trimStart()
      return lines.join('\n')
    }
    case 'rename-key':
    case 'replace-value':
    case 'nest':
      return editKeyValueLine(lines, mutation)
  }
}

/** Edits one of the `key: value` lines: its key, its value, or nests its value `depth` levels deep. */
function editKeyValueLine(lines: string[], mutation: Extract<Mutation, { occurrence: number }>): string {
  const candidates = lines.flatMap((line, index) => (keyValueLine.test(line) ? [index] : []))
  const index = candidates[mutation.occurrence % Math.max(candidates.length, 1)]
  const match = index === undefined ? null : keyValueLine.exec(lines[index] ?? '')
  if (index === undefined || !match) return lines.join('\n')
  const [, lead = '', key = '', value = ''] = match
  if (mutation.type === 'rename-key') lines[index] = `${lead}${mutation.key}: ${value}`
  else if (mutation.type === 'replace-value') lines[index] = `${lead}${key}: ${mutation.value}`
  else if (mutation.open === '- ')
    lines[index] = `${lead}${key}:\n${lead}  ${'- '.repeat(mutation.depth)}${value || 'x'}`
  else
    lines[index] =
      `${lead}${key}: ${mutation.open.repeat(mutation.depth)}${value || 'x'}${(mutation.open === '[' ? ']' : '}').repeat(mutation.depth)}`
  return lines.join('\n')
}
