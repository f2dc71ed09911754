import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countAnnotations } from '../../action/count-annotations.mjs'
import { ensureBaseCommit } from '../../action/ensure-base-commit.mjs'
import { commentMarker } from '../../packages/render-markdown/src/index.js'
import { findPullRequest, upsertComment } from '../../action/post-diff-comment.mjs'
import { toMarkdownPath } from '../../action/to-markdown-path.mjs'
import { readActionInputs } from '../../action/read-action-inputs.mjs'
import { writeAnnotation } from '../../action/write-annotation.mjs'
import { appendOutputs, appendSummary } from '../../action/write-workflow-files.mjs'
import { git } from './create-pull-request-repo.js'
import { installFakeGh } from './install-fake-gh.js'
import { parseOutputFile } from './parse-output-file.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fordela-action-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readActionInputs', () => {
  it('reads lists one entry per line, so a path may hold a space', () => {
    const inputs = readActionInputs({
      INPUT_PATHS: ' fordelningar/2025 \n\n  Nya förslag/2026.yaml\n',
      INPUT_COMMENT: 'true',
      INPUT_LANG: 'en',
    })
    expect(inputs).toEqual({
      paths: ['fordelningar/2025', 'Nya förslag/2026.yaml'],
      config: undefined,
      lang: 'en',
      maxWarnings: undefined,
      sarifFile: undefined,
      renderCheck: [],
      render: [],
      renderChanged: false,
      renderDocx: false,
      renderOutput: 'beslutsunderlag',
      baseRef: undefined,
      comment: true,
    })
  })

  it('names the input and the values it takes when one is wrong', () => {
    expect(() => readActionInputs({ INPUT_COMMENT: 'yes' })).toThrow(
      'comment: "yes" ska vara true eller false. / comment: "yes" must be true or false.',
    )
    expect(() => readActionInputs({ INPUT_RENDER_DOCX: 'ja' })).toThrow(
      'render-docx: "ja" ska vara true eller false. / render-docx: "ja" must be true or false.',
    )
    expect(() => readActionInputs({ INPUT_LANG: 'de' })).toThrow(
      'lang: "de" är inget språk fordela kan; välj sv eller en. / lang: "de" is not sv or en.',
    )
    expect(() => readActionInputs({ INPUT_MAX_WARNINGS: '-1' })).toThrow(
      'max-warnings: "-1" är inget heltal ≥ 0. / max-warnings: "-1" is not a whole number ≥ 0.',
    )
  })
})

describe('countAnnotations', () => {
  it('counts one workflow command per line and nothing else', () => {
    const text = [
      '::error file=a.yaml,line=1,col=1,title=sum/fund-overspent::Raderna fördelar 500 000 kr mer.%0ATips: Minska.',
      '::warning file=a.yaml,line=9,col=3,title=link/section-unlinked::Avsnittet är inte kopplat.',
      '::error::fordela lint kunde inte köras',
      '::notice file=b.yaml,line=2,col=1,title=x::info',
      'fordela: skrev baslinjen', // not a command
    ].join('\n')
    expect(countAnnotations(text)).toEqual({ errors: 2, warnings: 1, notices: 1 })
  })
})

describe('writeAnnotation', () => {
  it('escapes what would end the command early or break its line', () => {
    let written = ''
    writeAnnotation(
      { level: 'warning', title: 'fordela diff', file: 'a,b:c.md', message: '100 % klart\nnästa rad' },
      (text) => (written += text),
    )
    // `,` and `:` separate properties, `%` starts an escape, a line break ends the command.
    expect(written).toBe('::warning file=a%2Cb%3Ac.md,title=fordela diff::100 %25 klart%0Anästa rad\n')
  })
})

describe('toMarkdownPath', () => {
  it('names the memo beside its spec, .yaml or .yml', () => {
    expect([toMarkdownPath('vg/2025.yaml'), toMarkdownPath('vg/2026.YML'), toMarkdownPath('plan')]).toEqual([
      'vg/2025.md',
      'vg/2026.md',
      'plan.md',
    ])
  })
})

