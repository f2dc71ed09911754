import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js'
import type { DatasetDocument, DocumentRef, SpecDocument } from '../model/documents.js'
import { resolveYamlLimits, type YamlLimits } from '../yaml/limits.js'
import { compareCodeUnits } from '../compare-code-units.js'
import { discoverSpecFiles } from './discover-spec-files.js'
import type { DocumentIndex } from './document-index.js'
import { findReferenceCycles } from './find-reference-cycles.js'
import { collectDocumentRefs } from './collect-document-refs.js'
import { loadDatasetCsv, type LoadedDataset } from './load-dataset-csv.js'
import { indexLoadedFiles, isUnreadSpec, loadReferencedFiles } from './load-referenced-files.js'
import { parseSpecBytes, type LoadedSpecFile } from './load-spec-file.js'
import { mapWithConcurrency } from './map-with-concurrency.js'
import { createPathProber, errorCode, type PathProber, type ProbedPath } from './probe-workspace-path.js'
import { resolveReferences } from './resolve-references.js'
import { selectLintedFiles } from './select-linted-files.js'
import { createSpecFileLoader } from './spec-file-loader.js'
import { isPathReference, resolveLexically } from './workspace-paths.js'
import { createWorkspace, type Workspace } from './workspace.js'
import type { WorkspaceHost } from './workspace-host.js'
import type { ParseCache } from './parse-cache.js'
import type { SpecDefaults } from '../kinds/build-context.js'

/** What {@link loadWorkspace} reads and how. */
export interface LoadWorkspaceOptions {
  /** The workspace's root folder; nothing outside it is read. */
  readonly root: string
  /** Files or folders (absolute, or relative to the root) to lint instead of the whole tree. */
  readonly paths?: readonly string[]
  /** The file system: `nodeWorkspaceHost` from `@fordela/parser/node`, or `createMemoryWorkspaceHost`. */
  readonly host: WorkspaceHost
  readonly limits?: Partial<YamlLimits>
  /** Workspace paths (files and folders) to leave out of the walk. */
  readonly ignore?: (relativePath: string) => boolean
  /** Values for keys documents leave out, such as a rounding policy set in the config. */
  readonly defaults?: SpecDefaults
  /** Parsed files from an earlier load to reuse where a file's text is unchanged (the studio reloads on every keystroke). */
  readonly parseCache?: ParseCache
}

/** A CSV file may be this many times larger than a spec file. */
const CSV_SIZE_FACTOR = 2

/**
 * A loaded workspace and what loading read to make it, so that an editor
 * can have the workspace again with one file's text changed without
 * reading anything: the studio does this on every keystroke.
 */
export interface WorkspaceReading {
  readonly workspace: Workspace
  /**
   * The same reading with the text of the spec file `file` replaced, when
   * loading again would read no other file: the file stays a spec, is a
   * dataset neither before nor after, and every path it refers to was read
   * already. Undefined when the workspace must be loaded again
   * ({@link readWorkspace}); otherwise the workspace is the one loading
   * again would give.
   */
  withText(file: string, text: string): WorkspaceReading | undefined
}

/** What loading read from the host: every file, every probed path and every dataset's CSV. */
interface ReadParts {
  readonly root: string
  readonly limits: YamlLimits
  readonly defaults: SpecDefaults | undefined
  readonly parseCache: ParseCache | undefined
  /** Whether only some files were linted (`paths`): what is in scope then depends on references. */
  readonly seeded: boolean
  /** Whether references made loading read spec files the walk did not keep (a fresh load after they change may not). */
  readonly readByReference: boolean
  readonly loaded: ReadonlyMap<string, LoadedSpecFile>
  readonly paths: ReadonlyMap<string, ProbedPath>
  readonly scope: ReadonlySet<string>
  /** Findings of the walk and of the selected paths. */
  readonly walkDiagnostics: readonly Diagnostic[]
  /** Each dataset in scope with its CSV read, by file. */
  readonly datasets: ReadonlyMap<string, LoadedDataset>
}

