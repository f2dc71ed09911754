import type { AnalyzedReply, ExplainReply, OpenedReply, PanelsReply, WorkerReply, WorkerRequest } from '../analysis/protocol.js'

/** A request without its id (the client numbers them). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never

/** The reply each request gets. */
type ReplyTo<T extends WorkerRequest['type']> = T extends 'open' ? OpenedReply : T extends 'analyze' ? AnalyzedReply : T extends 'panels' ? PanelsReply : ExplainReply

/**
 * The page's side of an analysis worker: each request is answered by one
 * reply, in the order asked. `name` tells the workers apart in the browser's tools.
 */
export class AnalysisClient {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>()
  private next = 0

  constructor(name: string) {
    this.worker = new Worker(new URL('../analysis/analysis-worker.ts', import.meta.url), { type: 'module', name })
    this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      const waiting = this.waiting.get(reply.id)
      this.waiting.delete(reply.id)
      if (reply.type === 'failed') waiting?.reject(new Error(reply.message))
      else waiting?.resolve(reply)
    })
  }

  /** Sends a request; resolves with its reply, rejects when the worker failed on it. */
  ask<R extends Unnumbered<WorkerRequest>>(request: R): Promise<ReplyTo<R['type']>> {
    const id = ++this.next
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (reply: WorkerReply) => void, reject })
      this.worker.postMessage({ ...request, id })
    })
  }
}
