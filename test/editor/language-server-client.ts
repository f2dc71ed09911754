import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

/** A JSON-RPC message as LSP sends it. */
interface Message {
  readonly id?: number | string
  readonly method?: string
  readonly params?: unknown
  readonly result?: unknown
  readonly error?: { readonly code: number; readonly message: string }
}

/** Answers the server's own requests (`workspace/configuration`, …); undefined answers null. */
export type ServerRequestHandler = (method: string, params: unknown) => unknown

/**
 * A minimal Language Server Protocol client over a child process's stdio:
 * `Content-Length` framing, requests with ids, notifications, and waiting
 * for a notification the server pushes (such as publishDiagnostics).
 */
export class LanguageServerClient {
  readonly #server: ChildProcessWithoutNullStreams
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  readonly #notifications: Message[] = []
  readonly #waiters: { method: string; accept: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = []
  #buffer = Buffer.alloc(0)
  #nextId = 1
  #stderr = ''

  /** Starts `command args…` and speaks LSP with it over stdin/stdout. */
  constructor(command: string, args: readonly string[], onServerRequest: ServerRequestHandler) {
    this.#server = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    this.#server.stdout.on('data', (chunk: Buffer) => this.#receive(chunk, onServerRequest))
    this.#server.stderr.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString('utf8')))
    this.#server.on('exit', (code) => {
      for (const { reject } of this.#pending.values())
        reject(new Error(`language server exited with ${code}: ${this.#stderr}`))
    })
  }

  /** Sends a request and resolves to its result; an error response rejects. */
  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.#nextId++
    this.#send({ id, method, params })
    return new Promise((resolve, reject) =>
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject }),
    )
  }

  /** Sends a notification, which has no answer. */
  notify(method: string, params: unknown): void {
    this.#send({ method, params })
  }

  /** Resolves to the params of the first notification `method` (already received or still to come) that `accept` takes. */
  waitForNotification<Params>(method: string, accept: (params: Params) => boolean): Promise<Params> {
    const seen = this.#notifications.find((message) => message.method === method && accept(message.params as Params))
    if (seen) return Promise.resolve(seen.params as Params)
    return new Promise((resolve) =>
      this.#waiters.push({
        method,
        accept: accept as (params: unknown) => boolean,
        resolve: resolve as (params: unknown) => void,
      }),
    )
  }

  /** Asks the server to shut down, then ends the process. */
  async stop(): Promise<void> {
    if (this.#server.exitCode === null) {
      await this.request('shutdown', null)
      this.notify('exit', null)
      this.#server.kill()
    }
  }

  #send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message })
    this.#server.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`)
  }

  /** Splits the byte stream into messages: a header block, a blank line, then Content-Length bytes of JSON. */
  #receive(chunk: Buffer, onServerRequest: ServerRequestHandler): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk])
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n')
      if (headerEnd < 0) return
      const length = Number(/Content-Length: *(\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString('ascii'))?.[1])
      if (this.#buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(
        this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
      ) as Message
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length)
      this.#dispatch(message, onServerRequest)
    }
  }

  #dispatch(message: Message, onServerRequest: ServerRequestHandler): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.#send({ id: message.id, result: onServerRequest(message.method, message.params) ?? null })
    } else if (message.method !== undefined) {
      this.#notifications.push(message)
      for (const waiter of this.#waiters.filter((w) => w.method === message.method && w.accept(message.params))) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1)
        waiter.resolve(message.params)
      }
    } else if (typeof message.id === 'number') {
      const pending = this.#pending.get(message.id)
      this.#pending.delete(message.id)
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`))
      else pending?.resolve(message.result)
    }
  }
}
