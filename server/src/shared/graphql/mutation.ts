import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { Em } from "../db/orm";
import { UserErrorCode, UserInputError, userError, type UserError } from "./user-error";

export interface Payload {
  userErrors: UserError[];
}

/**
 * Runs a mutation in one transaction. A UserInputError (or a lost optimistic-concurrency race) rolls the
 * whole write back and comes out as userErrors, so a refused mutation never leaves half its changes.
 */
export async function runMutation<P extends Payload>(
  em: Em,
  work: (em: Em) => Promise<Omit<P, "userErrors">>,
): Promise<P> {
  try {
    const result = await em.transactional((tx) => work(tx as Em));
    return { ...result, userErrors: [] } as unknown as P;
  } catch (error) {
    em.clear();
    if (error instanceof UserInputError) return { userErrors: error.errors } as P;
    if (error instanceof OptimisticLockError) {
      return {
        userErrors: [
          userError(
            "expectedVersion",
            "This record was changed by someone else; reload it and try again",
            UserErrorCode.STALE,
          ),
        ],
      } as P;
    }
    if (error instanceof UniqueConstraintViolationException) {
      // Checks run before the write; reaching the constraint means a concurrent write took the value first.
      return {
        userErrors: [
          userError("", "Another request just saved the same values; reload and try again", UserErrorCode.TAKEN),
        ],
      } as P;
    }
    throw error;
  }
}

/** Checks the version the client read against the stored one (optimistic concurrency on edits). */
export function assertVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw new UserInputError([
      userError(
        "expectedVersion",
        `This record is at version ${current}, not ${expected}: someone changed it since you read it; reload and try again`,
        UserErrorCode.STALE,
      ),
    ]);
  }
}

/** Collects userErrors during validation and throws them all at once. */
export class Problems {
  private readonly list: UserError[] = [];

  add(field: string, message: string, code: UserErrorCode): this {
    this.list.push(userError(field, message, code));
    return this;
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(): void {
    if (this.list.length) throw new UserInputError(this.list);
  }
}
