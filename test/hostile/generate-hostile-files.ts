import { spawnSync } from 'node:child_process'
import { mkdir, open, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Writes a case's generated files: `root` is the workspace, `outside` a folder beside it. */
export type HostileGenerator = (root: string, outside: string) => Promise<void>

const strategyHeader = 'apiVersion: fordela/v1\nkind: Strategy\nid: generated\ntitle: Generated\n'

/** Writes `bytes` MiB of `line` repeated, in chunks, after `head`; never holds the file in memory. */
async function writeLargeFile(file: string, head: string, line: string, mebibytes: number): Promise<void> {
  const chunk = line.repeat(Math.ceil((1024 * 1024) / line.length)).slice(0, 1024 * 1024)
  const handle = await open(file, 'w')
  try {
    await handle.write(head)
    for (let i = 0; i < mebibytes; i++) await handle.write(chunk)
  } finally {
    await handle.close()
  }
}

/** Makes a node that is no regular file with a system tool (`mkfifo`, `mknod`); throws with its message if that fails. */
function makeNode(tool: string, args: readonly string[]): void {
  const made = spawnSync(tool, args, { encoding: 'utf8' })
  if (made.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${made.stderr || made.error?.message}`)
}

/**
 * The cases whose files are too large to commit, must be made on the
 * machine (symbolic links to absolute places) or are easier to read as
 * code than as bytes.
 */
export const hostileGenerators: Readonly<Record<string, HostileGenerator>> = {
  /** 10 000 flow lists inside each other: `vision: [[[…]]]`. */
  'deep-flow-nesting': (root) =>
    writeFile(path.join(root, 'flow.yaml'), `${strategyHeader}vision: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
  /** 10 000 block lists inside each other in compact form (`- - - x`), and 10 000 flow mappings. */
  'deep-block-nesting': async (root) => {
    await writeFile(path.join(root, 'block.yaml'), `${strategyHeader}vision:\n${'- '.repeat(10_000)}x\n`)
    await writeFile(
      path.join(root, 'maps.yaml'),
      `${strategyHeader}vision: ${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}\n`,
    )
  },
  /** A 32 MiB spec file and a 20 MiB CSV file (limits: 1 MiB and 2 MiB). */
  'huge-file': async (root) => {
    await writeLargeFile(
      path.join(root, 'big.yaml'),
      `${strategyHeader}vision: x\ngoals:\n`,
      '  - { id: mal, title: Ett mål }\n',
      32,
    )
    await writeLargeFile(path.join(root, 'big.csv'), 'region;folk\n', '01;1\n', 20)
  },
  /** Links that lead out of the workspace, and the secrets behind them that must never be read. */
  'outside-references': async (root, outside) => {
    await writeFile(path.join(outside, 'parter.yaml'), 'apiVersion: fordela/v1\nkind: Parties\nid: secret\n')
    await writeFile(path.join(outside, 'secret.yaml'), `${strategyHeader}vision: secret\ngoals: []\n`)
    await writeFile(path.join(outside, 'secret.csv'), 'region;folk\n01;1\n')
    await mkdir(path.join(outside, 'folder'), { recursive: true })
    await writeFile(path.join(outside, 'folder', 'inner.yaml'), `${strategyHeader}vision: secret\ngoals: []\n`)
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'vg', 'link-to-outside.yaml'))
    await symlink(path.join(outside, 'secret.csv'), path.join(root, 'data', 'link.csv'))
    await symlink(path.join(outside, 'folder'), path.join(root, 'linked-folder'))
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'walked-link.yaml'))
  },
  /**
   * Paths that lead to no regular file: a named pipe (opening it would wait
   * for a writer forever), a folder, and a character device (made with
   * `mknod c 1 3`, the kernel's null device, when the tests run as root, as
   * in CI; a second pipe otherwise, which gets the same finding).
   */
  'special-files': async (root) => {
    makeNode('mkfifo', [
      path.join(root, 'data', 'pipe.csv'),
      path.join(root, 'vg', 'pipe.yaml'),
      path.join(root, 'walked-pipe.yaml'),
    ])
    await mkdir(path.join(root, 'data', 'folder.csv'))
    const device = path.join(root, 'data', 'device.csv')
    if (process.getuid?.() === 0) makeNode('mknod', [device, 'c', '1', '3'])
    else makeNode('mkfifo', [device])
  },
}
