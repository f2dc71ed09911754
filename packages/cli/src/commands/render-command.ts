import { resolve } from 'node:path'
import type { Language } from '@fordela/parser'
import { renderDocument } from '@fordela/render-markdown'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { UsageError } from '../errors.js'
import { ExitCode } from '../exit-codes.js'
import { writeOutputFile } from '../lint/write-output-file.js'
import { checkRenderedFile } from '../render/check-rendered-file.js'
import { classifyErrors } from '../render/classify-findings.js'
import { defaultMarkdownPath } from '../render/default-markdown-path.js'
import { evaluateSpec } from '../render/evaluate-spec.js'
import { locateSpec } from '../render/locate-spec.js'
import { writeSpecFindings } from '../render/write-spec-findings.js'
import { isDocxPath, writeDocx } from '../render/write-docx.js'

/** The options of `fordela render`. */
export interface RenderCommandOptions {
  readonly output?: string
  readonly check?: boolean
  readonly appendix?: boolean
  readonly lang?: Language
  readonly config?: string
  /** A county's .docx whose styles a `.docx` output takes. */
  readonly referenceDoc?: string
}

/**
 * `fordela render <spec>`: the Markdown of an allocation (its
 * beslutsunderlag), an agreement (its distribution table) or an action plan
 * (its handlingsplan), on stdout or written atomically with `-o`. Errors in
 * the spec or any file it reads are printed as `fordela lint` prints them and
 * the exit code is 1. Errors that make figures wrong stop the render: nothing
 * is written. Errors the document shows its reader (a prose claim the
 * numbers do not bear out, an agreement cell that lacks data; see
 * `classifyErrors`) give a draft that opens with "Utkast — innehåller fel"
 * and lists them. With `--check`, compares instead with the committed file
 * and answers only whether it is up to date. An output ending in `.docx`
 * is a Word document of the same content.
 */
export async function renderCommand(spec: string, options: RenderCommandOptions, io: CliIo): Promise<number> {
  const located = await locateSpec(spec, options, io.cwd)
  const lang = located.setup.lang
  const docx = options.output !== undefined && isDocxPath(options.output)
  if (docx && options.check) {
    throw new UsageError(say(lang, messages.cliSpec.checkIsMarkdown))
  }
  if (options.referenceDoc !== undefined && !docx) {
    throw new UsageError(say(lang, messages.cliSpec.referenceDocNeedsDocx))
  }
  const evaluated = await evaluateSpec(located, io.cwd)
  const document = evaluated.document
  const kindOf = (file: string) => evaluated.workspace.documentByFile(file)?.kind
  const { blocking, shown } = classifyErrors(evaluated.findings, kindOf)
  if (blocking.length > 0 || document === undefined) {
    writeSpecFindings(evaluated, blocking, io)
    io.writeErr(say(lang, messages.cliSpec.nothingRendered, { spec }))
    return ExitCode.findings
  }
  if (shown.length > 0) {
    writeSpecFindings(evaluated, shown, io)
    io.writeErr(say(lang, messages.cliSpec.renderedAsDraft))
  }
  // The baseline decides the exit code, as it does lint's; the draft lists every error the memo shows.
  const draft = classifyErrors(evaluated.unbaselined, kindOf).shown.map((finding) => ({
    place: `${finding.file}:${finding.region.start.line}:${finding.region.start.column}`,
    rule: finding.code,
    // The memo is Swedish whatever the terminal's language.
    message: finding.message.sv,
  }))
  const rendered = renderDocument(evaluated.evaluation, document, {
    ...(options.appendix ? { appendix: true } : {}),
    draft,
  })
  if (rendered === undefined) {
    throw new UsageError(say(lang, messages.cliSpec.noRendering, { spec, kind: document.kind }))
  }
  // --check answers one question, whether the committed file is what the spec renders (a draft's
  // notice included); lint and the notice report the errors.
  if (options.check)
    return checkRenderedFile(
      options.output ?? defaultMarkdownPath(spec),
      located.setup.root,
      rendered.markdown,
      spec,
      io,
      lang,
    )
  const code = shown.length > 0 ? ExitCode.findings : ExitCode.ok
  if (options.output === undefined) {
    io.writeOut(rendered.markdown)
    return code
  }
  if (docx) await writeDocx(rendered.tree, options.output, options.referenceDoc, located.setup.root, io.cwd, lang)
  else await writeOutputFile(resolve(io.cwd, options.output), rendered.markdown, located.setup.root, io.cwd, lang)
  return code
}