/**
 * Loads a workspace: finds the spec files under the root, parses each once,
 * reads each dataset's CSV, checks dataset totals and resolves every
 * reference between documents (by path or id), reporting references that
 * leave the root, name nothing or the wrong kind, duplicate ids and cycles.
 * With `paths`, only those files and the documents they lead to are
 * linted. The result is the same whatever order the file system lists
 * folders in.
 */
export async function loadWorkspace(options: LoadWorkspaceOptions): Promise<Workspace> {
  return (await readWorkspace(options)).workspace
}

/** Loads a workspace as {@link loadWorkspace} does, keeping what it read so that one file's text can be replaced without reading again. */
export async function readWorkspace(options: LoadWorkspaceOptions): Promise<WorkspaceReading> {
  const host = options.host
  const limits = resolveYamlLimits(options.limits)
  let realRoot: string
  try {
    realRoot = await host.realPath(options.root)
  } catch (error) {
    const args = { path: options.root, reason: errorCode(error) }
    const diagnostic = createDiagnostic('ref/file-unreadable', args, { file: '.', span: [0, 0] })
    const workspace = createWorkspace({
      root: options.root,
      documents: [],
      texts: new Map(),
      diagnostics: [diagnostic],
      paths: new Map(),
    })
    return { workspace, withText: () => undefined }
  }
  const probe = createPathProber(host, realRoot)
  const loader = createSpecFileLoader(host, realRoot, limits, options.defaults, options.parseCache)
  const discovered = await discoverSpecFiles(host, realRoot, options.ignore)
  const walkDiagnostics: Diagnostic[] = [...discovered.diagnostics]
  let seeds: string[] | undefined
  if (options.paths) {
    const selected = await selectLintedFiles(options.root, options.paths, discovered.files, probe)
    walkDiagnostics.push(...selected.diagnostics)
    await loader.load(selected.walked, false)
    await loader.load(selected.named, true)
    seeds = [...selected.walked, ...selected.named]
  } else {
    await loader.load(discovered.files, false)
  }
  const walkedSpecs = specPaths(loader.loaded)
  const { index, scope } = await loadReferencedFiles(loader, probe, discovered.files, seeds)
  const datasets = await readDatasets(
    host,
    probe,
    documentsInScope(loader.loaded, scope),
    limits.maxFileBytes * CSV_SIZE_FACTOR,
    options.parseCache,
  )
  return assemble({
    root: options.root,
    limits,
    defaults: options.defaults,
    parseCache: options.parseCache,
    seeded: seeds !== undefined,
    readByReference: [...specPaths(loader.loaded)].some((file) => !walkedSpecs.has(file)),
    loaded: loader.loaded,
    paths: index.paths,
    scope,
    walkDiagnostics,
    datasets,
  })
}

/** The workspace made of what was read, with its cross-document findings; nothing is read. */
function assemble(parts: ReadParts): WorkspaceReading {
  const texts = new Map<string, string>()
  for (const file of parts.loaded.values()) if (file.text !== undefined && file.isSpec) texts.set(file.path, file.text)
  const diagnostics: Diagnostic[] = [...parts.walkDiagnostics]
  for (const file of [...parts.scope].sort(compareCodeUnits))
    diagnostics.push(...(parts.loaded.get(file)?.diagnostics ?? []))
  const documents = documentsInScope(parts.loaded, parts.scope).map((document) => {
    const dataset = document.kind === 'Dataset' ? parts.datasets.get(document.file) : undefined
    if (!dataset) return document
    if (dataset.csv) texts.set(dataset.csv.path, dataset.csv.text)
    diagnostics.push(...dataset.diagnostics)
    return dataset.document
  })
  const index = indexLoadedFiles(parts.loaded, parts.paths)
  diagnostics.push(...reportDuplicateIds(documents, index))
  const resolved = resolveReferences(documents, index)
  diagnostics.push(...resolved.diagnostics, ...findReferenceCycles(resolved.edges))
  const workspace = createWorkspace({
    root: parts.root,
    documents,
    texts,
    diagnostics: sortDiagnostics(diagnostics),
    paths: index.paths,
    broken: index.broken,
  })
  return { workspace, withText: (file, text) => replaceText(parts, file, text) }
}

