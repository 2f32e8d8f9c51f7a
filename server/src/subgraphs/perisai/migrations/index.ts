import { Migration20261123000300 } from "./Migration20261123000300";
import { Migration20261123000500 } from "./Migration20261123000500";
import { Migration20261123001600 } from "./Migration20261123001600";
import { Migration20261124003000 } from "./Migration20261124003000";
import { Migration20261124002000 } from "./Migration20261124002000";
import { Migration20261124010020 } from "./Migration20261124010020";
import { Migration20261124020000 } from "./Migration20261124020000";

/** Applied in this order on start; never edit a migration that has shipped, add a new one. */
export const migrations = [
  { name: "Migration20261123000300", class: Migration20261123000300 },
  { name: "Migration20261123000500", class: Migration20261123000500 },
  { name: "Migration20261123001600", class: Migration20261123001600 },
  { name: "Migration20261124003000", class: Migration20261124003000 },
  { name: "Migration20261124002000", class: Migration20261124002000 },
  { name: "Migration20261124010020", class: Migration20261124010020 },
  { name: "Migration20261124020000", class: Migration20261124020000 },
];
