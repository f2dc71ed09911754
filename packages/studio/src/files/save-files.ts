import { strToU8, zipSync } from 'fflate'

/** Offers bytes to the user as a download named `name`. */
export function downloadBytes(bytes: Uint8Array | string, name: string, type: string): void {
  const blob = new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Every file as one zip archive, paths as in the workspace. */
export function zipFiles(files: ReadonlyMap<string, string>): Uint8Array {
  return zipSync(Object.fromEntries([...files].map(([path, text]) => [path, strToU8(text)])), { level: 6 })
}

/** Writes files back into the folder they were opened from (File System Access API), creating folders as needed. */
export async function writeToFolder(
  folder: FileSystemDirectoryHandle,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [path, text] of files) {
    const parts = path.split('/')
    const name = parts.pop()!
    let handle = folder
    for (const part of parts) handle = await handle.getDirectoryHandle(part, { create: true })
    const writable = await (await handle.getFileHandle(name, { create: true })).createWritable()
    await writable.write(text)
    await writable.close()
  }
}

/** Saves files through `fordela studio`'s local server (which applies the CLI's file rules). */
export async function writeToServer(token: string, files: ReadonlyMap<string, string>): Promise<void> {
  const response = await fetch(`./api/files?token=${encodeURIComponent(token)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ files: Object.fromEntries(files) }),
  })
  if (!response.ok) throw new Error((await response.text()) || `HTTP ${response.status}`)
}

/** Reads the workspace `fordela studio` serves: its folder's name and id, and its files. */
export async function readFromServer(
  token: string,
): Promise<{ name: string; folderId: string; files: Map<string, string> }> {
  const response = await fetch(`./api/files?token=${encodeURIComponent(token)}`)
  if (!response.ok) throw new Error((await response.text()) || `HTTP ${response.status}`)
  const body = (await response.json()) as { name: string; folderId: string; files: Record<string, string> }
  return { name: body.name, folderId: body.folderId, files: new Map(Object.entries(body.files)) }
}
