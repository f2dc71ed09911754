import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { runGit } from './run-git.js'

/** How many `git show` run at once. */
const CONCURRENCY = 8

/** The files a spec workspace is made of. */
const SPEC_FILE = /\.(ya?ml|csv)$/i

/**
 * Writes the repository's spec files (`.yaml`, `.yml`, `.csv`) as they
 * were at `ref` into `target`, at the same paths: `git ls-tree` lists them
 * and `git show <ref>:<path>` reads each. Only regular files are copied
 * (not symbolic links or submodules). A ref git does not know is a usage error.
 *
 * @param repository the repository's top folder
 */
export async function mirrorSpecsAtRef(repository: string, ref: string, target: string, lang: Language): Promise<void> {
  // A ref starting with "-" would be read as an option; no branch or tag can start with one.
  const commit = ref.startsWith('-')
    ? undefined
    : await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repository)
  if (!commit?.ok) {
    throw new UsageError(say(lang, messages.cliSpec.unknownRef, { ref }))
  }
  const sha = commit.stdout.toString('utf8').trim()
  const listed = await runGit(['ls-tree', '-r', '-z', '--full-tree', sha], repository)
  if (!listed.ok) throw new UsageError(`git ls-tree ${ref}: ${listed.message}`)
  const files = listed.stdout
    .toString('utf8')
    .split('\0')
    .flatMap((entry) => {
      const match = /^(\d+) blob [0-9a-f]+\t(.+)$/s.exec(entry)
      return match && (match[1] === '100644' || match[1] === '100755') && SPEC_FILE.test(match[2] ?? '')
        ? [match[2] ?? '']
        : []
    })
  let next = 0
  const copyNext = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] ?? ''
      const destination = resolve(target, file)
      // Git refuses trees with ".." in a path, but a crafted one must still not write outside the mirror.
      if (!destination.startsWith(`${resolve(target)}${sep}`)) continue
      const shown = await runGit(['show', `${sha}:${file}`], repository)
      if (!shown.ok) throw new UsageError(`git show ${ref}:${file}: ${shown.message}`)
      await mkdir(dirname(destination), { recursive: true })
      await writeFile(destination, shown.stdout)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, copyNext))
}
