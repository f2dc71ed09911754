#!/usr/bin/env node
// The fordela GitHub Action's logic, run by action.yml's one script step:
// lint with annotations and a job summary, optionally a SARIF file, check
// that committed memos still match their specs, render memos to hand on, and
// summarise the change against the pull request's base. Plain Node; the one
// package it imports is fordela's own presentation (@fordela/render-markdown,
// built by `npm run setup`), which writes the summaries, the comment and the
// escaped workflow commands. It runs the same in a workflow, in the tests
// (test/workflow) and in a terminal.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { countAnnotations } from './count-annotations.mjs'
import { ensureBaseCommit } from './ensure-base-commit.mjs'
import { describeRenderProblem, renderCheckSummary, renderDiffComment } from '@fordela/render-markdown'
import { findPullRequest, upsertComment } from './post-diff-comment.mjs'
import { InputError, readActionInputs } from './read-action-inputs.mjs'
import { runFordela } from './run-fordela.mjs'
import { toMarkdownPath } from './to-markdown-path.mjs'
import { writeAnnotation } from './write-annotation.mjs'
import { appendOutputs, appendSummary } from './write-workflow-files.mjs'

/** @typedef {import('./read-action-inputs.mjs').ActionInputs} ActionInputs */

const env = process.env
const cwd = process.cwd()
/** @param {string} text */
const write = (text) => process.stdout.write(text)

/**
 * Runs every step the inputs ask for and returns the exit code: the worst
 * of the steps' (0 clean, 1 findings or a stale memo, 2 a failure).
 * @returns {number}
 */
function runAction() {
  let inputs
  try {
    inputs = readActionInputs(env)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    writeAnnotation({ level: 'error', message: error.message }, write)
    appendOutputs(env.GITHUB_OUTPUT, { 'exit-code': 2 })
    return 2
  }
  const common = [
    ...(inputs.config ? ['--config', inputs.config] : []),
    ...(inputs.lang ? ['--lang', inputs.lang] : []),
  ]
  const lint = runLint(inputs, common)
  const sarif = inputs.sarifFile ? writeSarif(inputs, inputs.sarifFile, common) : undefined
  const render = inputs.renderCheck.length > 0 ? checkRendered(inputs, common) : undefined
  const toRender = [
    ...new Set([
      ...inputs.render,
      ...(inputs.renderChanged && inputs.baseRef ? listChangedAllocations(inputs, inputs.baseRef, common) : []),
    ]),
  ]
  const rendered = toRender.length > 0 ? renderMemos(inputs, toRender, common) : undefined
  const diff = inputs.baseRef ? summarizeDiff(inputs, inputs.baseRef, common) : undefined
  const exitCode = Math.max(lint.status, sarif ?? 0, render ?? 0, rendered?.status ?? 0, diff === 2 ? 2 : 0)
  appendOutputs(env.GITHUB_OUTPUT, {
    'exit-code': exitCode,
    'lint-exit-code': lint.status,
    errors: lint.counts.errors,
    warnings: lint.counts.warnings,
    notices: lint.counts.notices,
    'sarif-file': inputs.sarifFile ?? '',
    'render-exit-code': render ?? '',
    rendered: rendered?.files.join('\n') ?? '',
    'diff-exit-code': diff ?? '',
  })
  return exitCode
}

/**
 * `fordela lint --format github`: one annotation per finding on standard
 * output, and (written by fordela itself) the table of every finding in the
 * job summary, since GitHub shows only ten annotations of each kind.
 * @param {ActionInputs} inputs
 * @param {string[]} common the options every command takes (--config, --lang)
 */
function runLint(inputs, common) {
  const args = ['lint', ...inputs.paths, '--format', 'github', ...common]
  if (inputs.maxWarnings !== undefined) args.push('--max-warnings', inputs.maxWarnings)
  const { status, stdout } = runFordela(args, { cwd, env })
  write(stdout)
  if (status === 2)
    writeAnnotation(
      {
        level: 'error',
        title: 'fordela lint',
        message: 'fordela lint kunde inte köras; se loggen. / fordela lint could not run; see the log.',
      },
      write,
    )
  return { status, counts: countAnnotations(stdout) }
}

/**
 * `fordela lint --format sarif -o <file>`, for github/codeql-action/upload-sarif.
 * @param {ActionInputs} inputs
 * @param {string} file where to write it
 * @param {string[]} common
 */
function writeSarif(inputs, file, common) {
  const { status } = runFordela(['lint', ...inputs.paths, '--format', 'sarif', '--output', file, ...common], {
    cwd,
    env,
  })
  // Findings (1) are already reported by the lint step; only a failure to write the file counts here.
  return status === 2 ? 2 : 0
}

/**
 * `fordela render --check <spec>` for each spec: fails when a committed memo
 * differs from what its spec renders to, so memo and numbers cannot drift
 * apart. Each problem becomes an annotation, and a table in the job summary.
 * @param {ActionInputs} inputs
 * @param {string[]} common
 */
function checkRendered(inputs, common) {
  const checks = inputs.renderCheck.map((spec) => {
    const { status, stdout } = runFordela(['render', spec, '--check', ...common], { cwd, env })
    write(stdout)
    const check = {
      spec,
      markdown: toMarkdownPath(spec),
      status,
      diff: status === 1 && stdout.startsWith('--- ') ? stdout : '',
    }
    const problem = describeRenderProblem(check)
    if (problem)
      writeAnnotation(
        {
          level: 'error',
          title: 'fordela render --check',
          message: problem,
          file: status === 1 && !check.diff ? spec : check.markdown,
        },
        write,
      )
    return check
  })
  appendSummary(env.GITHUB_STEP_SUMMARY, renderCheckSummary(checks))
  return Math.max(...checks.map((check) => check.status))
}

