import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installYamlLanguageServer } from './install-yaml-language-server.js'
import { LanguageServerClient } from './language-server-client.js'

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const schemasDir = join(repoRoot, 'schemas')
const catalog = JSON.parse(readFileSync(join(schemasDir, 'catalog.json'), 'utf8')) as {
  schemas: { name: string; url: string }[]
}

/** The parts of LSP's types the assertions read. */
interface Position {
  readonly line: number
  readonly character: number
}
interface Diagnostic {
  readonly range: { readonly start: Position; readonly end: Position }
  readonly message: string
  readonly severity: number
}
interface PublishDiagnostics {
  readonly uri: string
  readonly version?: number
  readonly diagnostics: readonly Diagnostic[]
}
interface CompletionList {
  readonly items: readonly { readonly label: string }[]
}
interface Hover {
  readonly contents: { readonly kind: string; readonly value: string }
}

/** LSP's DiagnosticSeverity.Error. */
const severityError = 1

let client: LanguageServerClient
let nextVersion = 1

/** Opens a document in the server, as an editor does when a file is shown. */
function open(uri: string, text: string): number {
  const version = nextVersion++
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } })
  return version
}

/** Opens a document and waits for the diagnostics of that version. */
async function openAndDiagnose(uri: string, text: string): Promise<readonly Diagnostic[]> {
  const version = open(uri, text)
  const published = await client.waitForNotification<PublishDiagnostics>(
    'textDocument/publishDiagnostics',
    (params) => params.uri === uri && (params.version === undefined || params.version === version),
  )
  return published.diagnostics
}

/** The modeline that picks a schema by its file:// URL. */
function modeline(schemaFile: string): string {
  return `# yaml-language-server: $schema=${pathToFileURL(join(schemasDir, schemaFile)).href}`
}

beforeAll(async () => {
  const server = installYamlLanguageServer()
  client = new LanguageServerClient(process.execPath, [server, '--stdio'], (method, params) => {
    if (method !== 'workspace/configuration') return null
    // The editor's settings: checks, completion and hover on; the SchemaStore
    // catalogue off, so the server reads only our schemas and never the network.
    const sections = (params as { items: { section?: string }[] }).items.map((item) => item.section)
    return sections.map((section) =>
      section === 'yaml' ? { validate: true, completion: true, hover: true, schemaStore: { enable: false } } : {},
    )
  })
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(repoRoot).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { versionSupport: true },
      },
    },
  })
  client.notify('initialized', {})
}, 180_000)

afterAll(async () => {
  await client?.stop()
})

describe('yaml-language-server with the fordela schemas', () => {
  it('marks a misspelt key in the 2025 allocation on the key itself', async () => {
    const lines = readFileSync(join(repoRoot, 'examples/vastra-gotaland/2025-lansgemensamma-medel.yaml'), 'utf8').split(
      '\n',
    )
    lines[0] = modeline('allocation.schema.json')
    // NSPH's line in the strategy section: `          - to: nsph` then `            amount: 2 000 000`.
    const toLine = lines.indexOf('          - to: nsph')
    expect(lines[toLine + 1]).toBe('            amount: 2 000 000')
    lines[toLine + 1] = '            ammount: 2 000 000'
    const diagnostics = await openAndDiagnose('file:///fordela-test/2025-ammount.yaml', lines.join('\n'))
    // LSP positions count from 0: `ammount` starts after 12 spaces and is 7 characters long.
    // The line without `amount` then matches none of amount / each / share / rest / fund /
    // split / lines; the server reports the first branch's missing key at the item's first key.
    expect(diagnostics.map(({ range, message, severity }) => ({ range, message, severity }))).toEqual([
      {
        range: { start: { line: toLine + 1, character: 12 }, end: { line: toLine + 1, character: 19 } },
        message: 'Property ammount is not allowed.',
        severity: severityError,
      },
      {
        range: { start: { line: toLine, character: 12 }, end: { line: toLine, character: 13 } },
        message: 'Missing property "amount".',
        severity: severityError,
      },
    ])
  })

  it.each([
    'nationellt/skr-2025-overenskommelse.yaml',
    'nationellt/nationell-strategi-2025-2034.yaml',
    'vastra-gotaland/parter.yaml',
    'vastra-gotaland/2025-lansgemensamma-medel.yaml',
    'vastra-gotaland/2026-handlingsplan.yaml',
    'data/befolkning-lan-2023-12-31.yaml',
    'data/befolkning-kommun-2025-09-30.yaml',
  ])('finds nothing wrong in examples/%s, its schema found through the relative modeline', async (path) => {
    const file = join(repoRoot, 'examples', path)
    const uri = pathToFileURL(file).href
    const text = readFileSync(file, 'utf8')
    expect(await openAndDiagnose(uri, text)).toEqual([])
    // No diagnostics could also mean no schema: the hover on `kind` (line 2 from 0) shows the schema was applied.
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 1 },
    })
    const kind = text.split('\n')[2]?.slice('kind: '.length)
    expect(hover.contents.value).toContain(`här ${kind}. / What kind of document the file is; here ${kind}.`)
  })

  it.each(catalog.schemas)('offers exactly $name after `kind: ` in $url', async ({ name, url }) => {
    const uri = `file:///fordela-test/kind-${name}.yaml`
    open(uri, `${modeline(url)}\napiVersion: fordela/v1\nkind: \n`)
    // Line 2 (from 0) is `kind: `; character 6 is just after the space.
    const completion = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 6 },
    })
    expect(completion.items.map((item) => item.label)).toEqual([name])
  })

  it('offers the three rounding methods after `rounding: `', async () => {
    const uri = 'file:///fordela-test/rounding.yaml'
    open(uri, `${modeline('allocation.schema.json')}\napiVersion: fordela/v1\nkind: Allocation\nrounding: \n`)
    const completion = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 10 },
    })
    expect(completion.items.map((item) => item.label).sort()).toEqual(['floor', 'half-up', 'largest-remainder'])
  })

  it('explains a key on hover in Swedish and English', async () => {
    const uri = 'file:///fordela-test/hover.yaml'
    open(uri, `${modeline('allocation.schema.json')}\napiVersion: fordela/v1\nkind: Allocation\nrounding: floor\n`)
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 3, character: 2 },
    })
    // The title as a heading, the description, the enum and the example, then where they come from.
    expect(hover.contents.value).toBe(
      [
        '#### Avrundning / Rounding',
        '',
        'Hur varje delning blir hela kronor; standard är largest-remainder. / How each division becomes whole kronor; the default is largest-remainder.',
        '',
        'Allowed Values:',
        '',
        '* `floor`',
        '* `largest-remainder`',
        '* `half-up`',
        '',
        'Example:',
        '',
        '```yaml',
        'largest-remainder',
        '```',
        '',
        `Source: [allocation.schema.json](${pathToFileURL(join(schemasDir, 'allocation.schema.json')).href})`,
      ].join('\n'),
    )
  })
})
