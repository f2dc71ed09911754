import { describe, expect, it } from 'vitest'
import { readFolder } from './read-files.js'
import { writeToFolder } from './save-files.js'

/** A folder in memory behaving as the File System Access API's handles do, for what the studio calls. */
class MemoryFolder {
  readonly kind = 'directory'
  readonly folders = new Map<string, MemoryFolder>()
  readonly files = new Map<string, string>()

  constructor(readonly name: string) {}

  async *entries(): AsyncGenerator<[string, unknown]> {
    for (const [name, folder] of this.folders) yield [name, folder]
    for (const [name, text] of this.files) {
      yield [name, { kind: 'file', name, getFile: async () => new Blob([text]) }]
    }
  }

  async getDirectoryHandle(name: string, options: { create?: boolean } = {}): Promise<MemoryFolder> {
    let folder = this.folders.get(name)
    if (!folder && options.create) {
      folder = new MemoryFolder(name)
      this.folders.set(name, folder)
    }
    if (!folder) throw new DOMException(name, 'NotFoundError')
    return folder
  }

  async getFileHandle(name: string) {
    return {
      createWritable: async () => {
        let written = ''
        return {
          write: async (text: string) => {
            written += text
          },
          close: async () => void this.files.set(name, written),
        }
      },
    }
  }
}

const asHandle = (folder: MemoryFolder) => folder as unknown as FileSystemDirectoryHandle

describe('a folder opened through the File System Access API', () => {
  const root = new MemoryFolder('vastra-gotaland-fordelning')
  root.files.set('fordela.config.yaml', 'lang: sv\n')
  root.files.set('README.md', '# not read')
  const county = new MemoryFolder('vastra-gotaland')
  county.files.set('2025.yaml', 'kind: Allocation\n')
  county.files.set('befolkning.csv', 'kod;namn\n')
  root.folders.set('vastra-gotaland', county)
  const git = new MemoryFolder('.git')
  git.files.set('config.yaml', 'secret: 1\n')
  root.folders.set('.git', git)

  it('is read for its spec and data files, dot-folders left out', async () => {
    expect([...(await readFolder(asHandle(root)))].sort()).toEqual([
      ['fordela.config.yaml', 'lang: sv\n'],
      ['vastra-gotaland/2025.yaml', 'kind: Allocation\n'],
      ['vastra-gotaland/befolkning.csv', 'kod;namn\n'],
    ])
  })

  it('gets the changed files written back, into their folders', async () => {
    await writeToFolder(
      asHandle(root),
      new Map([
        ['vastra-gotaland/2025.yaml', 'kind: Allocation\nid: x\n'],
        ['data/ny.csv', 'a;b\n'],
      ]),
    )
    expect(county.files.get('2025.yaml')).toBe('kind: Allocation\nid: x\n')
    expect(root.folders.get('data')?.files.get('ny.csv')).toBe('a;b\n')
  })
})