/**
 * `fordela render <spec> -o <render-output>/<spec>.md` (and `.docx` with
 * render-docx) for each spec, so a
 * workflow can hand the memos on (upload-artifact) to the officials who take
 * them to the meeting. A spec with errors is rendered as a draft that lists
 * them, or not at all when its figures would be wrong; lint has said why.
 * @param {ActionInputs} inputs
 * @param {string[]} specs the specs to render
 * @param {string[]} common
 */
function renderMemos(inputs, specs, common) {
  /** @type {string[]} */
  const files = []
  let status = 0
  for (const spec of specs) {
    const target = join(inputs.renderOutput, toMarkdownPath(spec))
    mkdirSync(dirname(resolve(cwd, target)), { recursive: true })
    // A spec with errors the memo can show is written as a draft (exit 1);
    // one whose figures would be wrong is not written at all: list what exists.
    rmSync(resolve(cwd, target), { force: true })
    const run = runFordela(['render', spec, '--output', target, ...common], { cwd, env })
    write(run.stdout)
    const written = existsSync(resolve(cwd, target))
    if (written) files.push(target)
    status = Math.max(status, run.status)
    if (inputs.renderDocx && written) {
      // The same memo (or draft) in Word, for the body that adopts it.
      const word = target.replace(/\.md$/, '.docx')
      rmSync(resolve(cwd, word), { force: true })
      const docx = runFordela(['render', spec, '--output', word, ...common], { cwd, env })
      write(docx.stdout)
      if (existsSync(resolve(cwd, word))) files.push(word)
      status = Math.max(status, docx.status)
    }
  }
  return { status, files }
}

/**
 * The allocations the pull request changes (a krona moved) or adds, from
 * `fordela diff --base <ref> --format json`, as paths from the checkout's
 * root; none when the comparison cannot be made (summarizeDiff says why).
 * @param {ActionInputs} inputs
 * @param {string} baseRef
 * @param {string[]} common
 * @returns {string[]}
 */
function listChangedAllocations(inputs, baseRef, common) {
  const found = ensureBaseCommit(baseRef, cwd)
  if ('problem' in found) return []
  const { status, stdout } = runFordela(
    ['diff', '--base', found.base, ...inputs.paths, '--format', 'json', ...common],
    { cwd, env },
  )
  // Exit 1 still carries the comparison (a compared spec has errors); 2 carries none.
  if (status > 1) return []
  /** @type {{ comparisons: { after: { file: string } }[], added: { file: string }[] }} */
  const report = JSON.parse(stdout)
  // diff names files from the workspace's root; `fordela init` puts that at the checkout's root.
  return [
    ...report.comparisons.map((comparison) => comparison.after.file),
    ...report.added.map((allocation) => allocation.file),
  ].filter((file) => existsSync(resolve(cwd, file)))
}

/**
 * `fordela diff --base <ref> --format markdown`: who gets more and who gets
 * less, per fund, into the job summary and — when asked — the pull
 * request's conversation. Returns diff's exit code.
 * @param {ActionInputs} inputs
 * @param {string} baseRef
 * @param {string[]} common
 */
function summarizeDiff(inputs, baseRef, common) {
  const found = ensureBaseCommit(baseRef, cwd)
  if ('problem' in found) {
    writeAnnotation({ level: 'warning', title: 'fordela diff', message: found.problem }, write)
    return 2
  }
  const compared = ['diff', '--base', found.base, ...inputs.paths, ...common]
  // The whole comparison goes to the log, folded; the Markdown below may be cut short to fit a comment.
  // The specs' names are the pull request's text: stop-commands keeps a name like `::error::…` inert.
  const token = randomUUID()
  const text = runFordela(compared, { cwd, env })
  write(`::group::fordela diff\n::stop-commands::${token}\n${text.stdout}::${token}::\n::endgroup::\n`)
  // 1: compared, but a spec has errors; the comparison says so at its top and is still shown.
  if (text.status === 2) return text.status
  // Outside a workflow (a terminal, say) there is no run page: the pointer names the command instead.
  const fullReport = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? findRunUrl() : `fordela diff --base ${found.base}`
  const markdown = runFordela([...compared, '--format', 'markdown', '--full-report', fullReport], { cwd, env })
  if (markdown.status === 2) return markdown.status
  appendSummary(env.GITHUB_STEP_SUMMARY, markdown.stdout)
  if (inputs.comment) commentOnPullRequest(markdown.stdout)
  return markdown.status
}

/** The workflow run's page, whose log holds the whole comparison. */
function findRunUrl() {
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
}

/**
 * Posts or updates the diff comment; a comment that cannot be written is a warning, not a failed check.
 * @param {string} markdown
 */
function commentOnPullRequest(markdown) {
  const pullRequest = findPullRequest(env)
  if (!pullRequest) {
    writeAnnotation(
      {
        level: 'notice',
        message:
          'comment: true, men körningen hör inte till någon pull request. / comment: true, but this run belongs to no pull request.',
      },
      write,
    )
    return
  }
  const problem = upsertComment(pullRequest, renderDiffComment(markdown, findRunUrl()), env)
  if (problem)
    writeAnnotation(
      { level: 'warning', message: `Kommentaren kunde inte skrivas. / The comment could not be written. ${problem}` },
      write,
    )
}

process.exitCode = runAction()
