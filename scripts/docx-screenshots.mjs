// Screenshots of the .docx memo as Word-compatible software lays it out,
// for docs/sv/arbeta-i-git.md: renders the Västra Götaland 2025 memo with
// the built CLI (`npm run build` first) to .docx, converts it to PDF with
// LibreOffice and the first pages to PNG with pdftoppm, into docs/sv/bilder/.
//
//   node scripts/docx-screenshots.mjs
//
// Needs Debian's libreoffice-writer-nogui (or libreoffice) and poppler-utils.
// Not run in CI: LibreOffice is some 300 MB and the images are committed.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const spec = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const pages = 2
const scratch = mkdtempSync(join(tmpdir(), 'fordela-docx-screenshots-'))

try {
  const docx = join(scratch, 'beslutsunderlag-2025.docx')
  // render exits 1-free here: the memo's two known prose findings are printed and the document is written.
  execFileSync(process.execPath, [join(root, 'packages/cli/bin/fordela.js'), 'render', spec, '-o', docx], {
    cwd: join(root, 'examples'),
    stdio: ['ignore', 'ignore', 'ignore'],
  })
  // A profile of its own, so no user's LibreOffice settings change the layout.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(scratch, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      scratch,
      docx,
    ],
    { stdio: 'ignore' },
  )
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    String(pages),
    join(scratch, 'beslutsunderlag-2025.pdf'),
    join(root, 'docs/sv/bilder/beslutsunderlag-2025-word'),
  ])
  console.log(`docs/sv/bilder/beslutsunderlag-2025-word-{1..${pages}}.png`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
