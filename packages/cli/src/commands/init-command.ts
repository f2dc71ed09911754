import { relative, resolve } from 'node:path'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { UsageError } from '../errors.js'
import { ExitCode } from '../exit-codes.js'
import { buildCountyScaffold } from '../init/build-county-scaffold.js'
import { buildExampleScaffold, scaffoldAllocation, scaffoldMemo } from '../init/build-example-scaffold.js'
import { listNationalYears } from '../init/load-national-templates.js'
import { renderScaffoldMemo } from '../init/render-scaffold-memo.js'
import { chooseActionRef } from '../init/render-workflow.js'
import { writeCountyBaseline } from '../init/write-county-baseline.js'
import { refuseToOverwrite, writeScaffoldFiles } from '../init/write-scaffold.js'
import { defaultBaselineName } from '@fordela/engine'
import { readCliVersion } from '../read-cli-version.js'

/** The options of `fordela init`. */
export interface InitCommandOptions {
  readonly force?: boolean
  readonly lang?: Language
  /** A län code: start that county's repository from the sourced national files. */
  readonly lan?: string
  /** The agreement's year for `--lan`; the newest fordela has by default. */
  readonly year?: string
  /** The tag, branch or commit of fordela's Action the workflow uses; this version's release tag by default. */
  readonly actionRef?: string
}

/**
 * `fordela init [dir]`: scaffolds a county repository that lints clean at
 * once and says what to do next. Without `--lan`, an example to replace
 * (config, made-up parties and data, a first allocation and its rendered
 * memo); with `--lan <code>`, that län's real starting point (the year's
 * agreement, the strategy, sourced population data, its parties). Both get
 * a CI workflow running fordela's Action and editor settings. Refuses to
 * overwrite files (exit 2) unless `--force`.
 */
export async function initCommand(dir: string | undefined, options: InitCommandOptions, io: CliIo): Promise<number> {
  const lang = options.lang ?? 'sv'
  const target = resolve(io.cwd, dir ?? '.')
  const actionRef = chooseActionRef(options.actionRef, readCliVersion(), lang)
  if (options.year !== undefined && options.lan === undefined) {
    throw new UsageError(say(lang, messages.cliInit.yearWithoutLan))
  }
  const shown = (file: string) => relative(io.cwd, resolve(target, file)) || file
  const listWritten = (files: readonly string[]) => files.map((file) => `  ${shown(file)}`).join('\n')
  // The config applies where fordela runs, so the next commands run in the new folder.
  const enter = dir === undefined || target === io.cwd ? '' : `cd ${dir} && `

  if (options.lan !== undefined) {
    const year = options.year ?? listNationalYears().at(-1) ?? ''
    const scaffold = await buildCountyScaffold({ code: options.lan, year, version: readCliVersion(), actionRef, lang })
    const paths = scaffold.files.map((file) => file.path)
    refuseToOverwrite(target, [...paths, defaultBaselineName], options.force === true, io.cwd, lang)
    await writeScaffoldFiles(target, scaffold.files, io.cwd, lang)
    const baselined = await writeCountyBaseline(target, io, lang)
    const written = [...paths, ...(baselined.length > 0 ? [defaultBaselineName] : [])].sort()
    const known = baselined
      .map(
        (finding) => `  ${shown(finding.file)}:${finding.region.start.line}  ${finding.code}: ${finding.message[lang]}`,
      )
      .join('\n')
    io.writeOut(
      say(lang, messages.cliInit.createdCounty, { county: scaffold.countyName, year, files: listWritten(written) }) +
        (baselined.length > 0
          ? say(lang, messages.cliInit.knownFindings, { baseline: defaultBaselineName, findings: known })
          : '') +
        say(lang, messages.cliInit.countyNextSteps, { enter }),
    )
    return ExitCode.ok
  }

  const files = buildExampleScaffold(actionRef)
  const paths = [...files.map((file) => file.path), scaffoldMemo].sort()
  refuseToOverwrite(target, paths, options.force === true, io.cwd, lang)
  await writeScaffoldFiles(target, files, io.cwd, lang)
  await writeScaffoldFiles(
    target,
    [{ path: scaffoldMemo, text: await renderScaffoldMemo(resolve(target, scaffoldAllocation), io.cwd) }],
    io.cwd,
    lang,
  )
  io.writeOut(
    say(lang, messages.cliInit.createdExample, {
      files: listWritten(paths),
      enter,
      allocation: scaffoldAllocation,
      memo: scaffoldMemo,
    }),
  )
  return ExitCode.ok
}
