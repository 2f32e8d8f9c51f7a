import type { Em } from "../../../shared/db/orm";

/**
 * The Kantor Perisai tree, read through perisai.published_office (the owner's read-only contract):
 * coverage never reads perisai's tables.
 */
export class OfficeTree {
  constructor(private readonly em: Em) {}

  async exists(officeId: number): Promise<boolean> {
    const rows = await this.em.execute<{ id: number }[]>("select id from perisai.published_office where id = ?", [
      officeId,
    ]);
    return rows.length > 0;
  }

  /** The office and every office below it. */
  async subtree(officeId: number): Promise<number[]> {
    const rows = await this.em.execute<{ id: number }[]>(
      `with recursive tree as (
         select id from perisai.published_office where id = ?
         union
         select o.id from perisai.published_office o join tree t on o.parent_id = t.id
       ) select id from tree order by id`,
      [officeId],
    );
    return rows.map((row) => row.id);
  }

  async all(): Promise<number[]> {
    const rows = await this.em.execute<{ id: number }[]>("select id from perisai.published_office order by id");
    return rows.map((row) => row.id);
  }
}
