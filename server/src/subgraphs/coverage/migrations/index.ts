import { Migration20261123000400 } from "./Migration20261123000400";
import { Migration20261123000410 } from "./Migration20261123000410";
import { Migration20261123000420 } from "./Migration20261123000420";
import { Migration20261123000700 } from "./Migration20261123000700";
import { Migration20261124003200 } from "./Migration20261124003200";
import { Migration20261124002500 } from "./Migration20261124002500";
import { Migration20261124001000 } from "./Migration20261124001000";
import { Migration20261124001010 } from "./Migration20261124001010";
import { Migration20261124004000 } from "./Migration20261124004000";
import { Migration20261124010030 } from "./Migration20261124010030";

/** Applied in this order on start; never edit a migration that has shipped, add a new one. */
export const migrations = [
  { name: "Migration20261123000400", class: Migration20261123000400 },
  { name: "Migration20261123000410", class: Migration20261123000410 },
  { name: "Migration20261123000420", class: Migration20261123000420 },
  { name: "Migration20261123000700", class: Migration20261123000700 },
  { name: "Migration20261124003200", class: Migration20261124003200 },
  { name: "Migration20261124002500", class: Migration20261124002500 },
  { name: "Migration20261124001000", class: Migration20261124001000 },
  { name: "Migration20261124001010", class: Migration20261124001010 },
  { name: "Migration20261124004000", class: Migration20261124004000 },
  { name: "Migration20261124010030", class: Migration20261124010030 },
];
