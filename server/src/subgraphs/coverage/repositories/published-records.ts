import type { Em } from "../../../shared/db/orm";

export interface PublishedAgent {
  id: number;
  agentNumber: string;
  officeId: number;
  status: string;
}

export interface PublishedUmkm {
  id: number;
  districtCode: string;
}

/**
 * Reads of other subgraphs' data that a write must validate, through the read-only views their owners
 * publish (perisai.published_agent, okoce.published_umkm); coverage never reads their tables.
 */
export class PublishedRecords {
  static async agent(em: Em, id: number): Promise<PublishedAgent | null> {
    const rows = await em
      .getConnection()
      .execute<{ id: number; agent_number: string; office_id: number; status: string }[]>(
        "select id, agent_number, office_id, status from perisai.published_agent where id = ?",
        [id],
      );
    const row = rows[0];
    return row ? { id: row.id, agentNumber: row.agent_number, officeId: row.office_id, status: row.status } : null;
  }

  static async umkm(em: Em, id: number): Promise<PublishedUmkm | null> {
    const rows = await em
      .getConnection()
      .execute<{ id: number; district_code: string }[]>(
        "select id, district_code from okoce.published_umkm where id = ?",
        [id],
      );
    const row = rows[0];
    return row ? { id: row.id, districtCode: row.district_code } : null;
  }
}
