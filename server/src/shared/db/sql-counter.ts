/**
 * Counts the SQL statements MikroORM sends, so tests and benchmarks can show that a request's
 * statement count depends on the depth of the query, not on the number of rows.
 */
class SqlCounter {
  private count = 0;

  record(message: string): void {
    if (/\[query\]/.test(message)) this.count += 1;
  }

  reset(): void {
    this.count = 0;
  }

  get total(): number {
    return this.count;
  }
}

export const sqlCounter = new SqlCounter();
