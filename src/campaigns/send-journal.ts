/**
 * The send journal: what closes the duplicate window a killed campaign worker used to leave.
 *
 * The database cannot say whether a row left in 'sending' by a killed worker reached the platform: the
 * 'sent' mark commits after the platform's answer, so every message in flight at the kill was unknown,
 * and re-sending them (after the lease) duplicated them. Neither Telegram nor WhatsApp accepts an
 * idempotency key, so the platform cannot tell us either.
 *
 * The worker's own machine can. The journal is an append-only file per worker process: the line `+<id>`
 * is written (one write(2), no fsync: a SIGKILL loses nothing the kernel already has) in the same
 * synchronous step in which the HTTP request for outbox row <id> is handed to its socket, just before
 * it, and `-<id>` when the platform answered no. A restarted worker on the same machine reads the
 * journals of processes that are gone and settles their rows at once: journaled → 'sent' (never again),
 * everything else they held → back to the queue without waiting for the lease (it never left).
 *
 * What remains: a kill in the microseconds between the journal write and the socket write (that one
 * message is counted sent and never arrives: at most once wins over at least once), and a worker whose
 * machine or DATA_DIR is gone for good (its rows come back after CAMPAIGN_LEASE_SECONDS, and the ones
 * in flight at its end may be sent twice — THE ONE DUPLICATE WINDOW left).
 */
export interface SendJournal {
  /** Runs one outbox row's send; an HTTP request written inside it is journaled as it leaves. */
  track<T>(id: number, send: () => Promise<T>): Promise<T>;
  /** Whether a request for this row has left this process since the last checkpoint. */
  left(id: number): boolean;
  /** The platform answered no: the row is not sent, whatever `+` says. */
  refused(id: number): void;
  /** Everything journaled so far is in the database: start an empty journal. */
  checkpoint(): void;
  /** Journals of this machine's campaign workers that are no longer running. */
  orphans(): OrphanJournal[];
  /** A clean stop with everything in the database: remove the journal. */
  close(): void;
}

export interface OrphanJournal {
  workerId: string;
  /** Rows whose request left and was not refused. */
  sent: number[];
  /** Delete the file once its rows are settled. */
  forget(): void;
}

/** `+id` left, `-id` refused. Only whole lines count: a last line without its newline is ignored. */
export function parseJournal(text: string): number[] {
  const sent = new Set<number>();
  const lines = text.split('\n');
  lines.pop(); // '' after the last newline, or a torn line
  for (const line of lines) {
    const m = /^([+-])(\d{1,15})$/.exec(line);
    if (!m) continue;
    const id = Number(m[2]);
    if (m[1] === '+') sent.add(id);
    else sent.delete(id);
  }
  return [...sent];
}