const encoder = new TextEncoder()

/** The reading with one spec file's text replaced, or undefined when that would make loading read something else. */
function replaceText(parts: ReadParts, file: string, text: string): WorkspaceReading | undefined {
  const before = parts.loaded.get(file)
  if (parts.seeded || !before?.isSpec || before.document?.kind === 'Dataset') return undefined
  const bytes = encoder.encode(text)
  // A file over the limit is refused before it is read, with no text to show: loading says so.
  if (bytes.length > parts.limits.maxFileBytes) return undefined
  const after = parseSpecBytes(file, bytes, parts.limits, false, parts.defaults, parts.parseCache)
  if (!after.isSpec || after.document?.kind === 'Dataset' || !readsNothingNew(parts, before, after)) return undefined
  return assemble({ ...parts, loaded: new Map(parts.loaded).set(file, after) })
}

/**
 * Whether loading again with the file's new version would read no other
 * file: each path it now refers to was probed and read already. When
 * references once made loading read a file the walk did not keep, only the
 * same references in the same order will do (dropping one would drop that
 * file).
 */
function readsNothingNew(parts: ReadParts, before: LoadedSpecFile, after: LoadedSpecFile): boolean {
  const [was, is] = [referencesOf(before), referencesOf(after)]
  if (parts.readByReference) return was.length === is.length && was.every((ref, at) => ref.value === is[at]?.value)
  return is.every((ref) => {
    if (!isPathReference(ref.value)) return true
    const lexical = resolveLexically(ref.at.file, ref.value)
    if (lexical.type !== 'inside') return true
    const target = parts.paths.get(lexical.path)
    return target !== undefined && (target.type !== 'file' || !isUnreadSpec(target, parts.loaded))
  })
}

function referencesOf(file: LoadedSpecFile): DocumentRef[] {
  return file.document ? collectDocumentRefs(file.document).map(({ ref }) => ref) : []
}

/** The files loaded as specs. */
function specPaths(loaded: ReadonlyMap<string, LoadedSpecFile>): Set<string> {
  return new Set([...loaded.values()].filter((file) => file.isSpec).map((file) => file.path))
}

/** The documents of the files in scope, in path order. */
function documentsInScope(loaded: ReadonlyMap<string, LoadedSpecFile>, scope: ReadonlySet<string>): SpecDocument[] {
  return [...scope].sort(compareCodeUnits).flatMap((file) => {
    const document = loaded.get(file)?.document
    return document ? [document] : []
  })
}

/** Every dataset among the documents with its CSV units read, by file. */
async function readDatasets(
  host: WorkspaceHost,
  probe: PathProber,
  documents: readonly SpecDocument[],
  maxCsvBytes: number,
  cache: ParseCache | undefined,
): Promise<Map<string, LoadedDataset>> {
  const datasets = documents.filter((document): document is DatasetDocument => document.kind === 'Dataset')
  const loaded = await mapWithConcurrency(datasets, 16, (dataset) =>
    loadDatasetCsv(host, probe, dataset, maxCsvBytes, cache),
  )
  return new Map(loaded.map((dataset) => [dataset.document.file, dataset]))
}

/** A document whose id an earlier document (by path) already has. */
function reportDuplicateIds(documents: readonly SpecDocument[], index: DocumentIndex): Diagnostic[] {
  return documents.flatMap((document) => {
    const first = index.byId.get(document.id.value)
    if (!first || first.file === document.file) return []
    const related = [
      relatedAt(first.id.at, { sv: 'Dokumentet som först har id:t.', en: 'The document that has the id first.' }),
    ]
    return [
      createDiagnostic('ref/duplicate-id', { id: document.id.value, first: first.file }, document.id.at, { related }),
    ]
  })
}
