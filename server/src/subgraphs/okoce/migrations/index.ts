import { Migration20261123000200 } from "./Migration20261123000200";

/** Applied in this order on start; never edit a migration that has shipped, add a new one. */
export const migrations = [{ name: "Migration20261123000200", class: Migration20261123000200 }];
