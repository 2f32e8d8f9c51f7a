// Copies the static start page into dist/, which the gateway serves at "/".
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
fs.rmSync(path.join(here, "dist"), { recursive: true, force: true });
fs.cpSync(path.join(here, "public"), path.join(here, "dist"), { recursive: true });
