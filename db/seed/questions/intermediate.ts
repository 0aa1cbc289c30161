import type { SeedQuestion } from "../types";

export const intermediateQuestions: SeedQuestion[] = [
  // ---------------------------------------------------------------------------
  // From the seed page
  // ---------------------------------------------------------------------------
  {
    slug: "express-error-handling",
    title: "Handle errors properly in an Express.js API",
    prompt: `You're reviewing an Express.js API where unexpected errors sometimes crash the process or send a raw stack trace back to the client. Walk me through how you would handle errors properly in Express, and write the code.

Cover synchronous and \`async\` route handlers, invalid input, unknown routes, and what the client should (and shouldn't) see.`,
    level: "intermediate",
    kind: "coding",
    topics: ["apis", "http-rest"],
    suggestedMinutes: 15,
    sampleAnswer: `Express centralises errors in **error-handling middleware**: a middleware with four parameters, \`(err, req, res, next)\`, registered **after** all routes. Throwing synchronously in a handler, or calling \`next(err)\`, skips the remaining normal middleware and jumps to it.

The catch is async code. In **Express 4** a rejected promise from an \`async\` handler is not caught, so you get an unhandled rejection and a request that hangs; you need \`try/catch\` plus \`next(err)\`, or a wrapper. **Express 5** forwards rejected promises to \`next\` automatically.

\`\`\`ts
class AppError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

// Express 4: forward async rejections to the error handler
const asyncHandler = (fn: RequestHandler): RequestHandler =>
  (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

app.post("/users", asyncHandler(async (req, res) => {
  const parsed = CreateUser.safeParse(req.body); // zod schema
  if (!parsed.success) throw new AppError(400, "Invalid request body");
  res.status(201).json(await users.create(parsed.data));
}));

// Unmatched routes, then the error handler, registered last
app.use((req, res) => res.status(404).json({ error: "Not found" }));

app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
  if (res.headersSent) return next(err); // let Express close the connection
  const status = err instanceof AppError ? err.status : 500;
  logger.error({ err, path: req.path }, "request failed");
  res.status(status).json({
    error: err instanceof AppError ? err.message : "Internal server error",
  });
});
\`\`\`

Key practices:

- **Validate input** at the edge (zod, Joi, express-validator) and return \`400\` with field-level messages, instead of letting bad data fail deep inside.
- Use **custom error classes** so domain failures map to status codes in one place.
- **Never leak stack traces** or SQL errors: log full details server-side with a request ID, return a generic message for \`500\`s, and run with \`NODE_ENV=production\`.
- Keep all four parameters even if \`next\` is unused; Express recognises error handlers by their arity.
- As a safety net, log \`unhandledRejection\`/\`uncaughtException\` and let a process manager restart the process; its state can't be trusted afterwards.`,
    keyPoints: [
      {
        label: "Four-argument error middleware registered last",
        terms: ["error-handling middleware", "error middleware", "err, req, res, next", "four arguments", "four parameters"],
      },
      {
        label: "Async errors forwarded to next(err)",
        terms: ["next(err)", "asynchandler", "async wrapper", "express-async-errors", "express 5"],
      },
      {
        label: "Validate input and return 400",
        terms: ["input validation", "zod", "joi", "express-validator", "400 bad request"],
      },
      {
        label: "Don't leak stack traces to clients",
        terms: ["stack trace", "generic error message", "internal server error", "leak"],
      },
      {
        label: "Custom error classes mapped to status codes",
        terms: ["custom error", "apperror", "error class", "status code mapping"],
      },
      {
        label: "Catch-all 404 handler",
        terms: ["404 handler", "catch-all", "unmatched routes", "not found handler"],
      },
      {
        label: "Process-level safety net",
        terms: ["unhandledrejection", "uncaughtexception", "process manager", "restart the process"],
      },
    ],
  },
  {
    slug: "url-shortener",
    title: "Design a URL shortener",
    prompt: `Design a URL-shortening service like bit.ly. A user submits a long URL and gets back a short link such as \`https://sho.rt/aZ3kP9q\`; anyone who opens the short link is redirected to the original URL.

Assume around 100 million new links per month and far more redirects than creations. Walk me through the API, the data model, how you generate the short codes, and how you keep redirects fast.`,
    level: "intermediate",
    kind: "design",
    topics: ["system-design", "scalability", "caching"],
    suggestedMinutes: 30,
    sampleAnswer: `**Clarify and estimate.** Features: create a short link (optional custom alias and expiry), redirect, basic click analytics. 100M links/month is ~40 writes/s; at a 100:1 read ratio that's ~4,000 redirects/s on average, with peaks several times higher. Five years at ~500 bytes per row is ~3 TB: storage is modest, but reads must be fast.

**API**

- \`POST /api/links { url, alias?, expiresAt? }\` returns \`201 { code, shortUrl }\`
- \`GET /:code\` returns \`302\` with a \`Location\` header, or \`404\`/\`410\`

**Data model:** \`links(code PK, long_url, owner_id, created_at, expires_at)\`. Every lookup is by primary key, so a relational DB works and a key-value store (DynamoDB, Cassandra) partitioned by \`code\` scales easily.

**Generating codes**, the core of the question:

- **Counter + base62:** encode a unique number in base62 (\`[0-9a-zA-Z]\`); 7 characters give 62^7 ≈ 3.5 trillion codes. Avoid a single hot counter by letting each app instance lease a block of IDs (say 1,000 at a time) from a DB sequence. Sequential codes are guessable; scramble the ID if that matters.
- **Random 7–8 characters:** insert with a unique constraint and retry on collision. Simple and unguessable; collisions are rare while the space is sparse.
- **Hashing the URL** (truncated MD5/SHA-256) still needs collision handling and only helps if the same URL should always get the same code.

**Fast redirects.** Mappings are effectively immutable, so caching works extremely well: Redis with cache-aside in front of the database, plus CDN/edge caching for hot links. Use **302** (or 307) if every click must reach you for analytics; **301** is cached by browsers, which cuts load but hides repeat clicks.

**Analytics** must not slow the redirect: publish a click event to a queue (Kafka, SQS) and aggregate it asynchronously.

**Abuse and hygiene:** validate URLs and check them against malware/phishing lists, rate-limit creation per user and IP, and answer expired links with \`410\` while a background job cleans them up.`,
    keyPoints: [
      {
        label: "Short-code generation strategy",
        terms: ["base62", "base 62", "collision", "id range", "random code"],
      },
      {
        label: "Capacity estimation",
        terms: ["back-of-the-envelope", "writes per second", "reads per second", "qps", "estimate"],
      },
      {
        label: "Cache redirects for a read-heavy workload",
        terms: ["read-heavy", "redis", "cdn", "cache-aside"],
      },
      {
        label: "301 vs 302 redirect trade-off",
        terms: ["301", "302", "permanent redirect", "temporary redirect"],
      },
      {
        label: "Asynchronous click analytics",
        terms: ["click event", "analytics", "kafka", "message queue"],
      },
      {
        label: "Abuse prevention",
        terms: ["rate limit", "malware", "phishing", "spam"],
      },
    ],
    designOutline: `- **Requirements:** shorten, redirect, custom alias, expiry, click analytics; read-heavy (~100:1), low-latency redirects, highly available.
- **Estimates:** ~40 creates/s, ~4k redirects/s on average, ~3 TB over five years.
- **API:** \`POST /api/links\` to create; \`GET /:code\` answers \`302\` with \`Location\`.
- **Data model:** \`links(code PK, long_url, owner_id, created_at, expires_at)\` in a key-value store or SQL, keyed by code.
- **High-level design:** load balancer, stateless app servers, Redis cache, database; CDN for hot links; click events to a queue consumed by analytics workers.
- **Deep dive, code generation:** base62 counter with ID-range leasing vs random codes with unique-constraint retry.
- **Trade-offs:** 301 vs 302, guessable vs random codes, SQL vs key-value store, synchronous vs asynchronous analytics.`,
  },
  {
    slug: "database-indexing-types",
    title: "Database indexing and the main types of indexes",
    prompt: `What is a database index, and how does it speed up queries? Walk me through the main types of indexes you'd find in a relational database such as PostgreSQL or MySQL, and when each one is the right choice.

Also, what do indexes cost? Why not just index every column?`,
    level: "intermediate",
    kind: "concept",
    topics: ["indexing", "databases-sql"],
    suggestedMinutes: 10,
    sampleAnswer: `An **index** is a separate, sorted data structure that maps column values to row locations, so the database can find matching rows in about \`O(log n)\` steps instead of scanning the whole table, like using a book's index instead of reading every page.

**Types worth knowing:**

- **B-tree**, the default almost everywhere: a balanced tree of sorted keys. Handles equality, ranges (\`<\`, \`BETWEEN\`), \`ORDER BY\` and prefix matches like \`LIKE 'abc%'\` (in Postgres, only with the C collation or \`text_pattern_ops\`).
- **Hash**: equality only, no ranges or sorting; rarely better than a B-tree in practice.
- **Composite (multi-column)**: an index on \`(customer_id, created_at)\` serves filters on \`customer_id\` alone or on both columns, but not on \`created_at\` alone: the **leftmost-prefix rule**. Put equality columns first, range and sort columns after.
- **Unique**: enforces uniqueness and speeds lookups; primary keys get one automatically.
- **Covering**: holds every column a query needs (\`INCLUDE\` in Postgres, or extra key columns), enabling an **index-only scan** that never touches the table.
- **Partial**: indexes only rows matching a predicate, e.g. \`WHERE status = 'pending'\`; small and cheap.
- **Expression (functional)**: e.g. on \`lower(email)\`, so \`WHERE lower(email) = $1\` can use it.
- **Special-purpose**: Postgres **GIN** for JSONB, arrays and full-text search; **GiST** for geometric and range types; **BRIN** for huge, naturally ordered tables such as append-only logs.
- **Clustered vs non-clustered**: InnoDB stores rows in primary-key order (the clustered index) and its secondary indexes point at the primary key. Postgres keeps rows in an unordered heap, so every index is secondary.

\`\`\`sql
CREATE INDEX idx_orders_customer_created
  ON orders (customer_id, created_at DESC);
-- serves: WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20
\`\`\`

**Costs:** every \`INSERT\`, \`UPDATE\` and \`DELETE\` must maintain each index, so writes get slower; indexes take disk and memory; and the planner skips an index when a filter matches a large share of rows (**low selectivity**), because a sequential scan is cheaper then. Index for real query patterns, confirm with \`EXPLAIN\`, and drop unused indexes (\`pg_stat_user_indexes\` shows how often each is scanned).`,
    keyPoints: [
      {
        label: "Index avoids a full table scan",
        terms: ["full table scan", "sequential scan", "log n", "sorted structure"],
      },
      {
        label: "B-tree is the default and supports ranges",
        terms: ["b-tree", "btree", "balanced tree", "range queries"],
      },
      {
        label: "Composite index column order matters",
        terms: ["composite index", "leftmost prefix", "column order", "multi-column"],
      },
      {
        label: "Covering, partial and expression indexes",
        terms: ["covering index", "index-only scan", "partial index", "expression index", "functional index"],
      },
      {
        label: "Clustered vs non-clustered indexes",
        terms: ["clustered index", "non-clustered", "secondary index", "heap"],
      },
      {
        label: "Special-purpose index types",
        terms: ["hash index", "gin", "gist", "brin", "full-text"],
      },
      {
        label: "Indexes slow writes and need selectivity",
        terms: ["write overhead", "slower writes", "selectivity", "cardinality", "storage cost"],
      },
    ],
  },
  {
    slug: "jwt-vs-session-auth",
    title: "JWT vs session-based authentication",
    prompt: `Compare JWT-based authentication with traditional server-side sessions. How does each one work on an incoming request, and what are the trade-offs?

For a new web app with a React front end and a Node.js API, which would you pick, and where would you store the token or session ID on the client?`,
    level: "intermediate",
    kind: "concept",
    topics: ["auth-security", "http-rest"],
    suggestedMinutes: 10,
    sampleAnswer: `**Server-side sessions.** After login the server creates a session record (user ID, expiry) in a store such as Redis or the database and sends the client a random, unguessable **session ID** in a cookie. Each request looks that ID up.

- Easy **revocation**: delete the session and the user is logged out (logout, password change, ban).
- Needs a **shared session store** once there are several instances, and one lookup per request (cheap with Redis).

**JWT.** After login the server issues a **signed** token (\`header.payload.signature\`) carrying claims such as \`sub\`, \`exp\` and roles. Any service with the key (an HMAC secret, or the public key for RS256/ES256) can verify it **without a database lookup**; that's the stateless appeal.

- **Hard to revoke** before it expires. Mitigate with **short-lived access tokens** (5–15 minutes) plus a **refresh token** kept server-side and rotated on each use, or a denylist, which brings state back.
- The payload is only base64url-encoded, **not encrypted**: never put secrets in it.
- Verify carefully: pin the expected algorithm (reject \`alg: none\` and algorithm confusion) and check \`exp\`, \`iss\` and \`aud\`.

**Where to keep it.** \`localStorage\` is readable by any script, so one XSS bug leaks the token. An \`HttpOnly\`, \`Secure\`, \`SameSite\` cookie can't be read by JavaScript; cookies do bring **CSRF** into play, which \`SameSite=Lax\` mostly handles, with CSRF tokens for sensitive actions.

\`\`\`http
Set-Cookie: sid=7f9c2b...; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=86400
\`\`\`

**My choice.** For a first-party web app on one site I'd use **sessions in an HttpOnly cookie** backed by Redis: simpler, instantly revocable, and statelessness buys little. JWTs shine for **service-to-service** calls, APIs used by mobile or third-party clients, and federated login (OAuth 2.0, OpenID Connect), where several services must verify identity without sharing a session store.`,
    keyPoints: [
      {
        label: "Sessions are stateful and easy to revoke",
        terms: ["session store", "session id", "stateful", "revoke", "revocation"],
      },
      {
        label: "JWTs are signed and verified without a lookup",
        terms: ["stateless", "signature", "signed token", "claims"],
      },
      {
        label: "Short-lived access tokens with refresh tokens",
        terms: ["refresh token", "short-lived", "access token", "token rotation"],
      },
      {
        label: "JWT payload is encoded, not encrypted",
        terms: ["not encrypted", "base64", "readable payload"],
      },
      {
        label: "Client storage: HttpOnly cookies, XSS and CSRF",
        terms: ["httponly", "localstorage", "xss", "csrf", "samesite"],
      },
      {
        label: "Pick by use case",
        terms: ["service-to-service", "microservices", "mobile", "third-party", "oauth"],
      },
    ],
  },
  {
    slug: "sql-query-optimization",
    title: "How to optimize slow SQL queries",
    prompt: `A dashboard endpoint has become slow, and you've traced it to a handful of SQL queries. How do you go about optimizing SQL queries?

Talk me through how you find the actual problem and which fixes you'd reach for, from the query itself up to the schema and the application.`,
    level: "intermediate",
    kind: "concept",
    topics: ["databases-sql", "indexing"],
    suggestedMinutes: 10,
    sampleAnswer: `**Measure first.** Find the queries that really cost the most with the slow query log (MySQL), \`pg_stat_statements\` (Postgres) or APM traces. Prioritise by **total time** (frequency × duration), not just the slowest single call.

**Read the plan.** \`EXPLAIN ANALYZE\` (in Postgres add \`BUFFERS\`) shows what the planner actually did. Look for:

- **Sequential scans** on large tables where you expected an index.
- **Estimated vs actual rows** far apart, a sign of stale statistics (run \`ANALYZE\`).
- Sorts or hashes spilling to disk, and nested loops over large row counts.

**Common fixes:**

- **Add the right index** for the \`WHERE\`, \`JOIN\` and \`ORDER BY\` columns: often a composite index in the right column order, or a covering index for an index-only scan.
- **Keep predicates sargable**: don't wrap indexed columns in functions or casts.

\`\`\`sql
-- Can't use an index on created_at
SELECT id, total FROM orders WHERE date(created_at) = '2024-05-01';
-- Can
SELECT id, total FROM orders
WHERE created_at >= '2024-05-01' AND created_at < '2024-05-02';
\`\`\`

- **Select only the columns you need** rather than \`SELECT *\`: less I/O, and index-only scans become possible.
- **Fix N+1 queries** from ORMs with a join or one batched \`WHERE id = ANY($1)\` instead of a query per row.
- **Use keyset pagination** (\`WHERE id < $1 ORDER BY id DESC LIMIT 20\`) instead of large \`OFFSET\`s, which read and throw away rows.
- Rewrite awkward shapes: \`NOT EXISTS\` instead of \`NOT IN (subquery)\`, which mishandles NULLs and plans poorly; full-text search instead of \`LIKE '%term'\`; batch large writes.

**Beyond the query:** pre-aggregate dashboard numbers in **materialized views** or summary tables, **cache** results that can be slightly stale, route heavy reads to **read replicas**, and use connection pooling. After each change, re-run \`EXPLAIN ANALYZE\` to confirm the gain, and check you haven't slowed writes with too many indexes.`,
    keyPoints: [
      {
        label: "Measure to find the costly queries",
        terms: ["slow query log", "pg_stat_statements", "apm", "profiling"],
      },
      {
        label: "Read the execution plan",
        terms: ["explain", "explain analyze", "query plan", "execution plan"],
      },
      {
        label: "Index the filter, join and sort columns",
        terms: ["missing index", "composite index", "covering index", "indexing"],
      },
      {
        label: "Sargable predicates",
        terms: ["sargable", "function on the column", "leading wildcard"],
      },
      {
        label: "Avoid N+1 queries and SELECT *",
        terms: ["n+1", "select *", "batch", "only the columns"],
      },
      {
        label: "Keyset pagination instead of OFFSET",
        terms: ["keyset", "offset", "cursor pagination"],
      },
      {
        label: "Schema and application-level fixes",
        terms: ["materialized view", "denormalize", "read replica", "caching", "summary table"],
      },
    ],
  },
  {
    slug: "caching-strategies-redis",
    title: "Caching strategies and tools like Redis",
    prompt: `What is caching, and where would you add caches in a typical back-end system? Which tools have you used, such as Redis, Memcached or a CDN, and for what?

Explain the pattern you'd use to cache database reads, and how you stop the cache from serving stale or inconsistent data.`,
    level: "intermediate",
    kind: "concept",
    topics: ["caching", "scalability"],
    suggestedMinutes: 10,
    sampleAnswer: `**Caching** keeps a copy of data that is expensive to fetch or compute in a faster layer, so repeated reads skip the slow path. It trades **freshness and memory** for **lower latency and less load** on the source.

**Where caches live:** the client (HTTP \`Cache-Control\`, \`ETag\`), a **CDN** at the edge, **in-process** memory (fastest, but per instance and lost on restart), a **distributed cache** shared by all instances (Redis, Memcached), and the database's own buffer cache.

**Redis** is my usual choice: an in-memory store with strings, hashes, lists, sets and **sorted sets**, per-key **TTLs**, atomic operations (\`INCR\`, \`SET NX\`) and optional persistence (RDB snapshots, AOF). Beyond caching I use it for sessions, rate limiting, locks and leaderboards. **Memcached** is a simpler, multithreaded key-value cache without persistence or rich types.

**Cache-aside** (lazy loading) is the default pattern:

\`\`\`ts
async function getProduct(id: string) {
  const key = \`product:\${id}\`;
  const hit = await redis.get(key);
  if (hit) return JSON.parse(hit);

  const product = await db.products.findById(id);
  if (product) await redis.set(key, JSON.stringify(product), "EX", 300);
  return product;
}

async function updateProduct(id: string, patch: ProductPatch) {
  await db.products.update(id, patch);
  await redis.del(\`product:\${id}\`); // next read repopulates
}
\`\`\`

Alternatives: **write-through** (update cache and DB together) and **write-behind** (write the cache, flush to the DB later; fast, but risks losing writes).

**Keeping it correct:**

- Put a **TTL** on everything as a safety net, and **invalidate on write**. Delete the key rather than overwrite it, so racing writers can't leave an old value behind.
- **Cache stampede**: when a hot key expires, many requests hit the DB at once. Let one request recompute (a lock or single-flight), add **jitter** to TTLs, or serve stale while revalidating.
- Configure \`maxmemory\` and an **eviction policy** such as \`allkeys-lru\` or \`allkeys-lfu\`.
- Cache "not found" results briefly, so lookups for missing keys don't always reach the DB.
- Decide per dataset how much staleness is acceptable; don't cache values that must be strongly consistent, like balances, without care.`,
    keyPoints: [
      {
        label: "Caching layers: HTTP, CDN, in-process, distributed",
        terms: ["cdn", "in-process", "cache-control", "distributed cache", "in-memory"],
      },
      {
        label: "Cache-aside pattern and alternatives",
        terms: ["cache-aside", "lazy loading", "cache miss", "write-through", "write-behind"],
      },
      {
        label: "TTL and invalidation on write",
        terms: ["ttl", "invalidate", "invalidation", "expire", "delete the key"],
      },
      {
        label: "Cache stampede protection",
        terms: ["stampede", "thundering herd", "dogpile", "jitter", "single-flight"],
      },
      {
        label: "Eviction policies",
        terms: ["lru", "lfu", "eviction", "maxmemory"],
      },
      {
        label: "What Redis offers beyond a key-value cache",
        terms: ["sorted set", "data structures", "persistence", "memcached", "atomic"],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Coding
  // ---------------------------------------------------------------------------
  {
    slug: "retry-exponential-backoff-jitter",
    title: "Implement retry with exponential backoff and jitter",
    prompt: `Our service calls a flaky third-party payments API that sometimes times out or returns \`503\`. Write a TypeScript helper \`retry(fn, options)\` that retries a failing async operation using **exponential backoff with jitter**.

Then explain which failures you would retry, which you wouldn't, and what can go wrong when many clients retry at once.`,
    level: "intermediate",
    kind: "coding",
    topics: ["distributed-systems", "concurrency-async"],
    suggestedMinutes: 15,
    sampleAnswer: `\`\`\`ts
interface RetryOptions {
  retries?: number; // retries after the first attempt
  baseMs?: number;
  maxDelayMs?: number;
  shouldRetry?: (err: unknown) => boolean;
  signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  { retries = 5, baseMs = 100, maxDelayMs = 10_000, shouldRetry = isTransient, signal }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= retries || !shouldRetry(err) || signal?.aborted) throw err;
      const cap = Math.min(maxDelayMs, baseMs * 2 ** attempt);
      await sleep(Math.random() * cap); // "full jitter": uniform in [0, cap)
    }
  }
}

function isTransient(err: unknown): boolean {
  const status = (err as { status?: number } | null)?.status;
  if (status === undefined) return true; // network error or timeout
  return [408, 429, 500, 502, 503, 504].includes(status);
}
\`\`\`

**Why each piece matters:**

- **Exponential backoff** (\`base × 2^attempt\`, capped) gives a struggling dependency room to recover instead of hammering it at a fixed rate.
- **Jitter** matters as much as the backoff. Without it, every client that failed together retries together, producing synchronized spikes (a **thundering herd**). Full jitter spreads retries evenly.
- **Retry only transient failures**: timeouts, connection resets, \`429\`, \`502/503/504\`. A \`400\`, \`401\` or \`404\` will fail again, so fail fast.
- **Retry only idempotent operations.** A timed-out payment may have succeeded; retrying a \`POST\` could charge twice unless you send an **idempotency key** the provider deduplicates on.
- **Bound the total time**: cap attempts, honour a \`Retry-After\` header when present, and stop on a deadline or \`AbortSignal\`.

**At scale, retries amplify load.** Three layers that each make three attempts turn one request into up to 27 calls against a service that is already failing. Retry at a single layer, use **retry budgets**, and put a **circuit breaker** in front of a dependency that is clearly down.`,
    keyPoints: [
      {
        label: "Exponential backoff with a cap",
        terms: ["exponential backoff", "exponential", "max delay", "capped"],
      },
      {
        label: "Jitter avoids synchronized retries",
        terms: ["jitter", "randomize", "thundering herd", "math.random"],
      },
      {
        label: "Retry only transient errors",
        terms: ["transient", "retryable", "503", "429", "timeout"],
      },
      {
        label: "Only retry idempotent operations",
        terms: ["idempotent", "idempotency key", "double charge", "duplicate"],
      },
      {
        label: "Bounded attempts and overall deadline",
        terms: ["max retries", "max attempts", "deadline", "abortsignal", "retry-after"],
      },
      {
        label: "Retry storms and circuit breakers",
        terms: ["circuit breaker", "retry budget", "retry storm", "amplification"],
      },
    ],
  },
  {
    slug: "keyset-pagination-endpoint",
    title: "Write a keyset-paginated list endpoint",
    prompt: `Write an endpoint \`GET /posts\` that returns posts newest first, 20 at a time, using **keyset (cursor) pagination** rather than \`LIMIT\`/\`OFFSET\`. Use Express with PostgreSQL and the \`pg\` driver, or close pseudocode.

Explain why keyset pagination is better here, which index it needs, and how you handle posts that share the same \`created_at\`.`,
    level: "intermediate",
    kind: "coding",
    topics: ["apis", "databases-sql", "indexing"],
    suggestedMinutes: 20,
    sampleAnswer: `\`OFFSET 100000\` makes the database read and discard 100,000 rows, so deep pages get slower, and inserts between requests shift the pages, causing **duplicates or gaps**. Keyset pagination remembers the **last row returned** and asks for the rows after it: an index seek that costs the same on every page.

The sort key must be unique, so add \`id\` as a **tie-breaker** for equal \`created_at\` values and compare both as a row value. A **composite index** on the same columns serves it (Postgres scans it backwards for \`DESC\`):

\`\`\`sql
CREATE INDEX posts_created_at_id_idx ON posts (created_at, id);
\`\`\`

\`\`\`ts
type Cursor = { ts: string; id: number };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

app.get("/posts", async (req, res, next) => {
  try {
    const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), 100);
    let cursor: Cursor | null = null;
    if (typeof req.query.cursor === "string") {
      try {
        cursor = JSON.parse(Buffer.from(req.query.cursor, "base64url").toString());
      } catch {}
      if (typeof cursor?.ts !== "string" || !Number.isInteger(cursor.id))
        return res.status(400).json({ error: "Invalid cursor" });
    }

    const { rows } = await pool.query(
      \`SELECT id, title, created_at, created_at::text AS ts FROM posts
       \${cursor ? "WHERE (created_at, id) < ($2, $3)" : ""}
       ORDER BY created_at DESC, id DESC
       LIMIT $1\`,
      cursor ? [limit + 1, cursor.ts, cursor.id] : [limit + 1],
    );

    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    res.json({
      data: page.map(({ ts, ...post }) => post),
      nextCursor: hasMore && last ? encode({ ts: last.ts, id: last.id }) : null,
    });
  } catch (err) {
    next(err);
  }
});
\`\`\`

**Details worth calling out:**

- The cursor is **opaque** base64url JSON that clients pass back untouched, so its format can change later; malformed ones get \`400\`.
- Fetching \`limit + 1\` rows shows whether another page exists without a \`COUNT(*)\`; \`limit\` is capped at 100.
- The timestamp travels as text because Postgres stores microseconds while a JS \`Date\` keeps milliseconds; rounding could skip rows.
- Trade-off: no jumping to page N and no cheap total count, so the UI becomes "load more" or next/previous.`,
    keyPoints: [
      {
        label: "OFFSET is slow and unstable for deep pages",
        terms: ["offset", "scan and discard", "duplicates", "skipped rows"],
      },
      {
        label: "Cursor based on the last row seen",
        terms: ["keyset", "cursor", "last seen", "seek method"],
      },
      {
        label: "Unique tie-breaker in the sort key",
        terms: ["tie-breaker", "tiebreaker", "created_at, id", "secondary sort"],
      },
      {
        label: "Composite index matching the sort order",
        terms: ["composite index", "multi-column index", "index on created_at"],
      },
      {
        label: "Opaque, validated cursor",
        terms: ["opaque", "base64", "encode the cursor", "invalid cursor"],
      },
      {
        label: "Fetch limit + 1 and cap the page size",
        terms: ["limit + 1", "hasmore", "has_more", "next cursor", "max limit"],
      },
    ],
  },
  {
    slug: "idempotency-key-middleware",
    title: "Implement an Idempotency-Key middleware",
    prompt: `Clients of our payments API sometimes retry \`POST /payments\` after a timeout, and occasionally a customer is charged twice. Implement an Express middleware that supports an \`Idempotency-Key\` request header, so that retrying the same request is safe.

Explain what happens when two requests with the same key arrive at the same time, when a key is reused with a different body, and how long keys are kept.`,
    level: "intermediate",
    kind: "coding",
    topics: ["apis", "distributed-systems", "http-rest"],
    suggestedMinutes: 20,
    sampleAnswer: `The client sends a unique key (a UUID) per logical operation and reuses it on retries. The server **atomically claims** the key, runs the handler, **stores the response**, and replays it to any retry.

\`\`\`ts
const LOCK_SECONDS = 60;           // while in progress
const KEEP_SECONDS = 24 * 60 * 60; // once finished

export const idempotency = (redis: Redis): RequestHandler => async (req, res, next) => {
  const key = req.get("Idempotency-Key");
  if (req.method !== "POST" || !key) return next();
  try {
    const storeKey = \`idem:\${req.user.id}:\${key}\`; // scoped per client
    const fingerprint = createHash("sha256")
      .update(req.originalUrl + JSON.stringify(req.body))
      .digest("hex");

    const pending = JSON.stringify({ state: "pending", fingerprint });
    if (!(await redis.set(storeKey, pending, "EX", LOCK_SECONDS, "NX"))) {
      const saved = JSON.parse((await redis.get(storeKey)) ?? "null");
      if (!saved || saved.state === "pending")
        return res.status(409).json({ error: "Request in progress" });
      if (saved.fingerprint !== fingerprint)
        return res.status(422).json({ error: "Key reused with different body" });
      return res.status(saved.status).json(saved.body);
    }

    const send = res.json.bind(res);
    res.json = (body) => {
      const done = JSON.stringify({ state: "done", fingerprint, status: res.statusCode, body });
      const write = res.statusCode >= 500
        ? redis.del(storeKey) // let the client retry server errors
        : redis.set(storeKey, done, "EX", KEEP_SECONDS);
      write.catch((err) => logger.error({ err }, "idempotency store failed"));
      return send(body);
    };
    next();
  } catch (err) {
    next(err);
  }
};
\`\`\`

**Design decisions:**

- **Concurrency:** \`SET ... NX\` is atomic, so only one of two simultaneous requests runs; the other gets \`409 Conflict\`. A separate \`GET\` then \`SET\` would race.
- **Fingerprint:** a key reused with a different payload is a client bug; reject it with \`422\` rather than replay the wrong response.
- **Retention:** a short lock TTL means a crashed request can't block the key for long; responses are kept ~24 hours, beyond any retry window.
- **Errors:** \`5xx\` releases the key so a retry runs again; \`4xx\` results are replayed.
- **Crash window:** if the process dies after charging but before saving the response, a retry could charge again. The robust version records the key in the **same database transaction** as the business write, and forwards it to the payment provider.`,
    keyPoints: [
      {
        label: "Client-generated key sent with every retry",
        terms: ["idempotency-key", "idempotency key", "uuid", "client-generated"],
      },
      {
        label: "Atomic claim of the key",
        terms: ["set nx", "atomic", "on conflict do nothing", "unique constraint"],
      },
      {
        label: "Store and replay the first response",
        terms: ["replay", "cached response", "store the response", "same response"],
      },
      {
        label: "Concurrent duplicates get 409",
        terms: ["409", "in progress", "concurrent requests", "conflict"],
      },
      {
        label: "Request fingerprint to detect key reuse",
        terms: ["fingerprint", "hash of the body", "different payload", "422"],
      },
      {
        label: "Key expiry",
        terms: ["ttl", "24 hours", "expire", "retention"],
      },
      {
        label: "Store the key in the same transaction as the side effect",
        terms: ["same transaction", "crash window", "atomically with"],
      },
    ],
  },
  {
    slug: "promise-concurrency-limit",
    title: "Run async tasks with a concurrency limit",
    prompt: `You need to call an external API for 10,000 user IDs, but it allows at most 5 concurrent requests. Write a TypeScript function \`mapWithConcurrency(items, limit, fn)\` that runs the async \`fn\` over every item with at most \`limit\` calls in flight, and resolves to the results **in input order**.

Don't use a library. What should happen if one of the calls fails?`,
    level: "intermediate",
    kind: "coding",
    topics: ["concurrency-async"],
    suggestedMinutes: 15,
    sampleAnswer: `\`items.map(fn)\` would start all 10,000 requests immediately: promises are **eager**, so \`Promise.all\` can't throttle work that is already running. Instead, start \`limit\` **workers** that each take the next index from a shared counter until the list is exhausted.

\`\`\`ts
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");

  const results = new Array<R>(items.length);
  let nextIndex = 0;
  let failed = false;

  async function worker(): Promise<void> {
    while (!failed && nextIndex < items.length) {
      const i = nextIndex++; // no await between read and increment: no race
      try {
        results[i] = await fn(items[i]!, i);
      } catch (err) {
        failed = true; // stop the other workers from starting new items
        throw err;
      }
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  await Promise.all(workers);
  return results;
}

// usage
const profiles = await mapWithConcurrency(userIds, 5, (id) => api.getProfile(id));
\`\`\`

**Why it works:**

- JavaScript runs this on a single thread (the **event loop**), so \`nextIndex++\` can't interleave between workers: nothing awaits between reading and incrementing it.
- Writing to \`results[i]\` preserves **input order** even though calls finish out of order.
- Each worker awaits one call before taking the next item, so at most \`limit\` calls are in flight.

**Failure semantics.** This mirrors \`Promise.all\`: the first error rejects the whole call (**fail-fast**), and the \`failed\` flag stops new items from starting. Calls already in flight still run to completion, because promises can't be cancelled; pass an \`AbortSignal\` into \`fn\` if they must be aborted. To process everything and report failures instead, catch inside the worker and store \`{ status, value }\` or \`{ status, reason }\` objects, like \`Promise.allSettled\`.

**Worth mentioning:** per-call timeouts, retries with backoff for transient errors, and that a **rate limit** (requests per second) is a different constraint from concurrency, usually handled with a token bucket. In production, \`p-limit\` or \`p-map\` implement the same idea.`,
    keyPoints: [
      {
        label: "Promises are eager; mapping starts everything",
        terms: ["eager", "start immediately", "all at once", "already running"],
      },
      {
        label: "Worker pool pulling from a shared index",
        terms: ["worker pool", "workers", "shared index", "semaphore", "queue of tasks"],
      },
      {
        label: "Results kept in input order",
        terms: ["input order", "by index", "order preserved", "original order"],
      },
      {
        label: "Failure semantics: fail-fast vs allSettled",
        terms: ["fail-fast", "fail fast", "allsettled", "first error"],
      },
      {
        label: "Single-threaded event loop makes the counter safe",
        terms: ["single-threaded", "single thread", "event loop", "no race"],
      },
      {
        label: "Cancellation and timeouts",
        terms: ["abortsignal", "abortcontroller", "cancel", "timeout"],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Design
  // ---------------------------------------------------------------------------
  {
    slug: "pastebin",
    title: "Design a Pastebin-style text sharing service",
    prompt: `Design a Pastebin-style service. Users paste text such as code snippets or logs, up to 10 MB, and get a short link to share. They can choose an expiry (from 10 minutes to never) and whether the paste is public or unlisted.

Assume 1 million new pastes a day and about ten times as many reads. Walk me through the API, where you store things, and how you serve popular pastes efficiently.`,
    level: "intermediate",
    kind: "design",
    topics: ["system-design", "databases-sql", "caching"],
    suggestedMinutes: 30,
    sampleAnswer: `**Requirements and estimates.** Create a paste, read it by link, optional expiry, public or unlisted, raw view. 1M pastes a day is ~12 writes/s and ~120 reads/s on average, with peaks several times higher. At ~10 KB average that's ~10 GB a day, ~3.6 TB a year: content is the bulk of the storage, so keep it out of the main database.

**API**

- \`POST /api/pastes { content, language?, expiresIn?, visibility }\` returns \`201 { id, url }\`
- \`GET /api/pastes/:id\` (metadata and content), \`GET /raw/:id\` (plain text), \`DELETE /api/pastes/:id\` for the owner

**Data model**

- Metadata in Postgres: \`pastes(id PK, owner_id, visibility, language, size_bytes, content_key, created_at, expires_at)\`.
- Content in **object storage** (S3, GCS) under \`content_key\`: cheap, durable, built for blobs, and it keeps the database small. Tiny pastes can be stored inline as an optimisation.

**IDs.** Unlisted pastes rely on the link being unguessable, so use **random** IDs: 8+ base62 characters from a cryptographic RNG (62^8 ≈ 2 × 10^14), inserted under a unique constraint and retried on collision. Sequential IDs would let anyone enumerate pastes.

**Write path:** validate the size, generate the ID, upload the content, then insert the metadata; a cleanup job removes objects whose insert failed.

**Read path:** pastes are **immutable**, so caching is easy. Keep hot metadata and small contents in Redis, and serve public pastes through a **CDN** with a long \`Cache-Control\` max-age, capped at the expiry time.

**Expiry:** check \`expires_at\` on every read and return \`410\`/\`404\` immediately; a periodic job deletes expired rows and objects in batches using an index on \`expires_at\`.

**Security and abuse:** serve raw content as \`text/plain\` with \`X-Content-Type-Options: nosniff\`, ideally from a separate domain so pasted HTML or JS can't run with the main site's cookies. Rate-limit creation and scan for malware and leaked credentials.

**Trade-offs:** blob store vs a \`TEXT\` column (cost and DB size vs simplicity), and CDN caching vs deleting a paste instantly (needs a CDN purge).`,
    keyPoints: [
      {
        label: "Content in object storage, metadata in the database",
        terms: ["object storage", "s3", "blob storage", "metadata table"],
      },
      {
        label: "Random, unguessable IDs",
        terms: ["random id", "unguessable", "enumerate", "base62"],
      },
      {
        label: "Immutable content is easy to cache",
        terms: ["immutable", "cdn", "cache-control", "redis"],
      },
      {
        label: "Expiry on read plus background cleanup",
        terms: ["expires_at", "expiry", "cleanup job", "ttl"],
      },
      {
        label: "Serve raw content safely",
        terms: ["nosniff", "text/plain", "separate domain", "xss"],
      },
      {
        label: "Capacity estimation",
        terms: ["back-of-the-envelope", "per day", "writes per second", "estimate"],
      },
    ],
    designOutline: `- **Requirements:** create and read pastes up to 10 MB, expiry, public or unlisted, raw view; read-heavy, ~12 writes/s and ~120 reads/s.
- **Core entities:** Paste (metadata), paste content (blob), User.
- **API:** \`POST /api/pastes\`, \`GET /api/pastes/:id\`, \`GET /raw/:id\`, \`DELETE /api/pastes/:id\`.
- **Data model:** \`pastes\` metadata table in Postgres with an index on \`expires_at\`; content in object storage under \`content_key\`.
- **High-level design:** load balancer, stateless API, Postgres plus S3; Redis for hot pastes; CDN in front of public pastes.
- **Deep dive:** random unguessable IDs with collision retry; expiry checked on read plus a batch cleanup job.
- **Trade-offs:** blob store vs database column, CDN caching vs instant deletion, random vs sequential IDs.`,
  },
  {
    slug: "file-upload-service",
    title: "Design a large file-upload service",
    prompt: `Design a file-upload service for a document-sharing product. Users upload files of up to 5 GB from browsers and mobile apps, often on unreliable connections, and later download or share them. Every file must be scanned for malware before anyone can download it.

How do you get the bytes from the client into storage, track the state of each upload, and keep your API servers from becoming the bottleneck?`,
    level: "intermediate",
    kind: "design",
    topics: ["system-design", "scalability", "auth-security"],
    suggestedMinutes: 30,
    sampleAnswer: `**Requirements.** Uploads up to 5 GB that survive network drops, download and sharing with access control, a malware scan before a file becomes available. No app server should have to stream gigabytes.

**Key idea: keep file bytes off the API.** The API handles metadata and authorization only; clients upload **directly to object storage** (S3, GCS) with **presigned URLs**: short-lived URLs that allow one operation on one server-chosen key.

**Upload flow (S3 multipart):**

1. \`POST /api/uploads { fileName, size, contentType }\`: the server checks quota and limits, inserts a \`files\` row with \`status = 'pending'\`, starts a multipart upload, and returns presigned URLs for the parts.
2. The client uploads **parts** (say 16 MB each) in parallel and retries a failed part on its own, so a dropped connection never restarts the whole file. S3 allows up to 10,000 parts of at least 5 MB each (the last can be smaller).
3. \`POST /api/uploads/:id/complete\` with each part's number and ETag: the server completes the upload and sets \`status = 'uploaded'\`.
4. A storage event on a **queue** triggers a **worker** that checks size and checksum, sniffs the real file type, runs a **virus scan** (e.g. ClamAV), builds previews, and sets \`status\` to \`ready\` or \`rejected\`.

**Data model:** \`files(id, owner_id, storage_key, original_name, size, content_type, checksum, status, created_at)\` plus \`shares(file_id, grantee, permission, expires_at)\`. Storage keys are generated by the server (\`owner/uuid\`), never taken from the user's filename.

**Downloads:** after an authorization check and only when \`status = 'ready'\`, return a short-lived **presigned GET** (or signed CDN URL) with \`Content-Disposition: attachment\`, so files aren't rendered inline.

**Housekeeping:** keep files in a quarantine prefix until scanned, add a bucket lifecycle rule to **abort incomplete multipart uploads** after a few days, and expire stale \`pending\` rows.

**Trade-offs:** direct-to-storage uploads scale effortlessly but move validation after the fact, hence the status field and async scan. Proxying through the API allows inline checks but ties up servers and bandwidth. Multipart adds client complexity but is essential for large files on mobile networks.`,
    keyPoints: [
      {
        label: "Presigned URLs for direct-to-storage uploads",
        terms: ["presigned url", "pre-signed", "signed url", "direct to s3", "object storage"],
      },
      {
        label: "Multipart, resumable uploads",
        terms: ["multipart", "resumable", "chunked upload", "upload parts"],
      },
      {
        label: "Upload status tracked as a state machine",
        terms: ["upload status", "pending state", "state machine", "status field"],
      },
      {
        label: "Async processing and malware scanning",
        terms: ["virus scan", "malware", "clamav", "quarantine", "background worker"],
      },
      {
        label: "Authorized, safe downloads",
        terms: ["content-disposition", "access control", "authorization check", "short-lived"],
      },
      {
        label: "Cleanup of abandoned uploads",
        terms: ["lifecycle rule", "abort incomplete", "orphaned", "cleanup job"],
      },
    ],
    designOutline: `- **Requirements:** resumable uploads up to 5 GB, download and share with access control, malware scan before availability; API servers stay out of the data path.
- **Core entities:** File (metadata and status), Share, multipart upload session.
- **API:** \`POST /api/uploads\`, \`POST /api/uploads/:id/complete\`, \`GET /api/files/:id/download\` (returns a presigned URL), \`POST /api/files/:id/shares\`.
- **Data model:** \`files(id, owner_id, storage_key, size, content_type, checksum, status)\` and \`shares(file_id, grantee, permission, expires_at)\`.
- **High-level design:** clients talk to the API for metadata and auth, upload parts straight to S3 with presigned URLs; storage events go to a queue consumed by scan and processing workers that update the status.
- **Deep dive:** multipart upload with parallel parts, per-part retry and completion by ETag; quarantine until the scan passes.
- **Trade-offs:** direct-to-storage vs proxying through the API, synchronous vs asynchronous validation, lifecycle cleanup of incomplete uploads.`,
  },
  {
    slug: "background-job-queue",
    title: "Design a background job queue and worker system",
    prompt: `Design a background job system for our platform. API servers enqueue jobs such as sending emails, generating PDF reports and resizing images, and a fleet of workers executes them. Jobs must not be lost if a worker crashes, failed jobs should be retried, and some jobs are scheduled to run later.

Walk me through the components, how a worker claims a job, and how you handle failures and scaling.`,
    level: "intermediate",
    kind: "design",
    topics: ["messaging-queues", "system-design", "distributed-systems"],
    suggestedMinutes: 35,
    sampleAnswer: `**Requirements.** Enqueue typed jobs with a payload, delayed jobs, priorities, automatic retries with backoff, a **dead-letter** state for jobs that keep failing, visible job status, and workers that scale horizontally. The guarantee is **at-least-once** execution.

**Choosing the queue.** A managed **broker** (SQS, RabbitMQ, or Redis-based BullMQ) gives throughput and built-in visibility timeouts and DLQs. A **Postgres jobs table** has fewer moving parts and lets you enqueue in the **same transaction** as the business write, so an order never commits without its confirmation-email job. It handles moderate volumes comfortably.

**Data model:** \`jobs(id, queue, type, payload, status, priority, run_at, attempts, max_attempts, locked_until, last_error)\`, indexed on \`(queue, status, run_at)\`.

**Claiming a job** without two workers taking the same one:

\`\`\`sql
UPDATE jobs
SET status = 'running', attempts = attempts + 1,
    locked_until = now() + interval '5 minutes'
WHERE id = (
  SELECT id FROM jobs
  WHERE queue = $1 AND status = 'queued' AND run_at <= now()
  ORDER BY priority DESC, run_at
  LIMIT 1
  FOR UPDATE SKIP LOCKED
)
RETURNING *;
\`\`\`

\`SKIP LOCKED\` makes concurrent workers pass over rows another worker is claiming instead of blocking on them.

**Failures:**

- **Leases:** long jobs heartbeat to extend \`locked_until\`; if a worker dies, a reaper puts expired \`running\` jobs back to \`queued\`. A job can therefore run twice, so **handlers must be idempotent**.
- **Retries:** on error, requeue with \`run_at = now() + backoff(attempts)\` plus jitter; after \`max_attempts\`, mark it \`dead\` and alert.
- **Graceful shutdown:** on \`SIGTERM\`, stop claiming and finish in-flight jobs.

**Scaling:** workers are stateless; autoscale on **queue depth and the age of the oldest job**. Give fast jobs (emails) and slow ones (PDFs) separate queues and worker pools, so a backlog of slow work can't block urgent work, and cap per-worker concurrency to protect downstream services.

**Trade-offs:** a DB queue is transactional and simple but limited in throughput and adds table churn; a broker scales further but brings the dual-write problem, solved with a transactional **outbox**. Exactly-once execution isn't realistic; at-least-once plus idempotent handlers is.`,
    keyPoints: [
      {
        label: "At-least-once delivery needs idempotent handlers",
        terms: ["at-least-once", "idempotent", "run twice", "duplicate execution"],
      },
      {
        label: "Safe concurrent claiming",
        terms: ["skip locked", "for update", "visibility timeout", "claim a job"],
      },
      {
        label: "Leases and heartbeats recover crashed workers",
        terms: ["lease", "heartbeat", "locked_until", "reaper"],
      },
      {
        label: "Retries with backoff and a dead-letter queue",
        terms: ["dead-letter", "dlq", "backoff", "max attempts"],
      },
      {
        label: "Scale on queue depth; separate queues",
        terms: ["queue depth", "autoscale", "separate queues", "head-of-line"],
      },
      {
        label: "Transactional enqueue or outbox",
        terms: ["same transaction", "outbox", "dual write"],
      },
    ],
    designOutline: `- **Requirements:** enqueue, delayed and scheduled jobs, priorities, retries with backoff, dead-lettering, job status; at-least-once; horizontally scalable workers.
- **Core entities:** Job, Queue, Worker, job attempts.
- **API:** \`enqueue(queue, type, payload, { runAt, priority, idempotencyKey })\`, \`GET /jobs/:id\`, admin retry and cancel.
- **Data model:** \`jobs\` table with \`status\`, \`run_at\`, \`attempts\`, \`locked_until\`, \`last_error\`; index on \`(queue, status, run_at)\`.
- **High-level design:** API servers enqueue into Postgres or a broker (SQS, RabbitMQ); worker pools per queue; a reaper for expired leases; metrics on depth and latency.
- **Deep dive:** claiming with \`FOR UPDATE SKIP LOCKED\`, leases and heartbeats, retry backoff, dead-lettering.
- **Trade-offs:** DB-backed queue vs broker, at-least-once with idempotent handlers vs exactly-once, one shared queue vs per-type queues.`,
  },
  {
    slug: "realtime-leaderboard",
    title: "Design a real-time game leaderboard",
    prompt: `Design a real-time leaderboard for a mobile game with 50 million players. Scores change after every match; the app shows the global top 100, the player's own rank, and the players just above and below them. There are also weekly leaderboards that reset every Monday.

Which data structures and storage would you use, and how does the design scale?`,
    level: "intermediate",
    kind: "design",
    topics: ["system-design", "caching", "scalability"],
    suggestedMinutes: 30,
    sampleAnswer: `**Requirements.** Accept score updates (tens of thousands per second at peak), read the top N, read a player's rank and neighbours, weekly and all-time boards, near real time (a few seconds of staleness is fine). Scores are computed or validated server-side; never trust the client.

**Why not plain SQL?** \`ORDER BY score DESC LIMIT 100\` is fine with an index, but "what's my rank?" means counting every player with a higher score, which touches millions of index entries per request. Ranking needs a structure that keeps order **and** counts.

**Redis sorted sets** fit exactly: members ordered by score, backed by a skip list that tracks spans, so rank lookups are \`O(log N)\`.

\`\`\`text
ZINCRBY lb:alltime 25 player:42         # add points (ZADD sets a score)
ZREVRANGE lb:alltime 0 99 WITHSCORES    # top 100
ZREVRANK lb:alltime player:42           # 0-based rank
ZREVRANGE lb:alltime 40 60 WITHSCORES   # neighbours of rank 50
\`\`\`

50M members take a few GB of memory, which fits on one node.

**Architecture.** Game servers publish match results to a queue; a **score service** validates them, writes the durable record to the database (the **source of truth**), then updates Redis. Redis is a derived index that can be rebuilt from the database, and runs with a replica and persistence.

**Weekly boards:** one key per period, such as \`lb:weekly:2024-W19\`. Each update goes to the all-time and current-week keys, and an \`EXPIRE\` removes old weeks. "Resetting" simply means starting a new key.

**Ties:** equal scores are ordered by member name. To rank whoever got there first higher, fold a timestamp into the score, e.g. \`score * 1e10 + (MAX_TS - ts)\`, keeping the total below 2^53 because scores are doubles.

**Scaling further:** cache the top 100 for a second or two, since everyone reads it. If one node isn't enough, shard by score range (a player's rank is the count in higher shards plus their local rank), or show approximate ranks ("top 3%") from a histogram of score buckets. Friend and regional boards are smaller sets built the same way.`,
    keyPoints: [
      {
        label: "Redis sorted sets",
        terms: ["sorted set", "zset", "zadd", "zrevrank", "zincrby"],
      },
      {
        label: "Logarithmic rank lookups instead of SQL counting",
        terms: ["log n", "skip list", "count rows", "rank query"],
      },
      {
        label: "Durable source of truth; Redis is rebuildable",
        terms: ["source of truth", "rebuild", "durable", "persisted"],
      },
      {
        label: "One key per leaderboard period",
        terms: ["weekly key", "per period", "expire", "new key"],
      },
      {
        label: "Tie-breaking",
        terms: ["tie-break", "ties", "composite score", "timestamp"],
      },
      {
        label: "Scaling and approximate ranks",
        terms: ["shard", "approximate rank", "percentile", "score buckets"],
      },
    ],
    designOutline: `- **Requirements:** score updates, top 100, own rank with neighbours, weekly and all-time boards, 50M players, a few seconds of staleness acceptable.
- **Core entities:** Player, ScoreEvent, Leaderboard (per period).
- **API:** server-side \`POST /matches/:id/results\`, \`GET /leaderboards/:board/top?limit=100\`, \`GET /leaderboards/:board/players/:id?around=10\`.
- **Data model:** durable \`score_events\` and \`player_scores\` tables; Redis sorted sets \`lb:alltime\` and \`lb:weekly:{week}\`.
- **High-level design:** game servers publish to a queue; a score service writes the database then Redis; a read API serves from Redis with a short cache on the top N.
- **Deep dive:** sorted-set operations and \`O(log N)\` rank, tie-breaking with composite scores, per-week keys with \`EXPIRE\`.
- **Trade-offs:** Redis as a derived index vs SQL rank queries, exact vs approximate ranks at huge scale, sharding by score range.`,
  },

  // ---------------------------------------------------------------------------
  // Concepts
  // ---------------------------------------------------------------------------
  {
    slug: "transaction-isolation-levels",
    title: "Transaction isolation levels and their anomalies",
    prompt: `Explain the SQL transaction isolation levels. Which anomalies can happen at each level, and what do you get by default in PostgreSQL and MySQL?

Give me an example of a bug a weaker isolation level can cause, and how you'd prevent it.`,
    level: "intermediate",
    kind: "concept",
    topics: ["transactions", "databases-sql", "concurrency-async"],
    suggestedMinutes: 10,
    sampleAnswer: `Isolation is the "I" in ACID: how much concurrent transactions see of each other's work. Stronger isolation prevents more anomalies but costs concurrency, through more blocking or more aborted transactions.

**Anomalies:**

- **Dirty read:** seeing another transaction's uncommitted changes.
- **Non-repeatable read:** re-reading a row returns different data because another transaction committed in between.
- **Phantom read:** re-running a range query returns new or missing rows.
- **Lost update:** two read-modify-write cycles overwrite each other.
- **Write skew:** two transactions read overlapping data, then update *different* rows, together breaking an invariant.

**The standard levels:**

- **Read Uncommitted:** dirty reads allowed (Postgres treats it as Read Committed).
- **Read Committed:** each *statement* sees data committed before it began. **The Postgres default.**
- **Repeatable Read:** the whole transaction reads from one snapshot. **The MySQL InnoDB default.** In Postgres it also prevents phantoms and aborts on a concurrent update to the same row, but write skew remains possible.
- **Serializable:** the outcome equals some serial order. Postgres implements it with Serializable Snapshot Isolation: transactions may fail with \`40001\` (serialization failure), so **the application must retry them**.

**Example: a lost update under Read Committed.**

\`\`\`sql
-- T1 withdraws 30 and T2 withdraws 50 from a balance of 100
SELECT balance FROM accounts WHERE id = 1;     -- both read 100
UPDATE accounts SET balance = 70 WHERE id = 1; -- T1: 100 - 30
UPDATE accounts SET balance = 50 WHERE id = 1; -- T2: 100 - 50, T1's withdrawal is lost
\`\`\`

Fixes:

- Do the arithmetic atomically in the database: \`UPDATE accounts SET balance = balance - 30 WHERE id = 1 AND balance >= 30\`.
- Lock the row with \`SELECT ... FOR UPDATE\` (pessimistic), or check a version column (optimistic).
- For invariants spanning rows, such as "at least one doctor on call", use \`SERIALIZABLE\` with a retry loop, or lock the rows the invariant depends on.

In practice most applications stay on Read Committed and use atomic updates, explicit locks, constraints or Serializable for the operations that need them.`,
    keyPoints: [
      {
        label: "Read anomalies",
        terms: ["dirty read", "non-repeatable read", "phantom read", "phantom"],
      },
      {
        label: "Lost update and write skew",
        terms: ["lost update", "write skew", "read-modify-write"],
      },
      {
        label: "The four isolation levels",
        terms: ["read committed", "repeatable read", "serializable", "read uncommitted"],
      },
      {
        label: "Database defaults differ",
        terms: ["postgres default", "mysql default", "innodb", "default isolation"],
      },
      {
        label: "Serializable requires retrying failed transactions",
        terms: ["serialization failure", "40001", "retry the transaction", "serializable snapshot isolation"],
      },
      {
        label: "Prevention: atomic updates and locking",
        terms: ["for update", "atomic update", "optimistic locking", "version column"],
      },
    ],
  },
  {
    slug: "http-methods-safe-idempotent",
    title: "Safe and idempotent HTTP methods: POST vs PUT vs PATCH",
    prompt: `Which HTTP methods are *safe* and which are *idempotent*, and why does that distinction matter when you design a REST API?

Using a \`/users/{id}\` resource as the example, explain when you'd use \`POST\`, \`PUT\` and \`PATCH\`, and which status codes you'd return.`,
    level: "intermediate",
    kind: "concept",
    topics: ["http-rest", "apis"],
    suggestedMinutes: 8,
    sampleAnswer: `**Safe** methods don't change server state from the client's point of view: \`GET\`, \`HEAD\`, \`OPTIONS\` (and \`TRACE\`). Caches, crawlers and prefetchers call them freely, so a \`GET\` must never have side effects such as \`GET /users/42/delete\`.

**Idempotent** methods have the same effect on the server whether sent once or ten times: all safe methods plus \`PUT\` and \`DELETE\`. \`POST\` is not idempotent and \`PATCH\` isn't guaranteed to be. Idempotency is about **server state, not the response**: a second \`DELETE /users/42\` may return \`404\` instead of \`204\`, but the end state is the same.

**Why it matters:** networks fail mid-request. Clients, proxies and HTTP libraries can safely **retry** idempotent requests after a timeout, while retrying a \`POST\` might create a duplicate. For non-idempotent operations that must be retry-safe, such as payments, accept an **\`Idempotency-Key\`** header.

**Choosing a method:**

- \`POST /users\`: create when the **server assigns the ID**. Return \`201 Created\` with \`Location: /users/42\` and usually the new resource.
- \`PUT /users/42\`: **replace** the whole representation at a known URI; omitted fields are cleared. It may create the resource when the client picks the ID (\`201\`), otherwise \`200\` or \`204\`.
- \`PATCH /users/42\`: **partial update**, e.g. JSON Merge Patch or JSON Patch operations. "Set the email" is idempotent in practice; "append to a list" isn't.
- \`DELETE /users/42\`: \`204 No Content\`.

\`\`\`http
PATCH /users/42 HTTP/1.1
Content-Type: application/merge-patch+json
If-Match: "v7"

{"displayName": "Ada"}
\`\`\`

**Status codes worth getting right:** \`400\` malformed input; \`401\` not authenticated vs \`403\` authenticated but not allowed; \`404\` not found; \`409\` conflict, such as a duplicate email; \`412 Precondition Failed\` when the \`If-Match\` ETag no longer matches (optimistic concurrency); \`422\` well-formed but semantically invalid; \`429\` rate limited. Reserve \`5xx\` for server faults, never for client mistakes.`,
    keyPoints: [
      {
        label: "Safe methods have no side effects",
        terms: ["safe method", "no side effects", "read-only"],
      },
      {
        label: "PUT and DELETE are idempotent, POST is not",
        terms: ["idempotent", "same effect", "multiple times", "not idempotent"],
      },
      {
        label: "Idempotency enables safe retries",
        terms: ["retry", "safe to retry", "duplicate", "idempotency-key"],
      },
      {
        label: "PUT replaces, PATCH updates partially",
        terms: ["replace", "partial update", "full representation", "merge patch"],
      },
      {
        label: "POST creates with 201 and a Location header",
        terms: ["201", "location header", "server assigns", "201 created"],
      },
      {
        label: "Meaningful status codes and conditional requests",
        terms: ["412", "if-match", "etag", "409", "401 vs 403"],
      },
    ],
  },
  {
    slug: "message-delivery-semantics",
    title: "At-most-once, at-least-once and exactly-once delivery",
    prompt: `When services communicate through a message broker such as RabbitMQ, SQS or Kafka, what do *at-most-once*, *at-least-once* and *exactly-once* delivery mean?

Which one do you usually get in practice, and how do you build a consumer that behaves correctly anyway?`,
    level: "intermediate",
    kind: "concept",
    topics: ["messaging-queues", "distributed-systems"],
    suggestedMinutes: 10,
    sampleAnswer: `The guarantee comes down to **when the consumer acknowledges** a message relative to processing it, plus whether producers retry.

- **At-most-once:** ack (or commit the offset) *before* processing. If the consumer crashes midway the message is gone: no duplicates, possible loss. Fine for metrics or telemetry.
- **At-least-once:** ack *after* processing succeeds. If the consumer crashes before acking, the ack is lost, or the visibility timeout expires, the message is **redelivered**: no loss, but **duplicates**. This is what you get from SQS standard queues, RabbitMQ with manual acks, and Kafka consumers that commit after processing.
- **Exactly-once:** each message takes effect once. A broker can't guarantee that end to end over an unreliable network. Kafka's exactly-once semantics (idempotent producer plus transactions) covers read-process-write *within Kafka*, not the email you send or the third-party API you call.

In practice you combine **at-least-once delivery with idempotent processing**, which gives effectively-once results:

\`\`\`ts
async function handle(msg: PointsAwarded) {
  await db.transaction(async (tx) => {
    // processed_messages has a primary key on message_id
    const inserted = await tx.query(
      "INSERT INTO processed_messages (message_id) VALUES ($1) ON CONFLICT DO NOTHING",
      [msg.id],
    );
    if (inserted.rowCount === 0) return; // duplicate: already applied
    await tx.query("UPDATE customers SET points = points + $2 WHERE id = $1", [msg.customerId, msg.points]);
  });
  // ack only after the transaction commits
}
\`\`\`

Other ways to stay idempotent: naturally idempotent writes (\`SET status = 'paid'\` rather than an increment), upserts, and conditional updates on a version number.

**Related practices:**

- **Producer side:** writing to the database and then publishing can fail halfway (the dual-write problem). Use a **transactional outbox**: insert the event into an \`outbox\` table in the same transaction, and let a relay publish it.
- **Poison messages:** after N failed attempts, move the message to a **dead-letter queue** instead of retrying forever.
- **Ordering** is usually guaranteed only per partition (Kafka) or message group (SQS FIFO), and redeliveries can arrive late, so consumers should tolerate out-of-order messages, for example with version checks.`,
    keyPoints: [
      {
        label: "Ack timing defines the guarantee",
        terms: ["acknowledge", "ack", "commit the offset", "after processing"],
      },
      {
        label: "At-most-once can lose messages",
        terms: ["at-most-once", "message loss", "lost messages"],
      },
      {
        label: "At-least-once produces duplicates",
        terms: ["at-least-once", "redelivery", "redelivered", "duplicates"],
      },
      {
        label: "Exactly-once means idempotent processing",
        terms: ["exactly-once", "effectively once", "idempotent consumer", "deduplication"],
      },
      {
        label: "Deduplicate by message ID in the same transaction",
        terms: ["processed messages", "message id", "same transaction", "dedup table"],
      },
      {
        label: "Transactional outbox on the producer side",
        terms: ["outbox", "dual write", "dual-write"],
      },
      {
        label: "Dead-letter queues and ordering",
        terms: ["dead-letter", "dlq", "poison message", "out of order"],
      },
    ],
  },
  {
    slug: "horizontal-scaling-load-balancing",
    title: "Scale an API horizontally behind a load balancer",
    prompt: `Your Node.js API runs on one large VM and is starting to hit its limits. How would you scale it horizontally behind a load balancer?

What has to change in the application for that to work, how does the load balancer decide where to send each request, and where will the next bottleneck appear?`,
    level: "intermediate",
    kind: "concept",
    topics: ["scalability", "system-design"],
    suggestedMinutes: 10,
    sampleAnswer: `**Vertical vs horizontal.** A bigger machine is simple but has a ceiling and remains a single point of failure. Horizontal scaling runs many identical instances behind a **load balancer**, adding capacity and redundancy, but only works if the instances are **stateless**.

**Making the app stateless:**

- Sessions in Redis or a signed token, not in process memory.
- Uploaded files in object storage, not on local disk.
- Caches either shared (Redis) or safe to keep per instance.
- Scheduled jobs through a queue or a distributed lock, so N instances don't all run the same cron job.
- A Node process runs JavaScript on one core, so run one process per core (cluster mode or more containers).

**The load balancer:**

- **Layer 4** balancers forward TCP connections; **layer 7** balancers understand HTTP, so they can route by path or header, terminate TLS and retry.
- Algorithms: **round robin** (weighted for mixed instance sizes), **least connections** or least outstanding requests (better when request costs vary), and **consistent hashing** on a key when affinity helps, such as cache locality.
- **Health checks** take failing instances out of rotation. Use a readiness endpoint, and **connection draining** during deploys so in-flight requests finish.
- Avoid **sticky sessions** where possible: they unbalance load and lose state when an instance dies.
- The load balancer itself must be redundant; managed ones handle that for you.

**Autoscaling** on CPU, request rate or latency, with headroom, because new instances take time to become ready.

**The next bottleneck is usually the database:**

- More instances mean more connections: put a **pooler** such as PgBouncer in front and cap each instance's pool.
- **Cache** hot reads and add **read replicas** for read-heavy traffic, minding replication lag (read your own writes from the primary).
- Move slow work to **background queues**.
- **Shard** only when one primary can't absorb the write volume; it's a big jump in complexity.`,
    keyPoints: [
      {
        label: "Instances must be stateless",
        terms: ["stateless", "shared session", "externalize state", "no local state"],
      },
      {
        label: "Load-balancing algorithms",
        terms: ["round robin", "least connections", "consistent hashing", "weighted"],
      },
      {
        label: "Health checks and connection draining",
        terms: ["health check", "readiness", "connection draining", "graceful shutdown"],
      },
      {
        label: "Sticky sessions are a trade-off",
        terms: ["sticky session", "session affinity"],
      },
      {
        label: "Layer 4 vs layer 7 balancing",
        terms: ["layer 4", "layer 7", "l4", "l7", "tls termination"],
      },
      {
        label: "The database becomes the bottleneck",
        terms: ["read replica", "connection pool", "pgbouncer", "sharding", "replication lag"],
      },
      {
        label: "Autoscaling",
        terms: ["autoscaling", "auto scaling", "scale out"],
      },
    ],
  },
  {
    slug: "observability-logs-metrics-traces",
    title: "Logs, metrics and traces for debugging production latency",
    prompt: `After a deploy, the p99 latency of one of our API endpoints doubled, but the averages look normal and nothing is throwing errors. What observability would you want in place to find the cause?

Explain the roles of logs, metrics and traces, and how you'd instrument a Node.js service so that they work together.`,
    level: "intermediate",
    kind: "concept",
    topics: ["observability", "distributed-systems"],
    suggestedMinutes: 10,
    sampleAnswer: `Observability means being able to answer new questions about production from the telemetry a system emits. The three main signals complement each other:

- **Metrics:** cheap numeric aggregates over time (counters, gauges, histograms). Ideal for dashboards and alerts; they tell you *that* something is wrong.
- **Traces:** the path of a single request across services, as a tree of timed **spans**. They show *where* the time goes.
- **Logs:** detailed individual events. They explain *why* a particular request behaved as it did.

**Instrumenting the service:**

- **RED metrics** per endpoint (rate, errors, duration), and the **USE** method (utilization, saturation, errors) for resources such as the DB connection pool. Event-loop lag is a key Node metric.
- Record latency as a **histogram** and watch **percentiles** (p50, p95, p99). Averages hide tail latency, which is exactly this scenario.
- Keep metric labels **low-cardinality**: route templates like \`/users/:id\` and status class, never user IDs or raw URLs.
- **Distributed tracing** with **OpenTelemetry**: auto-instrument HTTP, the database driver and Redis, and propagate context between services with the W3C \`traceparent\` header (and in message metadata for queues).
- **Structured JSON logs** (for example pino) with a request ID and the **trace ID** on every line, so you can jump from a slow trace to its logs. Never log secrets or unnecessary personal data.
- Tag all telemetry with the **deployed version** so before and after can be compared.

**Investigating this regression:** compare the latency histogram by version, then pull slow traces (tail-based sampling keeps the slow and failed ones) and find the span that grew: a new N+1 query, a missing index, an extra synchronous call, lock waits, or CPU-heavy work blocking the event loop. Confirm with the related logs, \`EXPLAIN\` or a profiler.

**Alerting:** page on user-facing symptoms tied to **SLOs** (say, 99% of requests under 300 ms) using error-budget **burn rate**, rather than on every CPU spike.`,
    keyPoints: [
      {
        label: "Logs, metrics and traces have different roles",
        terms: ["three pillars", "metrics", "traces", "logs"],
      },
      {
        label: "Percentiles from histograms, not averages",
        terms: ["p99", "percentile", "histogram", "tail latency"],
      },
      {
        label: "RED and USE methods",
        terms: ["red method", "use method", "rate, errors, duration", "golden signals"],
      },
      {
        label: "Distributed tracing with context propagation",
        terms: ["distributed tracing", "span", "opentelemetry", "traceparent", "context propagation"],
      },
      {
        label: "Structured logs with correlation IDs",
        terms: ["structured logging", "json logs", "correlation id", "request id", "trace id"],
      },
      {
        label: "Low-cardinality metric labels",
        terms: ["cardinality", "high cardinality", "metric labels"],
      },
      {
        label: "SLO-based alerting",
        terms: ["slo", "error budget", "burn rate", "alert on symptoms"],
      },
    ],
  },
  {
    slug: "optimistic-vs-pessimistic-locking",
    title: "Optimistic vs pessimistic locking",
    prompt: `Two support agents open the same ticket, edit it, and save within seconds of each other; the first agent's changes silently disappear. What is this problem called, and how would you prevent it?

Compare optimistic and pessimistic locking, show how you'd implement each in SQL, and say when you'd choose one over the other.`,
    level: "intermediate",
    kind: "concept",
    topics: ["transactions", "concurrency-async", "databases-sql"],
    suggestedMinutes: 10,
    sampleAnswer: `This is a **lost update**: both agents read the same version, each saves its own edit, and the second write overwrites the first without knowing it existed.

**Pessimistic locking** assumes conflicts are likely and locks the row before changing it, so other writers wait:

\`\`\`sql
BEGIN;
SELECT * FROM tickets WHERE id = $1 FOR UPDATE;  -- other writers block here
-- apply the changes in the application
UPDATE tickets SET status = $2, notes = $3 WHERE id = $1;
COMMIT;
\`\`\`

- Guarantees no conflicting writes; good for **high contention** and short critical sections such as decrementing stock or booking a seat.
- Locks must be held **briefly, inside one transaction**: never across a user's think time or a slow external call.
- Risk of **deadlocks** when transactions lock rows in different orders: lock in a consistent order, keep transactions short, set \`lock_timeout\`, and retry deadlock errors. \`NOWAIT\` or \`SKIP LOCKED\` avoid waiting altogether.

**Optimistic locking** assumes conflicts are rare. Nothing is locked; instead a **version** column is checked at write time:

\`\`\`sql
UPDATE tickets
SET status = $2, notes = $3, version = version + 1
WHERE id = $1 AND version = $4;   -- the version the agent loaded
-- 0 rows updated: someone else saved first
\`\`\`

- When no row is updated, report a **conflict**: \`409\`, or \`412\` when using \`ETag\` and \`If-Match\` over HTTP, and let the user reload or merge.
- Works across requests and long edit sessions because nothing is held open, and scales well when conflicts are rare. Under heavy contention it wastes work on retries.
- Many ORMs support it directly, for example JPA's \`@Version\` and Sequelize's \`version: true\`.

**For the ticket editor** I'd choose **optimistic locking**: edits span minutes of human time, conflicts are rare, and a clear conflict message beats silent data loss.

Where possible, avoid read-modify-write altogether: \`UPDATE stock SET qty = qty - 1 WHERE id = $1 AND qty > 0\` is atomic and needs neither strategy.`,
    keyPoints: [
      {
        label: "Lost update problem",
        terms: ["lost update", "overwrite", "last write wins"],
      },
      {
        label: "Pessimistic locking with SELECT ... FOR UPDATE",
        terms: ["pessimistic locking", "select for update", "for update", "row lock"],
      },
      {
        label: "Optimistic locking with a version column",
        terms: ["optimistic locking", "version column", "version number", "compare-and-swap"],
      },
      {
        label: "Detect and surface the conflict",
        terms: ["409", "conflict", "0 rows", "rows affected", "if-match"],
      },
      {
        label: "Deadlocks and short lock duration",
        terms: ["deadlock", "lock timeout", "lock ordering", "nowait"],
      },
      {
        label: "Choose by contention and edit duration",
        terms: ["high contention", "low contention", "conflicts are rare", "think time"],
      },
    ],
  },
];
