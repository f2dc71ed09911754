import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from './launch-chromium.js'
import { startStudio, type RunningStudio } from './start-studio.js'

const examples = fileURLToPath(new URL('../../examples', import.meta.url))

/** A copy of examples/ served by `fordela studio`, and a Chromium to open it in. */
export interface ExampleStudio {
  readonly workspace: string
  readonly studio: RunningStudio
  readonly browser: Awaited<ReturnType<typeof launchChromium>>
}

/** Copies examples/ to a temporary folder (named after `prefix`), serves it and launches Chromium. */
export async function openExampleStudio(prefix: string): Promise<ExampleStudio> {
  const workspace = mkdtempSync(join(tmpdir(), prefix))
  cpSync(examples, workspace, { recursive: true })
  return { workspace, studio: await startStudio(workspace), browser: await launchChromium() }
}

/** Stops what {@link openExampleStudio} started and removes the copy; any part may be missing if starting failed. */
export async function closeExampleStudio(opened: Partial<ExampleStudio>): Promise<void> {
  await opened.browser?.close()
  await opened.studio?.stop()
  if (opened.workspace) rmSync(opened.workspace, { recursive: true, force: true })
}
