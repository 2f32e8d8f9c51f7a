import type { Request, Response } from "express";
import { sqlCounter } from "../db/sql-counter";

/**
 * For the benchmark (PERISAI_DEBUG_COUNTERS=1 only): the SQL statements this process has sent so far. The
 * counter is per process, so a caller sums the answers of distinct pids.
 */
export function debugCounters(_request: Request, response: Response): void {
  response.json({ pid: process.pid, statements: sqlCounter.total });
}
