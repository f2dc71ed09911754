import { unzipSync } from 'fflate'

/** The kinds of file a workspace holds: specs, configs, dataset CSVs and the baseline `fordela lint` writes. */
const WORKSPACE_FILE = /\.(?:ya?ml|csv)$|(?:^|\/)fordela-baseline\.json$/iu

/** At most this many bytes are read from what a user opens (the CLI's own limits apply after that). */
const MAX_TOTAL_BYTES = 50 * 1024 * 1024

/** Files read from a zip, a folder or a file picker: workspace path → text. */
export type FileMap = Map<string, string>

/** A path safe to use as a workspace path: forward slashes, no `..`, no absolute start. */
function cleanPath(path: string): string | undefined {
  const parts = path
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
  if (parts.some((part) => part === '..') || /^[A-Za-z]:$/u.test(parts[0] ?? '')) return undefined
  return parts.join('/')
}

/** The spec and data files of a zip archive, its single top folder taken off. */
export function readZip(bytes: Uint8Array): FileMap {
  const entries = unzipSync(bytes, {
    filter: (file) => WORKSPACE_FILE.test(file.name) && file.originalSize <= MAX_TOTAL_BYTES,
  })
  return stripCommonFolder(toFileMap(Object.entries(entries)))
}

function toFileMap(entries: readonly (readonly [string, Uint8Array])[]): FileMap {
  const decoder = new TextDecoder()
  const files: FileMap = new Map()
  let total = 0
  for (const [name, bytes] of entries) {
    const path = cleanPath(name)
    total += bytes.length
    if (path && WORKSPACE_FILE.test(path) && total <= MAX_TOTAL_BYTES) files.set(path, decoder.decode(bytes))
  }
  return files
}

/** `repo/examples/x.yaml`, `repo/y.yaml` → `examples/x.yaml`, `y.yaml` when every path shares `repo/`. */
function stripCommonFolder(files: FileMap): FileMap {
  const tops = new Set([...files.keys()].map((path) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '')))
  if (tops.size !== 1 || tops.has('')) return files
  const [top] = tops
  return new Map([...files].map(([path, text]) => [path.slice(top!.length + 1), text]))
}

/** Files chosen in a picker or dropped: zips are unpacked, spec and data files kept by their relative path. */
export async function readChosenFiles(chosen: readonly File[]): Promise<FileMap> {
  const files: FileMap = new Map()
  for (const file of chosen) {
    if (/\.zip$/iu.test(file.name)) {
      for (const [path, text] of readZip(new Uint8Array(await file.arrayBuffer()))) files.set(path, text)
    } else if (WORKSPACE_FILE.test(file.name)) {
      const path = cleanPath(file.webkitRelativePath || file.name)
      if (path) files.set(path, await file.text())
    }
  }
  return stripCommonFolder(files)
}

/** Every spec and data file under a folder the user opened (File System Access API), dot-folders left out. */
export async function readFolder(folder: FileSystemDirectoryHandle): Promise<FileMap> {
  const entries: [string, Uint8Array][] = []
  const walk = async (handle: FileSystemDirectoryHandle, prefix: string, depth: number): Promise<void> => {
    if (depth > 32) return
    for await (const [name, child] of handle.entries()) {
      if (name.startsWith('.') || name === 'node_modules') continue
      if (child.kind === 'directory') await walk(child as FileSystemDirectoryHandle, `${prefix}${name}/`, depth + 1)
      else if (WORKSPACE_FILE.test(name))
        entries.push([
          `${prefix}${name}`,
          new Uint8Array(await (await (child as FileSystemFileHandle).getFile()).arrayBuffer()),
        ])
    }
  }
  await walk(folder, '', 0)
  return toFileMap(entries)
}
