/**
 * Marks the session check (at most one per session every few seconds, whatever the query asks): it is not part
 * of answering a request, so it is not counted, and a count never depends on when the cache last expired.
 */
export const SESSION_CHECK_MARK = "/* session check */";

/**
 * Counts the SQL statements MikroORM sends, so tests and benchmarks can show that a request's
 * statement count depends on the depth of the query, not on the number of rows.
 */
class SqlCounter {
  private count = 0;

  /** One statement, as MikroORM hands it to its logger (the SQL text before parameters are inlined). */
  record(sql: string): void {
    if (!sql.includes(SESSION_CHECK_MARK)) this.count += 1;
  }

  reset(): void {
    this.count = 0;
  }

  get total(): number {
    return this.count;
  }
}

export const sqlCounter = new SqlCounter();
