import { Migration20261123000400 } from "./Migration20261123000400";
import { Migration20261123000410 } from "./Migration20261123000410";
import { Migration20261123000420 } from "./Migration20261123000420";
import { Migration20261123000700 } from "./Migration20261123000700";
import { Migration20261124003200 } from "./Migration20261124003200";
import { Migration20261124002500 } from "./Migration20261124002500";

/** Applied in this order on start; never edit a migration that has shipped, add a new one. */
export const migrations = [
  { name: "Migration20261123000400", class: Migration20261123000400 },
  { name: "Migration20261123000410", class: Migration20261123000410 },
  { name: "Migration20261123000420", class: Migration20261123000420 },
  { name: "Migration20261123000700", class: Migration20261123000700 },
  { name: "Migration20261124003200", class: Migration20261124003200 },
  { name: "Migration20261124002500", class: Migration20261124002500 },
];
