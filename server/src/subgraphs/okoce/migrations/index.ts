import { Migration20261123000200 } from "./Migration20261123000200";
import { Migration20261123000600 } from "./Migration20261123000600";
import { Migration20261123001500 } from "./Migration20261123001500";
import { Migration20261124003100 } from "./Migration20261124003100";
import { Migration20261124010010 } from "./Migration20261124010010";
import { Migration20261124020010 } from "./Migration20261124020010";

/** Applied in this order on start; never edit a migration that has shipped, add a new one. */
export const migrations = [
  { name: "Migration20261123000200", class: Migration20261123000200 },
  { name: "Migration20261123000600", class: Migration20261123000600 },
  { name: "Migration20261123001500", class: Migration20261123001500 },
  { name: "Migration20261124003100", class: Migration20261124003100 },
  { name: "Migration20261124010010", class: Migration20261124010010 },
  { name: "Migration20261124020010", class: Migration20261124020010 },
];
