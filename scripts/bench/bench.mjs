// `pnpm bench [--scale demo|national] [--duration 10] [--connections 16] [--processes single|multi]`
//
// Starts the real stack (server/dist/runtime/start.js, the README's `pnpm start` path) on its own ports and
// data directory, seeds it when empty, warms it, then measures every operation of operations.mjs with
// autocannon for a fixed time at a fixed concurrency, through the gateway and directly against the subgraph
// that serves it. Prints a table and writes it as JSON to bench-results/<scale>-<ISO time>.json.
// Every request goes to 127.0.0.1 only, and every run is bounded by --duration.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { operations, AGENTS_PAGE, CLOSE_MONTH } from "./operations.mjs";
import { benchNiks } from "./nik.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const options = {
    scale: "demo",
    duration: 10,
    connections: 16,
    writeConnections: 4,
    processes: undefined,
    portBase: 4400,
    only: undefined,
    sharedSession: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split("=");
    const value = () => inline ?? argv[++index];
    if (flag === "--scale") options.scale = value();
    else if (flag === "--duration") options.duration = Number(value());
    else if (flag === "--connections") options.connections = Number(value());
    else if (flag === "--write-connections") options.writeConnections = Number(value());
    else if (flag === "--processes") options.processes = value();
    else if (flag === "--port-base") options.portBase = Number(value());
    else if (flag === "--only") options.only = value();
    else if (flag === "--shared-session") options.sharedSession = true;
    else if (flag === "--help") {
      console.log(
        "pnpm bench [--scale demo|national] [--duration s] [--connections n] [--write-connections n] " +
          "[--processes single|multi] [--port-base 4400] [--only substring] [--shared-session]",
      );
      process.exit(0);
    } else throw new Error(`Unknown option ${argv[index]}`);
  }
  if (!["demo", "national"].includes(options.scale)) throw new Error("--scale is demo or national");
  if (options.processes && !["single", "multi"].includes(options.processes)) {
    throw new Error("--processes is single or multi");
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const SERVER_DIST = process.env.PERISAI_BENCH_SERVER_DIST ?? path.join(ROOT, "server/dist");
const DATA_DIR = path.join(ROOT, options.scale === "national" ? ".data-national" : ".data-bench-demo");
const PASSWORD = process.env.PERISAI_BENCH_PASSWORD ?? "bench-password-1234";
const HOST = "127.0.0.1";
const PORTS = {
  gateway: options.portBase,
  regions: options.portBase + 1,
  okoce: options.portBase + 2,
  perisai: options.portBase + 3,
  coverage: options.portBase + 4,
  postgres: options.scale === "national" ? 5499 : 5498,
};
const GATEWAY = `http://${HOST}:${PORTS.gateway}`;
const subgraphUrl = (name) => `http://${HOST}:${PORTS[name]}`;

function log(line = "") {
  process.stdout.write(`${line}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// The stack

function startStack() {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: String(PORTS.gateway),
    REGIONS_PORT: String(PORTS.regions),
    OKOCE_PORT: String(PORTS.okoce),
    PERISAI_PORT: String(PORTS.perisai),
    COVERAGE_PORT: String(PORTS.coverage),
    HOST,
    EMBEDDED_PG_PORT: String(PORTS.postgres),
    PERISAI_DATA_DIR: DATA_DIR,
    PERISAI_SEED: options.scale,
    PERISAI_DEMO_PASSWORD: PASSWORD,
    PERISAI_DEBUG_COUNTERS: "1",
    NODE_ENV: "development",
  });
  if (options.processes) env.PERISAI_PROCESSES = options.processes;
  const child = spawn(process.execPath, [path.join(SERVER_DIST, "runtime/start.js")], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ready = new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      for (let newline = buffer.indexOf("\n"); newline >= 0; newline = buffer.indexOf("\n")) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        log(`  [stack] ${line}`);
        if (line.startsWith("Perisai Network is up")) resolve();
      }
    });
    child.stderr.on("data", (chunk) => process.stderr.write(`  [stack] ${chunk}`));
    child.once("exit", (code) => reject(new Error(`the stack exited with code ${code} before it was ready`)));
  });
  return { child, ready };
}

async function stopStack(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}

/** The stack's processes (gateway, subgraphs, PostgreSQL and its backends) from the process table. */
function processTree(rootPid) {
  const entries = fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const ppid = Number(/PPid:\s+(\d+)/.exec(status)[1]);
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
        return [{ pid: Number(pid), ppid, hwmKiB: hwm, args }];
      } catch {
        return [];
      }
    });
  const children = (pid) => entries.filter((entry) => entry.ppid === pid);
  const root = entries.find((entry) => entry.pid === rootPid);
  const result = [];
  if (!root) return result;
  const multi = children(rootPid).some((child) => child.args.some((arg) => arg.endsWith("subgraph-main.js")));
  result.push({ role: multi ? "gateway" : "gateway + subgraphs", ...root });
  for (const child of children(rootPid)) {
    const subgraph = child.args.findIndex((arg) => arg.endsWith("subgraph-main.js"));
    if (subgraph >= 0) result.push({ role: `subgraph ${child.args[subgraph + 1]}`, ...child });
    else if (child.args[0]?.endsWith("/postgres")) {
      result.push({ role: "postgres (postmaster)", ...child });
      const backends = children(child.pid);
      if (backends.length) {
        const largest = backends.reduce((max, backend) => (backend.hwmKiB > max.hwmKiB ? backend : max));
        result.push({ role: `postgres (largest of ${backends.length} children)`, ...largest });
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL and counters

async function graphql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].message} (${JSON.stringify(body.errors[0].path)})`);
  return body.data;
}

/** SQL statements sent so far by all the stack's Node processes (each answers for itself; summed by pid). */
async function statementCount() {
  const seen = new Map();
  for (const url of [GATEWAY, ...["regions", "okoce", "perisai", "coverage"].map(subgraphUrl)]) {
    const counters = await (await fetch(`${url}/debug/counters`)).json();
    seen.set(counters.pid, counters.statements);
  }
  return [...seen.values()].reduce((sum, count) => sum + count, 0);
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies are recorded per response so p95 is exact. */
async function measure({ url, tokens, body, connections, duration, limit, check, headers = {} }) {
  let nextToken = 0;
  let sent = 0;
  const latencies = [];
  let errors = 0;
  let firstError;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration,
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    requests: [
      {
        // Each request signs as one of several sessions of the same user, as many users would: the gateway
        // only shares in-flight fetches of the same caller, so this measures the full path.
        setupRequest: (request) => {
          // A write with a limited supply (contributions: months left to pay) stops when it runs out; autocannon's
          // own `amount` would ignore the duration.
          sent += 1;
          if (limit !== undefined && sent === limit) setImmediate(() => instance.stop());
          return {
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${tokens[nextToken++ % tokens.length]}` },
            body: typeof body === "function" ? body() : body,
          };
        },
        onResponse: (status, responseBody) => {
          const problem = check(status, responseBody);
          if (problem) {
            errors += 1;
            firstError ??= problem;
          }
        },
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const elapsed = result.duration || duration;
  return {
    requests: latencies.length,
    rps: Math.round((latencies.length / elapsed) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts + result.non2xx,
    firstError,
  };
}

function checker(kind, onData) {
  return (status, text) => {
    if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
    if (text.includes('"errors"')) return text.slice(0, 300);
    if (kind === "write" && !text.includes('"userErrors":[]')) return text.slice(0, 300);
    if (onData) onData(JSON.parse(text).data);
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Database-side comparisons

async function withDatabase(work) {
  const { Client } = require(require.resolve("pg", { paths: [path.join(ROOT, "server")] }));
  const client = new Client({ connectionString: `postgres://perisai:perisai@${HOST}:${PORTS.postgres}/perisai` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The dashboard's figures computed the slow way: GROUP BY over participants, contributions and UMKM. */
async function dashboardByGroupBy(client, since) {
  const queries = [
    "select count(*) from perisai.perisai_office",
    "select count(*) from perisai.agent where status = 'ACTIVE'",
    `select left(district_code, 2) as province, count(*) as registered from okoce.umkm group by 1`,
    `select left(district_code, 2) as province, count(*) filter (where status = 'ACTIVE') as active
       from coverage.participant group by 1`,
    `select left(u.district_code, 2) as province, count(distinct p.umkm_id) as covered
       from coverage.participant p join okoce.umkm u on u.id = p.umkm_id where p.status = 'ACTIVE' group by 1`,
    `select to_char(registered_on, 'YYYY-MM') as period, count(*) from coverage.participant
       where registered_on >= to_date($1, 'YYYY-MM') group by 1`,
    `select period, sum(total), count(*) from coverage.contribution where period >= $1 group by 1`,
  ];
  const timings = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    for (const sql of queries) await client.query(sql, sql.includes("$1") ? [since] : []);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return Math.round(timings[1]);
}

async function rollupCheck(client) {
  const { rollupDrift } = require(path.join(SERVER_DIST, "subgraphs/coverage/seed/rollup-check.js"));
  const em = { getConnection: () => ({ execute: async (sql) => (await client.query(sql)).rows }) };
  return rollupDrift(em);
}

// ---------------------------------------------------------------------------------------------------------
// Setup

function jakartaMonth(offset = 0) {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number);
  const index = year * 12 + month - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

async function signIn(email) {
  const data = await graphql(
    GATEWAY,
    "mutation ($input: LoginInput!) { login(input: $input) { token userErrors { message } } }",
    { input: { email, password: PASSWORD } },
  );
  if (!data.login.token) {
    throw new Error(
      `Sign-in of ${email} failed (${JSON.stringify(data.login.userErrors)}): the data directory ${DATA_DIR} was ` +
        "seeded with another demo password; set PERISAI_BENCH_PASSWORD to it",
    );
  }
  return data.login.token;
}

async function benchContext() {
  // One session per concurrent client, as if each were another user of the same role.
  const sessions = async (email, count) => {
    const tokens = [];
    for (let index = 0; index < count; index += 1) tokens.push(await signIn(email));
    return tokens;
  };
  const tokens = {
    national: await sessions("nasional@perisai.example", options.sharedSession ? 1 : options.connections),
    batamAdmin: await sessions("admin.batam@perisai.example", options.sharedSession ? 1 : options.writeConnections),
  };
  const provinces = (
    await graphql(
      GATEWAY,
      "{ regions(filter: { level: PROVINCE }, first: 38) { nodes { code umkmCount } } }",
      {},
      tokens.national[0],
    )
  ).regions.nodes;
  const agents = (
    await graphql(
      GATEWAY,
      `
        {
          agents(first: 20, filter: { status: ACTIVE, regionCode: "21.71.06" }, sortKey: AGENT_NUMBER) {
            nodes {
              id
              appointedOn
              territory {
                code
              }
            }
          }
        }
      `,
      {},
      tokens.batamAdmin[0],
    )
  ).agents.nodes;
  const agent = agents.find((candidate) => candidate.territory.some((region) => region.code === "21.71.06"));
  if (!agent) throw new Error("No active Batam agent working in 21.71.06 to enrol participants with");
  const registeredMonth = jakartaMonth(-12);
  const registeredOn = `${registeredMonth}-01` > agent.appointedOn ? `${registeredMonth}-01` : agent.appointedOn;
  const niks = benchNiks("217106");
  const enrolled = [];
  let contributions = 0;
  const runId = Date.now().toString(36);
  const [currentYear, currentMonth] = jakartaMonth(0).split("-").map(Number);
  const months = (from) => {
    const [year, month] = from.split("-").map(Number);
    return currentYear * 12 + currentMonth - (year * 12 + month) + 1;
  };
  // The payments the enrolled participants can make, counted once per enrolment count: a count per
  // request would make the load generator, not the server, the bottleneck once thousands are enrolled.
  let counted = { participants: -1, supply: 0 };
  const paymentSupply = () => {
    if (counted.participants !== enrolled.length) {
      const supply = enrolled.reduce((sum, participant) => sum + months(participant.registeredOn.slice(0, 7)) - 1, 0);
      counted = { participants: enrolled.length, supply };
    }
    return counted.supply;
  };
  return {
    tokens,
    provinces,
    since: jakartaMonth(-11),
    closeMonth: jakartaMonth(-1),
    enrolled,
    enrolmentInput: () => ({
      nik: niks.next(),
      name: "Peserta Uji Beban",
      declaredIncome: 2_500_000,
      programs: ["JKK", "JKM"],
      kecamatanCode: "21.71.06",
      agentId: agent.id,
      registeredOn,
    }),
    // Each enrolled participant can pay for the months after registration up to this one; request j pays
    // participant j mod n for the (j div n + 1)-th month after registration, so no two requests collide.
    // The capacity is what is left of that.
    contributionCapacity: () => Math.max(0, paymentSupply() - contributions),
    contributionInput: () => {
      // Past the supply (a few requests sent before the run stops), replay an earlier payment: a duplicate.
      const supply = paymentSupply();
      const j = contributions < supply ? contributions++ : contributions++ % supply;
      const participant = enrolled[j % enrolled.length];
      const [year, month] = participant.registeredOn.slice(0, 7).split("-").map(Number);
      const index = year * 12 + month - 1 + 1 + Math.floor(j / enrolled.length);
      return {
        participantId: participant.id,
        period: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`,
        clientKey: `bench-${runId}-${j}`,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Reads while writes commit

async function cacheStats() {
  return (await fetch(`${GATEWAY}/debug/response-cache`)).json();
}

/**
 * The dashboard read by 16 clients while 4 others record contributions through the gateway: every committed
 * payment empties the response cache, so this shows what readers get when the data keeps changing. Uses a
 * third of the payments left to record, so the contribution runs after it still have theirs.
 */
async function readsDuringWrites(ops) {
  const read = ops.find((op) => op.name === "national dashboard");
  const write = ops.find((op) => op.name === "record contribution");
  const limit = Math.floor((write?.limit?.() ?? 0) / 3);
  if (!read || !write || limit === 0) return [];
  const before = await cacheStats();
  const [reads, writes] = await Promise.all([
    measure({
      url: GATEWAY,
      tokens: read.tokens,
      body: JSON.stringify({ query: read.gateway.query, variables: read.gateway.variables }),
      connections: options.connections,
      duration: options.duration,
      check: checker("read"),
    }),
    measure({
      url: GATEWAY,
      tokens: write.tokens,
      body: () => JSON.stringify({ query: write.gateway.query, variables: write.variables() }),
      connections: options.writeConnections,
      duration: options.duration,
      limit,
      check: checker("write"),
    }),
  ]);
  const after = await cacheStats();
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  const cache = { hits, misses, invalidations: after.invalidations - before.invalidations };
  log(
    `  dashboard during writes: ${reads.rps} req/s, p95 ${reads.p95} ms, while ${writes.rps} payments/s; ` +
      `${hits} hits, ${misses} misses`,
  );
  return [
    { operation: "dashboard while payments commit", target: "gateway", subgraph: "coverage", ...reads, cache },
    { operation: "payments during dashboard reads", target: "gateway", subgraph: "coverage", ...writes },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Main

function fmt(value, digits = 0) {
  return value === null || value === undefined || Number.isNaN(value) ? "—" : value.toFixed(digits);
}

function printTable(rows) {
  const header = ["operation", "target", "req/s", "p50 ms", "p95 ms", "p99 ms", "SQL/req", "errors", "requests"];
  const lines = rows.map((row) => [
    row.operation,
    row.target,
    fmt(row.rps, 1),
    fmt(row.p50, 1),
    fmt(row.p95, 1),
    fmt(row.p99, 1),
    fmt(row.sqlPerRequest, 1),
    String(row.errors),
    String(row.requests),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  log(format(header));
  log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const line of lines) log(format(line));
}

async function main() {
  const startedAt = new Date();
  log(
    `Perisai benchmark: scale ${options.scale}, ${options.duration} s per run, ${options.connections} connections ` +
      `(writes ${options.writeConnections}), data in ${path.relative(ROOT, DATA_DIR)}`,
  );
  log(
    `Machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
  const stackStarted = Date.now();
  const { child, ready } = startStack();
  const stopOnSignal = () => stopStack(child).finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    await ready;
    const startSeconds = (Date.now() - stackStarted) / 1000;
    const context = await benchContext();
    const ops = operations(context).filter(
      (op) => !options.only || op.name.includes(options.only) || op.kind === "write",
    );
    const rows = [];

    // Statement counts of the agents page at two page sizes: they must not depend on the page size.
    const pageSizes = {};
    for (const first of [10, 100]) {
      const before = await statementCount();
      await graphql(GATEWAY, AGENTS_PAGE, { first }, context.tokens.national[0]);
      pageSizes[first] = (await statementCount()) - before;
    }

    // The first close of the month, timed on its own (later closes of the same month change nothing).
    const closeStarted = performance.now();
    const firstClose = await graphql(
      GATEWAY,
      CLOSE_MONTH,
      { input: { month: context.closeMonth } },
      context.tokens.batamAdmin[0],
    );
    const firstCloseMs = Math.round(performance.now() - closeStarted);
    const closeErrors = firstClose.closeCommissionMonth.userErrors;

    for (const op of ops) {
      // Reads run three ways: through the gateway as a client sends them (its response cache answers repeats
      // until a write), through the gateway with `Cache-Control: no-cache` (computed every time: the full
      // federated path) and directly against the subgraph.
      const targets = op.kind === "read" ? ["gateway", "gateway no-cache", "direct"] : ["gateway", "direct"];
      for (const target of targets) {
        const document = target === "direct" ? op.direct : op.gateway;
        const url = target === "direct" ? subgraphUrl(op.subgraph) : GATEWAY;
        const headers = target === "gateway no-cache" ? { "cache-control": "no-cache" } : {};
        const body =
          op.kind === "write" && op.variables
            ? () => JSON.stringify({ query: document.query, variables: op.variables() })
            : JSON.stringify({ query: document.query, variables: document.variables });
        const connections = op.kind === "write" ? options.writeConnections : options.connections;
        const check = checker(op.kind, op.onData);
        if (op.kind === "read") {
          // Warm: plans cached, connections open, PostgreSQL's caches filled.
          await measure({ url, tokens: op.tokens, body, connections, duration: 2, check, headers });
        }
        // Writes with a limited supply (contributions: months left to pay) leave half of it for the direct run.
        const supply = op.limit?.();
        const limit = supply === undefined ? undefined : target === "direct" ? supply : Math.floor(supply / 2);
        if (limit === 0) {
          rows.push({
            operation: op.name,
            target,
            subgraph: op.subgraph,
            skipped: "nothing left to write",
            requests: 0,
            errors: 0,
          });
          continue;
        }
        const before = await statementCount();
        const result = await measure({
          url,
          tokens: op.tokens,
          body,
          connections,
          duration: options.duration,
          limit,
          check,
          headers,
        });
        const statements = (await statementCount()) - before;
        rows.push({
          operation: op.name,
          target,
          subgraph: op.subgraph,
          ...result,
          sqlPerRequest: result.requests ? statements / result.requests : null,
        });
        log(
          `  ${op.name} via ${target}: ${result.rps} req/s, p95 ${result.p95} ms, ${result.errors} errors` +
            (result.firstError ? ` (first: ${result.firstError.slice(0, 160)})` : ""),
        );
      }
      if (op.name === "enrol participant") rows.push(...(await readsDuringWrites(ops)));
    }

    const responseCache = await cacheStats();
    const processes = processTree(child.pid).map((entry) => ({
      role: entry.role,
      pid: entry.pid,
      peakRssMiB: Math.round(entry.hwmKiB / 1024),
    }));
    const dashboardRow = rows.find((row) => row.operation === "national dashboard" && row.target === "gateway");
    const dashboardUncached = rows.find(
      (row) => row.operation === "national dashboard" && row.target === "gateway no-cache",
    );
    const comparison = await withDatabase(async (client) => {
      const groupByMs = await dashboardByGroupBy(client, context.since);
      const drift = await rollupCheck(client);
      return { groupByMs, drift };
    });

    log("");
    log(
      `Results (scale ${options.scale}, ${options.processes ?? "default"} process mode, stack up in ${startSeconds.toFixed(1)} s):`,
    );
    printTable(rows);
    log("");
    log("Peak RSS (VmHWM):");
    for (const entry of processes)
      log(`  ${entry.role.padEnd(36)} ${String(entry.peakRssMiB).padStart(6)} MiB  (pid ${entry.pid})`);
    log("");
    const ratio = dashboardRow?.p50 ? comparison.groupByMs / dashboardRow.p50 : null;
    const uncachedRatio = dashboardUncached?.p50 ? comparison.groupByMs / dashboardUncached.p50 : null;
    log(`Dashboard by GROUP BY over participants/contributions/UMKM (SQL, median of 3): ${comparison.groupByMs} ms`);
    log(
      `Dashboard through the gateway (p50): ${fmt(dashboardRow?.p50, 1)} ms  → ${fmt(ratio, 1)}× faster; ` +
        `computed from the rollups every time (no-cache, p50): ${fmt(dashboardUncached?.p50, 1)} ms → ` +
        `${fmt(uncachedRatio, 1)}× faster`,
    );
    log(
      `First close of ${context.closeMonth} for the Batam office: ${firstCloseMs} ms` +
        (firstClose.closeCommissionMonth.alreadyClosed ? " (already closed by an earlier run: nothing to do)" : "") +
        (closeErrors.length ? ` — userErrors ${JSON.stringify(closeErrors)}` : ""),
    );
    log(
      `Gateway response cache: ${responseCache.hits} hits, ${responseCache.misses} misses, ` +
        `${responseCache.invalidations} invalidations, ${responseCache.entries} answers kept (${Math.round(responseCache.bytes / 1024)} KiB)`,
    );
    const during = rows.find((row) => row.operation === "dashboard while payments commit");
    const payments = rows.find((row) => row.operation === "payments during dashboard reads");
    if (during && payments) {
      const answered = during.cache.hits + during.cache.misses;
      log(
        `Dashboard while ${fmt(payments.rps, 1)} payments/s commit: p95 ${fmt(during.p95, 1)} ms, ` +
          `${fmt(answered ? (100 * during.cache.hits) / answered : null, 1)} % answered from memory ` +
          `(${during.cache.hits} hits, ${during.cache.misses} misses)`,
      );
    }
    log(`SQL statements of the agents page: ${pageSizes[10]} for 10 agents, ${pageSizes[100]} for 100`);
    log(
      `Rollups after the writes: ${comparison.drift.length === 0 ? "ok (equal to a full recount)" : `MISMATCH: ${comparison.drift.join("; ")}`}`,
    );
    log("");
    log("Targets:");
    const percent = (value) => (value === null ? "—" : `${value >= 0 ? "+" : ""}${Math.round(value * 100)} %`);
    const verdict = (p95) => (p95 <= 50 ? "≤ 50 ok  " : "> 50 MISS ");
    for (const row of rows.filter(
      (candidate) =>
        candidate.target === "gateway" && ops.find((op) => op.name === candidate.operation)?.kind === "read",
    )) {
      const find = (target) =>
        rows.find((candidate) => candidate.operation === row.operation && candidate.target === target);
      const direct = find("direct");
      const uncached = find("gateway no-cache");
      const overhead = (gateway) => (direct?.p50 && gateway?.p50 ? gateway.p50 / direct.p50 - 1 : null);
      log(
        `  ${row.operation.padEnd(32)} gateway p95 ${fmt(row.p95, 1).padStart(6)} ms ${verdict(row.p95)}` +
          ` no-cache p95 ${fmt(uncached?.p95, 1).padStart(6)} ms ${verdict(uncached?.p95)}` +
          ` vs direct p50: gateway ${percent(overhead(row))}, no-cache ${percent(overhead(uncached))}`,
      );
    }

    const result = {
      scale: options.scale,
      processes: options.processes ?? "default",
      startedAt: startedAt.toISOString(),
      durationSeconds: options.duration,
      connections: options.connections,
      writeConnections: options.writeConnections,
      sharedSession: options.sharedSession,
      machine: { cores: os.cpus().length, loadAverageAtStart: os.loadavg(), node: process.version },
      stackStartSeconds: startSeconds,
      rows,
      processesPeakRss: processes,
      dashboard: {
        groupByMs: comparison.groupByMs,
        rollupApiP50Ms: dashboardRow?.p50 ?? null,
        ratio,
        uncachedP50Ms: dashboardUncached?.p50 ?? null,
        uncachedRatio,
      },
      firstClose: {
        month: context.closeMonth,
        ms: firstCloseMs,
        alreadyClosed: firstClose.closeCommissionMonth.alreadyClosed,
      },
      agentsPageStatements: pageSizes,
      responseCache,
      rollupDrift: comparison.drift,
    };
    const folder = path.join(ROOT, "bench-results");
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${options.scale}-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`\nWritten to ${path.relative(ROOT, file)}`);
  } finally {
    await stopStack(child);
  }
}

main().catch((error) => {
  process.stderr.write(`Benchmark failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
