import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete'
import type { Text } from '@codemirror/state'
import { hoverTooltip } from '@codemirror/view'
import { currentLanguage } from '../ui/texts.js'

/** A JSON Schema node, as far as completion and hover read it. */
interface SchemaNode {
  readonly $ref?: string
  readonly title?: string
  readonly description?: string
  readonly type?: string | readonly string[]
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly items?: SchemaNode
  readonly enum?: readonly unknown[]
  readonly const?: unknown
  readonly allOf?: readonly SchemaNode[]
  readonly anyOf?: readonly SchemaNode[]
  readonly oneOf?: readonly SchemaNode[]
  readonly definitions?: Readonly<Record<string, SchemaNode>>
}

/** The project's schemas, bundled: file name → schema. */
const schemaFiles = import.meta.glob<SchemaNode>('../../../../schemas/*.schema.json', {
  eager: true,
  import: 'default',
})
const schemas = new Map(
  Object.entries(schemaFiles).map(([path, schema]) => [path.slice(path.lastIndexOf('/') + 1), schema]),
)

/** A schema node and the file its `$ref`s are relative to. */
interface Scoped {
  readonly node: SchemaNode
  readonly file: string
}

/** Follows `$ref`s (`./common.schema.json#/definitions/id`, `#/definitions/line`) to the node they name. */
function dereference(scoped: Scoped, depth = 0): Scoped {
  const ref = scoped.node.$ref
  if (!ref || depth > 16) return scoped
  const [filePart = '', pointer = ''] = ref.split('#')
  const file = filePart === '' ? scoped.file : filePart.replace(/^\.\//u, '')
  let node: unknown = schemas.get(file)
  for (const key of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[key]
  if (!node) return scoped
  const { $ref: _ref, ...rest } = scoped.node
  return dereference({ node: { ...(node as SchemaNode), ...rest }, file }, depth + 1)
}

/** The alternatives a node stands for (allOf/anyOf/oneOf flattened). */
function alternatives(scoped: Scoped): Scoped[] {
  const node = dereference(scoped)
  const parts = [...(node.node.allOf ?? []), ...(node.node.anyOf ?? []), ...(node.node.oneOf ?? [])]
  return [node, ...parts.flatMap((part) => alternatives({ node: part, file: node.file }))]
}

/** The schema of the property or item a path leads to from a document's root. */
function schemaAt(root: Scoped, path: readonly string[]): Scoped[] {
  let current = [root]
  for (const segment of path) {
    current = current.flatMap(alternatives).flatMap((scoped) => {
      const child = segment === '[]' ? scoped.node.items : scoped.node.properties?.[segment]
      return child ? [{ node: child, file: scoped.file }] : []
    })
  }
  return current
}

/** The schema of the document kind a text declares (`kind: Allocation` → allocation.schema.json). */
function rootSchemaOf(doc: Text): Scoped | undefined {
  const kind = /^kind:\s*["']?(\w+)/mu.exec(doc.sliceString(0, Math.min(doc.length, 4000)))?.[1]
  const file = kind ? `${kind.toLowerCase()}.schema.json` : undefined
  const node = file ? schemas.get(file) : undefined
  return node && file ? { node, file } : undefined
}

/** The half of a bilingual schema text ("svenska / English") for the interface language. */
function localized(text: string | undefined): string {
  if (!text) return ''
  const [sv, en] = text.split(' / ')
  return (currentLanguage() === 'en' ? (en ?? sv) : sv) ?? ''
}

/**
 * The YAML path of the key a line holds, from indentation alone (so it
 * works while the document is half-written): each enclosing `key:` line and
 * `- ` list item above with less indentation.
 */
export function yamlPathAt(doc: Text, lineNumber: number): string[] {
  const path: string[] = []
  const first = doc.line(lineNumber).text
  let indent = /^(\s*)/u.exec(first)![1]!.length
  const dash = /^(\s*)- /u.exec(first)
  if (dash) {
    path.unshift('[]')
    indent = dash[1]!.length
  }
  for (let number = lineNumber - 1; number >= 1 && indent > 0; number--) {
    const text = doc.line(number).text
    if (/^\s*(#|$)/u.test(text)) continue
    const match = /^(\s*)(- )?([\w-]+)?:?/u.exec(text)!
    const lineIndent = match[1]!.length
    if (match[2] && lineIndent < indent) {
      // A list item whose first key shares the item's indentation plus the dash.
      if (match[3] && lineIndent + 2 < indent) path.unshift(match[3])
      path.unshift('[]')
      indent = lineIndent
    } else if (!match[2] && match[3] && lineIndent < indent) {
      path.unshift(match[3])
      indent = lineIndent
    }
  }
  return path
}

/** Completion of keys (with their descriptions) and of enumerated values, from the document kind's schema. */
function completeFromSchema(context: CompletionContext): CompletionResult | null {
  const root = rootSchemaOf(context.state.doc)
  if (!root) return null
  const line = context.state.doc.lineAt(context.pos)
  const before = line.text.slice(0, context.pos - line.from)
  const keyMatch = /^(\s*(?:- )?)([\w-]*)$/u.exec(before)
  if (keyMatch) {
    if (keyMatch[2] === '' && !context.explicit) return null
    const parents = schemaAt(root, yamlPathAt(context.state.doc, line.number))
    const options: Completion[] = []
    const seen = new Set<string>()
    for (const parent of parents.flatMap(alternatives)) {
      for (const [key, child] of Object.entries(parent.node.properties ?? {})) {
        if (seen.has(key)) continue
        seen.add(key)
        const described = dereference({ node: child, file: parent.file }).node
        options.push({
          label: key,
          type: 'property',
          apply: `${key}: `,
          detail: localized(described.title),
          info: localized(described.description),
        })
      }
    }
    if (options.length === 0) return null
    return { from: context.pos - keyMatch[2]!.length, options, validFor: /^[\w-]*$/u }
  }
  const valueMatch = /^\s*(?:- )?([\w-]+):\s*([\w-]*)$/u.exec(before)
  if (!valueMatch) return null
  const path = [...yamlPathAt(context.state.doc, line.number), valueMatch[1]!]
  const values = schemaAt(root, path)
    .flatMap(alternatives)
    .flatMap((scoped) => [...(scoped.node.enum ?? []), ...(scoped.node.const !== undefined ? [scoped.node.const] : [])])
    .filter((value): value is string => typeof value === 'string')
  if (values.length === 0) return null
  return {
    from: context.pos - valueMatch[2]!.length,
    options: [...new Set(values)].map((value) => ({ label: value, type: 'enum' })),
  }
}

/** Key completion and hover documentation from the project's JSON Schemas. */
export function schemaAssist() {
  return [
    autocompletion({ override: [completeFromSchema] }),
    hoverTooltip((view, pos) => {
      const root = rootSchemaOf(view.state.doc)
      if (!root) return null
      const line = view.state.doc.lineAt(pos)
      const key = /^(\s*(?:- )?)([\w-]+):/u.exec(line.text)
      if (!key) return null
      const from = line.from + key[1]!.length
      const to = from + key[2]!.length
      if (pos < from || pos > to) return null
      const described = schemaAt(root, [...yamlPathAt(view.state.doc, line.number), key[2]!]).map(dereference)[0]?.node
      if (!described || (!described.title && !described.description)) return null
      return {
        pos: from,
        end: to,
        above: true,
        create() {
          const dom = document.createElement('div')
          dom.className = 'cm-schema-doc'
          const title = document.createElement('strong')
          title.textContent = localized(described.title)
          const text = document.createElement('p')
          text.textContent = localized(described.description)
          dom.append(title, text)
          return { dom }
        },
      }
    }),
  ]
}
