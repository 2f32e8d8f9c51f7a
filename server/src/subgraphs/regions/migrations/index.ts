import { Migration20261123000100 } from "./Migration20261123000100";
import { Migration20261124010000 } from "./Migration20261124010000";

/** Applied in this order on start; never edit a migration that has shipped, add a new one. */
export const migrations = [
  { name: "Migration20261123000100", class: Migration20261123000100 },
  { name: "Migration20261124010000", class: Migration20261124010000 },
];