describe('$GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY', () => {
  it('writes outputs the runner reads back, one-line and multi-line', () => {
    const file = join(dir, 'output')
    writeFileSync(file, '')
    appendOutputs(file, { errors: 1, 'sarif-file': 'fordela.sarif', note: 'rad 1\nrad 2' })
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({
      errors: '1',
      'sarif-file': 'fordela.sarif',
      note: 'rad 1\nrad 2',
    })
  })

  it('separates summary parts by a blank line and skips both files outside a workflow', () => {
    const file = join(dir, 'summary.md')
    appendSummary(file, '### a')
    appendSummary(file, '### b\n')
    expect(readFileSync(file, 'utf8')).toBe('### a\n\n### b\n\n')
    expect(() => appendSummary(undefined, 'x')).not.toThrow()
    expect(() => appendOutputs('', { x: 1 })).not.toThrow()
  })
})

describe('the pull-request comment', () => {
  it('finds the pull request in the event payload, and none for a push', () => {
    writeFileSync(join(dir, 'pr.json'), JSON.stringify({ pull_request: { number: 7 } }))
    writeFileSync(join(dir, 'push.json'), JSON.stringify({ ref: 'refs/heads/main' }))
    expect(findPullRequest({ GITHUB_REPOSITORY: 'vgr/fordelningar', GITHUB_EVENT_PATH: join(dir, 'pr.json') })).toEqual(
      { repository: 'vgr/fordelningar', number: 7 },
    )
    expect(
      findPullRequest({ GITHUB_REPOSITORY: 'vgr/fordelningar', GITHUB_EVENT_PATH: join(dir, 'push.json') }),
    ).toBeUndefined()
  })

  it('creates the comment when the pull request has none from fordela', () => {
    const gh = installFakeGh(dir)
    const env = { PATH: `${gh.binDir}:${process.env['PATH'] ?? ''}`, GH_TOKEN: 't' }
    expect(upsertComment({ repository: 'vgr/fordelningar', number: 7 }, `${commentMarker}\nhej`, env)).toBeUndefined()
    expect(gh.calls()).toEqual([
      {
        args: [
          'api',
          '--paginate',
          'repos/vgr/fordelningar/issues/7/comments',
          '--jq',
          `.[] | select(.body | startswith("${commentMarker}")) | .id`,
        ],
        stdin: '',
      },
      {
        args: ['api', '--method', 'POST', 'repos/vgr/fordelningar/issues/7/comments', '--input', '-'],
        stdin: JSON.stringify({ body: `${commentMarker}\nhej` }),
      },
    ])
  })

  it('edits its earlier comment instead of adding another on every push', () => {
    const gh = installFakeGh(dir, 1234)
    const env = { PATH: `${gh.binDir}:${process.env['PATH'] ?? ''}`, GH_TOKEN: 't' }
    expect(upsertComment({ repository: 'vgr/fordelningar', number: 7 }, 'ny text', env)).toBeUndefined()
    expect(gh.calls()[1]?.args).toEqual([
      'api',
      '--method',
      'PATCH',
      'repos/vgr/fordelningar/issues/comments/1234',
      '--input',
      '-',
    ])
  })

  it('returns a sentence instead of failing when gh is not installed', () => {
    expect(upsertComment({ repository: 'vgr/fordelningar', number: 7 }, 'x', { PATH: dir })).toBe(
      'gh kunde inte startas (ENOENT). / gh could not start.',
    )
  })
})

describe('ensureBaseCommit', () => {
  it('uses a base that is in the clone, and explains one that cannot be fetched', () => {
    git(dir, 'init', '--quiet', '--initial-branch=main')
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n')
    git(dir, 'add', 'a.yaml')
    git(dir, 'commit', '--quiet', '--message', 'bas')
    const sha = git(dir, 'rev-parse', 'HEAD')
    expect(ensureBaseCommit(sha, dir)).toEqual({ base: sha })
    // No remote called origin: the fetch fails, and the sentence says which base is missing.
    const missing = '0123456789abcdef0123456789abcdef01234567'
    const result = ensureBaseCommit(missing, dir)
    expect(
      'problem' in result &&
        result.problem.startsWith(
          `Jämförelsens bas ${missing} finns inte och kunde inte hämtas. / The base ${missing} is missing and could not be fetched: `,
        ),
    ).toBe(true)
  })
})
