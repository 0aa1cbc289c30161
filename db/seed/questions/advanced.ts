import type { SeedQuestion } from "../types";

export const advancedQuestions: SeedQuestion[] = [
  // ---------------------------------------------------------------------------
  // From the seed page
  // ---------------------------------------------------------------------------
  {
    slug: "notification-system",
    title: "Design a scalable notification system",
    prompt: `Design a notification system that other services in our company call to reach users by mobile push, email and SMS. It should handle around 300 million notifications a day, respect each user's preferences, and never send the same notification twice.

Walk me through the API, the main components, and how the system stays reliable when a provider such as an email or SMS gateway is slow or down.`,
    level: "advanced",
    kind: "design",
    topics: ["system-design", "messaging-queues", "scalability"],
    suggestedMinutes: 45,
    sampleAnswer: `**Clarify scope first.** Channels: mobile push (APNs/FCM), email (SES, SendGrid), SMS (Twilio), maybe an in-app inbox. 300M a day is about 3,500 per second on average, so plan for 10x peaks during campaigns. Transactional messages (one-time codes, receipts) need delivery within seconds and must never wait behind bulk marketing.

**Write path**

1. Producers call \`POST /v1/notifications\` with \`userId\`, \`templateId\`, parameters, channels, priority and an **idempotency key**.
2. The Notification API validates the request, deduplicates on the key (a unique constraint, or \`SET NX\` in Redis with a TTL), stores a notification record, enqueues one message per channel, and returns \`202 Accepted\`.
3. **Separate queues per channel and priority** (Kafka topics or SQS queues) feed channel workers, so a slow SMS provider can't back up push and a marketing blast can't delay one-time codes.
4. Workers load the user's **preferences and opt-outs**, apply quiet hours and per-user frequency caps, render the template, and call the provider.
5. Delivery status (\`sent\`, \`delivered\`, \`bounced\`) comes back from provider responses and **webhooks**; invalid device tokens and hard-bounced addresses are removed.

**Reliability**

- Queues deliver at least once, so a worker checks a dedupe record (notification id plus channel) before sending. A crash right after the provider call can still produce a rare duplicate, which is why you promise effectively-once, not exactly-once.
- Failed sends retry with **exponential backoff and jitter**, and go to a **dead-letter queue** after N attempts.
- A **circuit breaker** per provider stops hammering a failing gateway, and critical channels **fail over** to a second provider.

**Scale**

Workers are stateless and autoscale on queue lag. A broadcast to millions of users is expanded by a batch job that pages through the audience and enqueues in throttled chunks, so it can't starve transactional traffic. Partitioning by \`userId\` keeps one user's notifications in order.

**Observability:** track queue lag, enqueue-to-send latency, and success rate per channel and provider, and alert when they drift.`,
    keyPoints: [
      {
        label: "Asynchronous pipeline through queues and workers",
        terms: ["queue", "kafka", "sqs", "rabbitmq", "asynchronous"],
      },
      {
        label: "Separate queues per channel and priority isolate failures",
        terms: ["per-channel", "separate queues", "priority queue", "bulkhead"],
      },
      {
        label: "Idempotency key prevents duplicate sends",
        terms: ["idempotency key", "deduplication", "dedupe", "idempotent"],
      },
      {
        label: "Retries with backoff and a dead-letter queue",
        terms: ["exponential backoff", "dead-letter", "dlq", "retry"],
      },
      {
        label: "User preferences, opt-outs and frequency caps",
        terms: ["preferences", "opt-out", "quiet hours", "unsubscribe", "frequency cap"],
      },
      {
        label: "Circuit breaker and provider failover",
        terms: ["circuit breaker", "failover", "fallback provider", "second provider"],
      },
      {
        label: "Delivery status tracked via provider webhooks",
        terms: ["delivery status", "webhook", "delivery receipt", "bounce"],
      },
    ],
    designOutline: `- **Requirements:** push, email and SMS (plus optional in-app); ~300M a day with 10x peaks; user preferences and opt-outs; transactional before marketing; no duplicates; delivery tracking.
- **Core entities:** Notification, Template, UserPreference, DeviceToken, DeliveryAttempt.
- **API:** \`POST /v1/notifications\` (idempotency key, user, template, params, channels, priority) returning \`202\`; \`GET /v1/notifications/{id}\` for status; endpoints to read and update preferences.
- **Data model:** notifications and delivery attempts in a store partitioned by user id; preferences and device tokens in a relational database with a cache in front.
- **High-level design:** API, then dedupe and persist, then per-channel priority queues, then channel workers (preferences, rate limits, templates), then providers; provider webhooks update status.
- **Deep dive:** reliability — idempotency keys, backoff with jitter, dead-letter queues, circuit breakers and provider failover.
- **Trade-offs:** at-least-once plus dedupe instead of exactly-once; more queues cost more to operate but isolate failures; bulk campaigns are throttled to protect transactional latency.`,
  },
  {
    slug: "microservices-vs-monolith",
    title: "Microservices vs monolith architecture",
    prompt: `Compare a monolithic architecture with microservices. What does each give you, and what do you take on when you split a system into services?

If you were starting a new product with a team of eight engineers, which would you choose, and why?`,
    level: "advanced",
    kind: "concept",
    topics: ["system-design", "distributed-systems", "scalability"],
    suggestedMinutes: 12,
    sampleAnswer: `A **monolith** is one deployable unit: one codebase, in-process function calls, usually one database. A **microservices** architecture splits the system into independently deployable services, each owning a business capability and its own data, communicating over the network (HTTP, gRPC or events).

**Monolith strengths**

- Simple to build, test, deploy and debug: one artifact, one log stream, stack traces that cover the whole request.
- In-process calls are fast and can't partially fail, and **ACID transactions** across modules are just local transactions.
- Refactoring across module boundaries is a single commit.

Its problems grow with the team: everyone deploys together, a bug in one area can take down everything, builds get slow, you must scale the whole application even if one part is hot, and module boundaries erode without discipline.

**Microservices strengths**

- **Independent deployment and scaling** per service, and teams that own services end to end (Conway's law working for you).
- Fault isolation, if you design for it, and freedom to use a different stack where it's justified.

**What you take on**

- **Network calls**: latency, timeouts, retries, circuit breakers and **partial failure**.
- **Data consistency**: with a **database per service** there are no cross-service transactions, so you need **sagas**, outbox events and **eventual consistency**.
- Operational load: service discovery, per-service CI/CD, container orchestration, **distributed tracing**, centralised logging, API versioning and contract tests.
- The risk of a **distributed monolith**: services that share a database or must deploy in lockstep, giving you the costs of both styles and the benefits of neither.

**For a team of eight I'd choose a modular monolith**: one deployable with strict internal boundaries aligned to **bounded contexts** (separate modules, no reaching into another module's tables, calls only through its public interface). Eight people don't need independent release cadences, and the operational tax of microservices would slow the product down. When a module develops a clearly different scaling profile, release cadence or owning team, extract it with the **strangler fig** pattern, behind the interface it already has.`,
    keyPoints: [
      {
        label: "Monolith: one deployable, in-process calls, local transactions",
        terms: ["single deployable", "in-process", "one codebase", "single database", "local transaction"],
      },
      {
        label: "Microservices: independent deployment and scaling per service",
        terms: ["independently deployable", "independent deployment", "scale independently", "team autonomy", "conway"],
      },
      {
        label: "Network calls bring latency and partial failure",
        terms: ["network latency", "partial failure", "network call", "timeouts", "circuit breaker"],
      },
      {
        label: "Database per service forces sagas and eventual consistency",
        terms: ["database per service", "saga", "eventual consistency", "distributed transaction"],
      },
      {
        label: "Operational overhead: tracing, discovery, per-service pipelines",
        terms: ["distributed tracing", "service discovery", "operational overhead", "operational complexity", "kubernetes"],
      },
      {
        label: "Start with a modular monolith and extract later",
        terms: ["modular monolith", "strangler fig", "bounded context", "extract"],
      },
      {
        label: "Avoid the distributed monolith",
        terms: ["distributed monolith", "shared database", "lockstep"],
      },
    ],
  },
  {
    slug: "high-traffic-load-balancing",
    title: "Handle high traffic with load balancing",
    prompt: `How do you handle high traffic with load balancing? Say our API has to grow from 5,000 to 100,000 requests per second, served from two regions.

Walk me through the load-balancing layers from DNS down to the service instances, how traffic gets distributed, and how you keep the system healthy when a spike goes beyond what you've provisioned.`,
    level: "advanced",
    kind: "concept",
    topics: ["scalability", "system-design", "http-rest"],
    suggestedMinutes: 12,
    sampleAnswer: `Load balancing only works if the service tier is **stateless**: sessions live in Redis or in signed tokens and files go to object storage, so any instance can serve any request and you can **scale out** by adding instances.

**Layers, from the outside in**

- **Global:** GeoDNS or latency-based DNS, or **anycast** addresses, send users to the nearest healthy region. Keep DNS TTLs short so a region can be drained.
- **Regional L4** (AWS NLB, Google Maglev, IPVS with ECMP): balances TCP/UDP connections at line rate without parsing HTTP. The balancers are themselves a horizontally scaled tier, so they aren't a **single point of failure**.
- **L7 proxies** (Envoy, NGINX, HAProxy, ALB): **TLS termination**, routing by host, path or header, per-request balancing, retries and rate limits.

**Algorithms**

Round robin is fine when requests cost about the same. With mixed request costs, **least outstanding requests** or **power of two choices** (pick two backends at random, send to the less loaded one) avoids piling onto slow instances without global coordination. **Consistent hashing** gives affinity when instances hold local caches. Long-lived **HTTP/2, gRPC and WebSocket** connections defeat connection-level balancing, so balance those per request at L7 or in the client, and recycle connections periodically.

**Health**

Active **health checks** against a readiness endpoint, plus passive **outlier detection** that ejects instances returning errors. Use **connection draining** on deploys and scale-in so in-flight requests finish.

**When traffic exceeds capacity**

Autoscaling reacts in minutes; spikes arrive in seconds. Protect the system:

- **Load shedding**: when concurrency limits or queues are full, reject low-priority work early with \`503\` or \`429\` instead of letting latency explode for everyone.
- **Retry budgets** and **circuit breakers**, so client retries don't multiply the load into a **retry storm**.
- Take work off the hot path: a **CDN** and caches for reads, queues for asynchronous work, **read replicas** and connection pooling (PgBouncer), because the database is usually the next bottleneck.

Finally, load test with realistic traffic so you find these limits before your customers do.`,
    keyPoints: [
      {
        label: "Stateless instances scaled horizontally",
        terms: ["stateless", "horizontal scaling", "scale out", "session store"],
      },
      {
        label: "Layered balancing: global DNS/anycast, L4, then L7",
        terms: ["layer 4", "layer 7", "anycast", "geodns", "tls termination"],
      },
      {
        label: "Load-aware algorithms beyond round robin",
        terms: ["least outstanding", "least connections", "power of two choices", "round robin", "consistent hashing"],
      },
      {
        label: "Long-lived connections need per-request balancing",
        terms: ["http/2", "grpc", "websocket", "long-lived connections"],
      },
      {
        label: "Health checks, outlier detection and draining",
        terms: ["health check", "outlier detection", "connection draining", "readiness"],
      },
      {
        label: "Overload protection instead of collapse",
        terms: ["load shedding", "retry budget", "retry storm", "circuit breaker", "backpressure"],
      },
      {
        label: "Offload downstream bottlenecks",
        terms: ["cdn", "read replica", "connection pooling", "pgbouncer", "autoscaling"],
      },
    ],
  },
  {
    slug: "api-rate-limiter",
    title: "Implement rate limiting in a backend API",
    prompt: `Implement rate limiting for our API: each API key may make at most a configured number of requests per period, and the limit has to hold even though the API runs on many instances.

Pick an algorithm, token bucket or sliding window, write the core logic in TypeScript backed by Redis, and tell me how a client finds out it has been limited.`,
    level: "advanced",
    kind: "coding",
    topics: ["apis", "scalability", "http-rest"],
    suggestedMinutes: 25,
    sampleAnswer: `**Algorithms:** a **fixed window** counter is simplest but allows twice the limit across a window boundary; a **sliding window** (a log of timestamps, or a weighted counter of two windows) fixes that; a **token bucket** holds up to \`capacity\` tokens, refills at a steady rate, and each request takes one, allowing short bursts while enforcing the average rate.

The state must be shared across instances, so it lives in **Redis**, and the read-modify-write must be **atomic**, or two instances read the same count and both allow. A **Lua script** runs atomically on the Redis server:

\`\`\`ts
const TOKEN_BUCKET = \`
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local t = redis.call("TIME")
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local b = redis.call("HMGET", KEYS[1], "tokens", "ts")
local tokens = tonumber(b[1]) or capacity
local ts = tonumber(b[2]) or now
tokens = math.min(capacity, tokens + (now - ts) * perMs)
local allowed = 0
if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
redis.call("HSET", KEYS[1], "tokens", tokens, "ts", now)
redis.call("PEXPIRE", KEYS[1], math.ceil(capacity / perMs))
return { allowed, math.floor(tokens) }\`;

export function rateLimit(redis: Redis, capacity: number, perSecond: number) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = \`rl:\${req.get("x-api-key") ?? req.ip}\`;
    const [allowed, remaining] = (await redis.eval(
      TOKEN_BUCKET, 1, key, capacity, perSecond / 1000,
    )) as [number, number];
    res.set("RateLimit-Limit", String(capacity));
    res.set("RateLimit-Remaining", String(remaining));
    if (!allowed) {
      res.set("Retry-After", String(Math.ceil(1 / perSecond)));
      return res.status(429).json({ error: "rate_limited" });
    }
    next();
  };
}
\`\`\`

- The bucket is keyed per **API key**, falling back to the client IP for anonymous traffic; you can layer limits per endpoint too.
- Using Redis's own clock (\`TIME\`) avoids clock skew between app servers; \`PEXPIRE\` removes idle buckets.
- Limited clients get **\`429 Too Many Requests\`** with \`Retry-After\` and rate-limit headers so they can back off.
- Decide the failure mode: **fail open** if Redis is down for most endpoints, **fail closed** for abuse-sensitive ones like login.
- Off the shelf, **\`express-rate-limit\`** provides this as middleware (\`windowMs\` and \`limit\`, fixed window); add a Redis store such as \`rate-limit-redis\` so counts are shared across instances. Coarse limits can also sit at an API gateway or NGINX.`,
    keyPoints: [
      {
        label: "Chooses and explains an algorithm",
        terms: ["token bucket", "sliding window", "fixed window", "leaky bucket"],
      },
      {
        label: "Shared state in Redis across instances",
        terms: ["redis", "shared store", "centralized counter", "across instances"],
      },
      {
        label: "Atomic update with a Lua script or INCR",
        terms: ["lua", "atomic", "race condition", "incr"],
      },
      {
        label: "429 response with Retry-After and rate-limit headers",
        terms: ["429", "retry-after", "too many requests", "ratelimit-remaining"],
      },
      {
        label: "Limit keyed per API key, user or IP",
        terms: ["api key", "per user", "per ip", "client identifier"],
      },
      {
        label: "Off-the-shelf option: express-rate-limit with a Redis store",
        terms: ["express-rate-limit", "rate-limit-redis", "api gateway", "nginx"],
      },
      {
        label: "Decides between failing open and failing closed",
        terms: ["fail open", "fail closed", "redis outage", "redis is down"],
      },
    ],
  },
  {
    slug: "cap-theorem-tradeoffs",
    title: "The CAP theorem and its trade-offs",
    prompt: `What does the CAP theorem actually say, and what trade-offs does it force on a distributed data store?

Give me an example of a system that favours consistency and one that favours availability, and tell me where PACELC fits in.`,
    level: "advanced",
    kind: "concept",
    topics: ["distributed-systems", "databases-sql"],
    suggestedMinutes: 10,
    sampleAnswer: `The **CAP theorem** (Brewer's conjecture, proved by Gilbert and Lynch in 2002) says a distributed data store can't guarantee all three of these when the network partitions:

- **Consistency**, meaning **linearizability**: every read sees the most recent completed write, as if there were a single copy of the data. This is not the "C" in ACID.
- **Availability**: every request to a non-failing node eventually gets a non-error response.
- **Partition tolerance**: the system keeps operating when messages between nodes are lost or delayed.

Networks do partition, so you can't opt out of P; the real choice is what happens **during a partition**. A node that can't reach its peers must either refuse the request (consistent, not available) or answer with possibly stale data and accept writes that may conflict (available, not consistent). Without a partition you can have both.

**CP examples:** ZooKeeper, etcd and Consul use **quorum**-based consensus (ZAB, Raft), so the minority side of a partition can't accept writes. That's what you want for leader election, locks and configuration. Spanner and CockroachDB are also CP.

**AP examples:** Dynamo-style stores such as Cassandra and Riak keep accepting reads and writes on both sides, then reconcile with last-write-wins timestamps, vector clocks or **CRDTs**. That suits shopping carts, likes and activity data, where short-lived divergence is acceptable.

Many systems are **tunable**: Cassandra sets consistency per query, and reading and writing at \`QUORUM\` (R + W > N) makes every read overlap the latest write, trading latency and availability for freshness.

**PACELC** (Daniel Abadi) adds the everyday trade-off: if there is a **P**artition, choose **A** or **C**; **E**lse, choose **L**atency or **C**onsistency. Even with a healthy network, strong consistency costs cross-node or cross-region round trips. DynamoDB and Cassandra are typically PA/EL; Spanner is PC/EC.

In practice, choose **per operation**: balances, inventory decrements and uniqueness checks need consistency; feeds, counters and recommendations can be eventually consistent.`,
    keyPoints: [
      {
        label: "Precise definitions: linearizable C, every non-failing node answers",
        terms: ["linearizable", "linearizability", "most recent write", "non-failing node"],
      },
      {
        label: "The choice only arises during a network partition",
        terms: ["network partition", "during a partition", "partition tolerance", "partitions are inevitable"],
      },
      {
        label: "CP systems use quorums and reject the minority side",
        terms: ["zookeeper", "etcd", "raft", "quorum", "spanner"],
      },
      {
        label: "AP systems stay available and reconcile later",
        terms: ["cassandra", "dynamo", "eventual consistency", "crdt", "vector clock"],
      },
      {
        label: "PACELC: latency vs consistency when there is no partition",
        terms: ["pacelc", "latency vs consistency", "latency versus consistency", "else latency"],
      },
      {
        label: "Tunable, per-operation consistency choices",
        terms: ["tunable consistency", "r + w > n", "quorum reads", "per operation"],
      },
    ],
  },
  {
    slug: "securing-backend-vulnerabilities",
    title: "Secure a backend against common vulnerabilities",
    prompt: `How do you secure a backend service against common vulnerabilities? Walk me through the threats you design for and the concrete controls you'd put in place, from the edge down to the database.

Feel free to anchor on the OWASP Top 10 or the OWASP API Security Top 10, but I'm more interested in what you would actually do.`,
    level: "advanced",
    kind: "concept",
    topics: ["auth-security", "apis", "http-rest"],
    suggestedMinutes: 12,
    sampleAnswer: `I think in layers (**defense in depth**) and use the **OWASP Top 10** and **OWASP API Security Top 10** as a checklist.

**Access control, the most common real-world flaw**

- Authorize **every request at the object level** on the server: \`GET /invoices/123\` must check that invoice 123 belongs to the caller's account (**BOLA/IDOR**). Deny by default, centralise the policy checks, and test them.
- Check function-level permissions (admin endpoints) too, and prevent **mass assignment** by allowlisting writable fields instead of binding the request body straight onto a model.

**Injection and input handling**

- **Parameterized queries** or a query builder, never string concatenation; avoid shell commands, and sanitise NoSQL filters.
- Validate input against a schema (zod, JSON Schema): types, lengths, allowlists, and a maximum body size.
- Guard against **SSRF** when fetching user-supplied URLs: allowlist hosts and block internal ranges, including the cloud metadata address \`169.254.169.254\`.

**Authentication and sessions**

- Hash passwords with **Argon2id** or bcrypt, offer **MFA**, and rate-limit and monitor login attempts.
- Session cookies are \`HttpOnly\`, \`Secure\` and \`SameSite\`; state-changing requests authenticated by cookies need **CSRF** protection. For JWTs, pin the algorithm, verify the signature, \`exp\`, \`iss\` and \`aud\`, and keep them short-lived.

**Transport, secrets and privilege**

- **TLS** everywhere, **HSTS** at the edge, and security headers (for example via \`helmet\`).
- Secrets in a **secrets manager**, rotated, never in the repository or logs.
- **Least privilege**: the application's database user can't drop tables, and each service gets narrowly scoped IAM roles.

**Abuse and availability:** rate limits, pagination caps, timeouts and payload limits, so one client can't exhaust resources.

**Supply chain:** lockfiles, **dependency scanning** (\`npm audit\`, Dependabot), minimal container images, and prompt patching of known CVEs.

**Errors and logging:** generic error messages to clients with no stack traces, and structured **audit logs** of security events (logins, permission changes) without secrets or personal data, with alerts on anomalies.

Finally, make it part of the process: threat modelling for new features, static and dynamic scanning in CI, and periodic penetration tests.`,
    keyPoints: [
      {
        label: "Object-level authorization on every request (BOLA/IDOR)",
        terms: ["bola", "idor", "object-level", "access control", "deny by default"],
      },
      {
        label: "Parameterized queries and schema validation against injection",
        terms: ["parameterized", "prepared statement", "sql injection", "input validation"],
      },
      {
        label: "Strong password hashing, MFA and login rate limits",
        terms: ["argon2", "bcrypt", "password hashing", "mfa"],
      },
      {
        label: "Secure cookies, CSRF protection and strict JWT validation",
        terms: ["httponly", "samesite", "csrf", "jwt"],
      },
      {
        label: "TLS, HSTS and security headers at the edge",
        terms: ["tls", "hsts", "security headers", "helmet"],
      },
      {
        label: "Secrets management and least privilege",
        terms: ["least privilege", "secrets manager", "secret rotation", "vault"],
      },
      {
        label: "Dependency scanning and patching",
        terms: ["npm audit", "dependabot", "dependency scanning", "cve", "supply chain"],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Coding
  // ---------------------------------------------------------------------------
  {
    slug: "redis-distributed-lock-fencing",
    title: "Implement a distributed lock with Redis and fencing tokens",
    prompt: `Several worker instances process jobs, and only one of them may work on a given job at a time. Implement a distributed lock on Redis in TypeScript, with \`acquire\` and \`release\`.

Then tell me what happens if the lock holder stalls, say for a long garbage-collection pause, and its lock expires while it is still working. How do fencing tokens fix that?`,
    level: "advanced",
    kind: "coding",
    topics: ["distributed-systems", "concurrency-async"],
    suggestedMinutes: 25,
    sampleAnswer: `**Acquire** with one atomic command, \`SET key value NX PX ttl\`: set only if absent, with an expiry so a crashed holder can't block everyone forever. The value is a random **owner token** so only the holder can release. **Release** must compare and delete atomically, which needs a Lua script: a plain \`DEL\` could remove a lock someone else acquired after ours expired.

\`\`\`ts
import { randomUUID } from "node:crypto";
import type Redis from "ioredis";

// Take the lock only if free, and issue the next fencing token in the same step.
const ACQUIRE = \`
if redis.call("SET", KEYS[1], ARGV[1], "NX", "PX", ARGV[2]) then
  return redis.call("INCR", KEYS[2])
end
return 0\`;

// Delete only if we still own the lock.
const RELEASE = \`
if redis.call("GET", KEYS[1]) == ARGV[1] then
  return redis.call("DEL", KEYS[1])
end
return 0\`;

export async function acquire(redis: Redis, name: string, ttlMs: number) {
  const owner = randomUUID();
  // Hash tags keep both keys in one slot on Redis Cluster.
  const keys = [\`lock:{\${name}}\`, \`fence:{\${name}}\`];
  const fence = Number(await redis.eval(ACQUIRE, 2, ...keys, owner, ttlMs));
  return fence > 0 ? { owner, fence } : null;
}

export async function release(redis: Redis, name: string, owner: string) {
  return (await redis.eval(RELEASE, 1, \`lock:{\${name}}\`, owner)) === 1;
}
\`\`\`

**Why fencing tokens?** A TTL lock is a lease, not a guarantee. Worker A takes the lock, then stalls in a long **GC pause** or a paused VM. The lease expires, B acquires it and starts writing, and A wakes up still believing it holds the lock. Checking first doesn't help: A can pause between the check and the write.

So the **protected resource** must enforce order. Each acquire returns a **monotonically increasing** token, and the storage rejects any write whose token is older than the **highest token** it has seen:

\`\`\`sql
UPDATE accounts SET balance = $1, last_fence = $2
WHERE id = $3 AND last_fence <= $2;  -- 0 rows: a newer holder exists, abort
\`\`\`

- Choose a TTL well above normal work time, and **renew** it from a watchdog with an "extend if still owner" script for long jobs.
- A Redis primary with asynchronous replication can lose a lock on **failover**. **Redlock** is debated because it still relies on timing assumptions; when correctness matters, combine fencing with **etcd**, **ZooKeeper** or a database lock.
- If the lock only avoids duplicate work, plain \`SET NX PX\` is enough.`,
    keyPoints: [
      {
        label: "Atomic acquire with SET NX and an expiry",
        terms: ["set nx", "nx px", "set if not exists", "expiry", "ttl"],
      },
      {
        label: "Unique owner token and compare-and-delete release",
        terms: ["owner token", "compare-and-delete", "lua script", "random value", "uuid"],
      },
      {
        label: "Process pauses let a stale holder keep working",
        terms: ["gc pause", "garbage collection", "process pause", "stale lock", "lease expires"],
      },
      {
        label: "Fencing tokens are monotonically increasing",
        terms: ["fencing token", "monotonic", "monotonically increasing", "incr"],
      },
      {
        label: "The protected resource rejects older tokens",
        terms: ["highest token", "older token", "conditional update", "reject stale"],
      },
      {
        label: "Lease renewal for long-running work",
        terms: ["renew", "watchdog", "extend the lock", "heartbeat"],
      },
      {
        label: "Failover risk, Redlock debate, consensus stores",
        terms: ["redlock", "failover", "etcd", "zookeeper", "consensus"],
      },
    ],
  },
  {
    slug: "lru-cache-implementation",
    title: "Implement an LRU cache",
    prompt: `Implement an LRU cache in TypeScript with \`get(key)\` and \`set(key, value)\`, both in O(1) time, that evicts the least recently used entry once it reaches its capacity.

Then tell me how you'd add per-entry TTLs, and what changes when a cache like this sits in front of a database in a service running on several instances.`,
    level: "advanced",
    kind: "coding",
    topics: ["caching", "concurrency-async"],
    suggestedMinutes: 20,
    sampleAnswer: `O(1) lookup plus O(1) recency tracking means a **hash map** from key to node plus a **doubly linked list** ordered by recency: the head is the most recently used entry, the tail is the next to evict. Every \`get\` or \`set\` moves the node to the head; when full, evict the tail.

\`\`\`ts
type Entry<K, V> = { key: K; value: V; prev?: Entry<K, V>; next?: Entry<K, V> };

export class LRUCache<K, V> {
  private map = new Map<K, Entry<K, V>>();
  private head?: Entry<K, V>; // most recent
  private tail?: Entry<K, V>; // least recent

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new RangeError("capacity must be at least 1");
  }

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.moveToHead(e);
    return e.value;
  }

  set(key: K, value: V): void {
    const existing = this.map.get(key);
    if (existing) {
      existing.value = value;
      this.moveToHead(existing);
      return;
    }
    if (this.map.size === this.capacity && this.tail) {
      this.map.delete(this.tail.key);
      this.unlink(this.tail);
    }
    const e: Entry<K, V> = { key, value };
    this.map.set(key, e);
    this.pushHead(e);
  }

  private moveToHead(e: Entry<K, V>) {
    if (e === this.head) return;
    this.unlink(e);
    this.pushHead(e);
  }

  private unlink(e: Entry<K, V>) {
    if (e.prev) e.prev.next = e.next; else this.head = e.next;
    if (e.next) e.next.prev = e.prev; else this.tail = e.prev;
    e.prev = e.next = undefined;
  }

  private pushHead(e: Entry<K, V>) {
    e.next = this.head;
    if (this.head) this.head.prev = e;
    this.head = e;
    if (!this.tail) this.tail = e;
  }
}
\`\`\`

In JavaScript a plain \`Map\` also works, because it iterates in **insertion order**: \`delete\` then \`set\` moves a key to the end, and \`map.keys().next().value\` is the least recently used key.

**TTLs:** store \`expiresAt\` on each entry and check it in \`get\` (**lazy expiration**), treating an expired entry as a miss and removing it; optionally sweep periodically so unread keys don't hold memory.

**In front of a database, on several instances:**

- Each instance has its own copy, so after a write the others serve **stale** data until the TTL expires. Keep TTLs short or broadcast invalidations over **Redis pub/sub**.
- Bound memory by bytes, not just entry count.
- In a multi-threaded runtime \`get\` mutates the list, so it needs a **lock**; libraries like Caffeine use W-TinyLFU, which beats plain LRU hit rates.`,
    keyPoints: [
      {
        label: "Hash map plus doubly linked list for O(1) operations",
        terms: ["doubly linked list", "linked list", "hash map", "o(1)"],
      },
      {
        label: "Accessed entries move to the most-recent end",
        terms: ["move to head", "move to front", "most recently used", "recency"],
      },
      {
        label: "Evict the least recently used entry at capacity",
        terms: ["evict", "least recently used", "tail", "eviction"],
      },
      {
        label: "Map insertion order as a JavaScript shortcut",
        terms: ["insertion order", "map.keys", "delete and re-insert"],
      },
      {
        label: "TTL with lazy expiration",
        terms: ["ttl", "expiresat", "lazy expiration", "expired entry"],
      },
      {
        label: "Per-instance caches go stale; invalidate across instances",
        terms: ["stale", "invalidation", "pub/sub", "per-instance"],
      },
      {
        label: "Thread safety in multi-threaded runtimes",
        terms: ["thread-safe", "mutex", "lock", "single-threaded"],
      },
    ],
  },
  {
    slug: "transactional-outbox-publisher",
    title: "Write a transactional outbox publisher",
    prompt: `When an order is created we insert it into Postgres and publish an \`OrderCreated\` event to Kafka. Explain why doing both directly in the request handler is unsafe, then implement the transactional outbox pattern: the write side and a relay process that publishes the events.

Use TypeScript and SQL, and assume a \`broker.publish(topic, key, payload)\` function and a \`withTx\` helper that runs a callback inside a database transaction.`,
    level: "advanced",
    kind: "coding",
    topics: ["messaging-queues", "transactions", "databases-sql"],
    suggestedMinutes: 25,
    sampleAnswer: `**It's a dual write.** If the handler commits to Postgres and then publishes, a crash or broker outage in between loses the event; publishing first can announce an order that later rolls back. The database and the broker can't share a transaction.

**Outbox:** insert the event into an \`outbox\` table **in the same transaction** as the business change, so both commit or neither does. A separate **relay** publishes unpublished rows.

\`\`\`sql
CREATE TABLE outbox (
  id           bigserial PRIMARY KEY,
  aggregate_id text NOT NULL,
  topic        text NOT NULL,
  payload      jsonb NOT NULL,
  published_at timestamptz
);
CREATE INDEX outbox_pending ON outbox (id) WHERE published_at IS NULL;
\`\`\`

\`\`\`ts
export async function createOrder(pool: Pool, input: NewOrder) {
  return withTx(pool, async (tx) => {
    const { rows } = await tx.query(
      "INSERT INTO orders (customer_id, total) VALUES ($1, $2) RETURNING id",
      [input.customerId, input.total],
    );
    const orderId = rows[0].id;
    await tx.query(
      "INSERT INTO outbox (aggregate_id, topic, payload) VALUES ($1, 'orders', $2)",
      [orderId, { type: "OrderCreated", orderId, total: input.total }],
    );
    return orderId;
  });
}

async function relayBatch(pool: Pool, broker: Broker): Promise<number> {
  return withTx(pool, async (tx) => {
    const { rows } = await tx.query(\`
      SELECT id, aggregate_id, topic, payload FROM outbox
      WHERE published_at IS NULL
      ORDER BY id LIMIT 100
      FOR UPDATE SKIP LOCKED\`);
    for (const e of rows) {
      await broker.publish(e.topic, e.aggregate_id, { eventId: e.id, ...e.payload });
    }
    if (rows.length > 0) {
      await tx.query("UPDATE outbox SET published_at = now() WHERE id = ANY($1)", [
        rows.map((e) => e.id),
      ]);
    }
    return rows.length;
  });
}

export async function runRelay(pool: Pool, broker: Broker) {
  for (;;) {
    const sent = await relayBatch(pool, broker);
    if (sent === 0) await new Promise((r) => setTimeout(r, 500));
  }
}
\`\`\`

- Delivery is **at-least-once**: if the relay publishes and crashes before committing, the batch goes out again, so consumers must be **idempotent**, deduplicating on \`eventId\`.
- \`FOR UPDATE SKIP LOCKED\` lets several relays share work, but can reorder one aggregate's events. For strict order, run one active relay or shard relays by \`aggregate_id\`; using it as the Kafka **partition key** keeps order within a partition.
- Keep batches small (the transaction is open while publishing), and purge published rows on a schedule.
- Instead of polling, **change data capture** (Debezium reading the WAL) can stream outbox rows.`,
    keyPoints: [
      {
        label: "Identifies the dual-write problem",
        terms: ["dual write", "dual-write", "not atomic", "lost event", "two systems"],
      },
      {
        label: "Event row written in the same transaction as the business change",
        terms: ["same transaction", "outbox table", "single transaction", "atomically"],
      },
      {
        label: "Separate relay polls and publishes pending rows",
        terms: ["relay", "polling", "poller", "publisher process"],
      },
      {
        label: "SKIP LOCKED lets several relays run safely",
        terms: ["skip locked", "for update", "row lock"],
      },
      {
        label: "At-least-once delivery needs idempotent consumers",
        terms: ["at-least-once", "idempotent consumer", "duplicate", "event id", "deduplicate"],
      },
      {
        label: "Per-aggregate ordering via partition key",
        terms: ["ordering", "partition key", "aggregate id", "message key"],
      },
      {
        label: "Change data capture as an alternative to polling",
        terms: ["change data capture", "cdc", "debezium", "wal"],
      },
    ],
  },
  {
    slug: "consistent-hashing-ring",
    title: "Implement consistent hashing with virtual nodes",
    prompt: `We shard a cache across several nodes with \`hash(key) % N\`, and every time we add a node nearly all keys move. Implement consistent hashing in TypeScript: a ring with \`addNode\`, \`removeNode\` and \`getNode(key)\`, using virtual nodes.

Explain roughly how many keys move when a node joins, and why virtual nodes matter.`,
    level: "advanced",
    kind: "coding",
    topics: ["distributed-systems", "scalability", "caching"],
    suggestedMinutes: 20,
    sampleAnswer: `With \`hash(key) % N\`, changing N changes almost every key's node: going from 10 to 11 nodes remaps about 10/11 of the keys, which for a cache is a near-total miss storm.

**Consistent hashing** places both nodes and keys on the same circular hash space (here 0 to 2³² − 1). A key belongs to the first node **clockwise** from its hash. A new node only takes keys from its clockwise successor, so on average only **K/N** keys move, and a removed node's keys go to its successor.

With one point per node the arcs are very uneven, and a departing node dumps all its load on one neighbour. **Virtual nodes** fix both: each physical node appears at many points (100 to 200), so load evens out, a departing node's keys spread across many nodes, and bigger machines can get more points.

\`\`\`ts
import { createHash } from "node:crypto";

function hash32(s: string): number {
  return createHash("md5").update(s).digest().readUInt32BE(0);
}

export class HashRing {
  private ring: { point: number; node: string }[] = [];

  constructor(private readonly vnodes = 160) {}

  addNode(node: string): void {
    for (let i = 0; i < this.vnodes; i++) {
      this.ring.push({ point: hash32(\`\${node}#\${i}\`), node });
    }
    this.ring.sort((a, b) => a.point - b.point);
  }

  removeNode(node: string): void {
    this.ring = this.ring.filter((v) => v.node !== node);
  }

  getNode(key: string): string | undefined {
    if (this.ring.length === 0) return undefined;
    const h = hash32(key);
    let lo = 0;
    let hi = this.ring.length;
    while (lo < hi) {
      // first point >= h
      const mid = (lo + hi) >>> 1;
      if (this.ring[mid]!.point < h) lo = mid + 1;
      else hi = mid;
    }
    return this.ring[lo % this.ring.length]!.node; // wrap around
  }
}
\`\`\`

- Lookup is a **binary search** over sorted points: O(log V) for V virtual nodes. Re-sorting in \`addNode\` is fine because membership changes rarely.
- MD5 is used for spread, not security; MurmurHash or xxHash are faster choices.
- For **replication**, keep walking clockwise until you have R distinct physical nodes (Dynamo's preference list).
- Alternatives: **rendezvous hashing**, **jump consistent hash** for numbered shards, and Redis Cluster's 16,384 fixed **hash slots**, which turn rebalancing into explicit slot moves.`,
    keyPoints: [
      {
        label: "Modulo hashing remaps most keys when N changes",
        terms: ["modulo", "mod n", "remap", "most keys move", "rehash"],
      },
      {
        label: "Keys map to the next node clockwise on a hash ring",
        terms: ["hash ring", "clockwise", "successor", "circle"],
      },
      {
        label: "Only about K/N keys move on membership change",
        terms: ["k/n", "1/n", "fraction of the keys", "minimal remapping"],
      },
      {
        label: "Virtual nodes balance load and spread failover",
        terms: ["virtual node", "vnode", "uneven load", "weight"],
      },
      {
        label: "Binary search over sorted ring points",
        terms: ["binary search", "sorted array", "o(log", "treemap"],
      },
      {
        label: "Replication by walking to distinct successors",
        terms: ["replication", "preference list", "distinct physical nodes", "replica"],
      },
      {
        label: "Knows alternatives such as rendezvous hashing or hash slots",
        terms: ["rendezvous hashing", "jump consistent hash", "hash slot", "highest random weight"],
      },
    ],
  },

  // ---------------------------------------------------------------------------
  // Design
  // ---------------------------------------------------------------------------
  {
    slug: "chat-system",
    title: "Design a chat system",
    prompt: `Design a chat system like WhatsApp or Slack direct messages: one-to-one and small group conversations, online presence, and message history that syncs across a user's devices. Assume 50 million daily active users.

Focus on how a message gets from sender to recipient in real time, how you guarantee ordering and no lost messages, and what happens when the recipient is offline.`,
    level: "advanced",
    kind: "design",
    topics: ["system-design", "concurrency-async", "scalability"],
    suggestedMinutes: 45,
    sampleAnswer: `**Requirements:** one-to-one and group chats (up to a few hundred members), delivered and read receipts, presence, history synced across devices, push when offline. Non-functional: a few hundred milliseconds end to end, no lost messages, consistent order within a conversation. At 50M DAU, expect 10M or more concurrent connections at peak.

**Connections:** clients keep a **WebSocket** to a fleet of **gateway** servers behind an L4 load balancer. Gateways only hold sockets (event-loop I/O handles 100k+ connections each). A **connection registry** in Redis maps each user's devices to their gateway, with a TTL refreshed by heartbeats.

**Send path**

1. The client sends \`{ conversationId, clientMsgId, body }\`.
2. The chat service assigns a **per-conversation sequence number** (all writes for a conversation go through one partition owner or an atomic counter), persists the message, and only then **acks** the sender with the sequence. The \`clientMsgId\` makes resends **idempotent**.
3. Fan-out: for each recipient device, look up its gateway and route the message through **pub/sub** or a per-gateway Kafka topic; the gateway pushes it down the socket.
4. Offline devices get a **push notification** (APNs/FCM). Push is best-effort, so correctness comes from **sync**: on reconnect, a device asks for each conversation's messages after the last sequence number it has stored.

**Storage:** messages in a wide-column store (Cassandra or ScyllaDB) with partition key \`conversation_id\` (plus a time bucket for very large conversations), clustered by \`seq\` descending: write-heavy, read by recent range. Users, groups and memberships live in a relational database.

**Ordering and receipts:** clients sort by \`seq\`, never by device clocks. A read receipt is a per-user **read cursor** (\`last_read_seq\`) per conversation, not a flag on every message.

**Presence:** heartbeats refresh a short-TTL key; changes are published only to users who currently have that contact on screen, and throttled, because presence fan-out is expensive for little value.

**Trade-offs:** fan-out on write suits small groups; huge channels switch to fan-out on read. End-to-end encryption (the Signal protocol) hides message content from the server but keeps this routing design.`,
    keyPoints: [
      {
        label: "Persistent WebSocket connections to gateway servers",
        terms: ["websocket", "persistent connection", "gateway", "long polling"],
      },
      {
        label: "Connection registry routes messages to the right gateway",
        terms: ["connection registry", "session registry", "pub/sub", "routing"],
      },
      {
        label: "Per-conversation sequence numbers define order",
        terms: ["sequence number", "per-conversation", "monotonic", "ordering"],
      },
      {
        label: "Persist before ack; client message ids make retries idempotent",
        terms: ["client message id", "clientmsgid", "acknowledgement", "ack", "idempotent"],
      },
      {
        label: "Offline delivery via push plus sync from the last sequence",
        terms: ["push notification", "offline", "sync", "last sequence", "cursor"],
      },
      {
        label: "Messages stored partitioned by conversation",
        terms: ["cassandra", "wide-column", "partition key", "conversation_id", "scylladb"],
      },
      {
        label: "Presence from heartbeats with TTLs",
        terms: ["presence", "heartbeat", "last seen", "ttl"],
      },
    ],
    designOutline: `- **Requirements:** one-to-one and group chat, receipts, presence, multi-device history, push when offline; 50M DAU, low latency, no loss, per-conversation order.
- **Core entities:** User, Device, Conversation, Membership, Message, ReadCursor.
- **API:** WebSocket frames \`send\`, \`ack\`, \`message\`, \`receipt\`, \`presence\`; REST \`GET /conversations/{id}/messages?after=seq\` for sync and history.
- **Data model:** messages in Cassandra partitioned by \`conversation_id\`, clustered by \`seq\`; users, groups and memberships in SQL; connection registry and presence in Redis with TTLs.
- **High-level design:** clients to WebSocket gateways; chat service assigns sequence numbers and persists; fan-out via pub/sub to recipients' gateways; push service for offline devices.
- **Deep dive:** delivery guarantees — persist then ack, idempotent client ids, sync by last sequence after reconnect.
- **Trade-offs:** fan-out on write for small groups vs on read for large channels; presence accuracy vs fan-out cost; end-to-end encryption vs server-side search.`,
  },
  {
    slug: "distributed-job-scheduler",
    title: "Design a distributed job scheduler",
    prompt: `Design a distributed job scheduler: users submit jobs that run once at a given time or repeatedly on a cron schedule, and the system runs them on a pool of workers. Think tens of millions of scheduled jobs and thousands of executions per second.

How do you make sure a job runs on time, runs once (or explain why it can't be guaranteed), and survives worker crashes?`,
    level: "advanced",
    kind: "design",
    topics: ["system-design", "distributed-systems", "messaging-queues"],
    suggestedMinutes: 40,
    sampleAnswer: `**Requirements:** one-off and cron jobs, started within a few seconds of the due time; retries with backoff, timeouts, cancellation and run history. Scale: tens of millions of jobs, thousands of runs per second. A job says what to run: an HTTP callback, a queue message or a container.

**Components**

- **Job store** (Postgres, sharded by \`job_id\` when needed): \`jobs\` (definition, cron expression, timezone, retry policy) and \`job_runs\` (\`run_at\`, \`status\`, \`attempt\`, \`lease_until\`) with an index on \`(status, run_at)\`.
- **Dispatchers** find due runs and hand them to a queue. Several can run without double dispatch by claiming rows with \`SKIP LOCKED\`, or by owning disjoint shards through **leases** in etcd or ZooKeeper.

\`\`\`sql
UPDATE job_runs SET status = 'queued'
WHERE id IN (
  SELECT id FROM job_runs
  WHERE status = 'scheduled' AND run_at <= now()
  ORDER BY run_at
  LIMIT 500
  FOR UPDATE SKIP LOCKED
)
RETURNING id, job_id;
\`\`\`

- A **queue** (Kafka or SQS) decouples dispatch from execution and absorbs bursts.
- **Workers** pull runs, execute them with a timeout, **heartbeat** to extend their lease, and record the result.

**Cron:** when a recurring run is dispatched, compute the next \`run_at\` from the cron expression in the job's timezone (careful with daylight saving) and insert the next run in the same transaction.

**Failure handling**

- If a worker dies, its lease or the queue's **visibility timeout** expires and the run is retried. Execution is therefore **at-least-once**: a worker can perform the side effect and crash before recording it, so exactly-once execution can't be guaranteed. Each run carries a stable \`run_id\` that jobs use as an **idempotency key**.
- Retries use **exponential backoff with jitter** up to a maximum attempt count, then a dead-letter state and an alert.

**Hot spots:** everyone schedules jobs for midnight. Add jitter where users allow it, enforce **per-tenant quotas** for fairness, and keep only near-term runs in the hot table, with far-future runs in time-bucketed partitions or a **timing wheel**.

**Observability:** the key SLI is **scheduling delay** (actual start minus \`run_at\`), alongside queue lag and failure rate per job type.`,
    keyPoints: [
      {
        label: "Durable job store indexed by next run time",
        terms: ["run_at", "next run time", "next_run_at", "due jobs"],
      },
      {
        label: "Claims work without double dispatch: SKIP LOCKED, leases or shards",
        terms: ["skip locked", "lease", "leader election", "shard ownership"],
      },
      {
        label: "Queue decouples dispatch from a worker pool",
        terms: ["queue", "worker pool", "kafka", "sqs"],
      },
      {
        label: "Heartbeats and visibility timeouts recover crashed runs",
        terms: ["visibility timeout", "heartbeat", "lease expiry", "requeue"],
      },
      {
        label: "At-least-once execution with idempotent jobs",
        terms: ["at-least-once", "idempotent", "idempotency key", "exactly-once"],
      },
      {
        label: "Retries with backoff and a dead-letter state",
        terms: ["exponential backoff", "max attempts", "dead-letter", "dlq"],
      },
      {
        label: "Handles hot spots with jitter and per-tenant fairness",
        terms: ["jitter", "thundering herd", "per-tenant", "fairness", "timing wheel"],
      },
    ],
    designOutline: `- **Requirements:** one-off and cron jobs, start within seconds of due time, retries, timeouts, cancellation, history; tens of millions of jobs, thousands of runs per second.
- **Core entities:** Job (definition, schedule, retry policy), JobRun (run_at, status, attempt, lease), Worker.
- **API:** \`POST /jobs\` (payload, \`runAt\` or \`cron\`, timezone, retry policy), \`DELETE /jobs/{id}\`, \`GET /jobs/{id}/runs\`.
- **Data model:** \`jobs\` and \`job_runs\` in Postgres sharded by job id, index on \`(status, run_at)\`; far-future runs in time-bucketed partitions.
- **High-level design:** API to job store; dispatchers claim due runs (SKIP LOCKED or shard leases) and enqueue; workers pull, heartbeat, record results; next cron run inserted on dispatch.
- **Deep dive:** crash recovery — leases and visibility timeouts, at-least-once execution, run ids as idempotency keys, backoff and dead-lettering.
- **Trade-offs:** polling a database vs timing wheels; at-least-once vs the impossibility of exactly-once; fairness quotas vs raw throughput.`,
  },
  {
    slug: "payment-system-exactly-once",
    title: "Design a payment system with exactly-once effects",
    prompt: `Design the payment service for an e-commerce platform. It receives a checkout request, charges the customer through an external payment provider such as Stripe or Adyen, and records the result. Networks fail, and clients and services retry.

How do you make sure a customer is never charged twice, and every charge is accounted for, even when requests, the provider, or your own service fail halfway through?`,
    level: "advanced",
    kind: "design",
    topics: ["system-design", "transactions", "apis"],
    suggestedMinutes: 45,
    sampleAnswer: `**Framing:** exactly-once *delivery* is impossible over unreliable networks. What we can guarantee is **exactly-once effects**: at-least-once retries made safe by **idempotency**, a durable state machine, and reconciliation as the safety net.

**API:** \`POST /v1/payments\` with an \`Idempotency-Key\` header (one per checkout attempt), the order id, the amount in **integer minor units** with a currency, and a card token from the provider's hosted fields. We never handle raw card numbers, which keeps **PCI DSS** scope small.

**Flow**

1. Insert a \`payments\` row under a **unique constraint** on the idempotency key, status \`CREATED\`. A retry hits the constraint and gets the stored result, or \`409\` while the first attempt is still running.
2. Move to \`PROCESSING\` and commit **before** calling the provider, so a crash leaves a record of the attempt.
3. Call the provider with **our payment id as its idempotency key** (Stripe and Adyen both support this), so our own retries can't create a second charge.
4. On success or decline, move to \`SUCCEEDED\` or \`FAILED\` and, in the same transaction, write **ledger entries** and an **outbox** event for fulfilment.
5. On a timeout the outcome is **unknown**: never assume failure. Retry with the same key or query the provider for the status; a recovery job sweeps payments stuck in \`PROCESSING\`.

**Webhooks** from the provider are signature-verified, deduplicated by event id, and applied as state transitions. Transitions only move forward, so late or duplicate events are harmless.

**Ledger:** **double-entry** and **append-only**: every movement is a set of debits and credits that sum to zero, corrections are new entries rather than updates, and balances are derived from entries.

**Reconciliation:** every day, compare the provider's settlement reports with the ledger. Mismatches, such as a charge we have no record of or a payment stuck in \`PROCESSING\`, go to an exception queue for investigation. This catches whatever the online path missed.

**Storage:** a relational database with ACID transactions and row locks on the payment being updated. This domain favours consistency over availability: rejecting a payment is far cheaper than charging twice.`,
    keyPoints: [
      {
        label: "Idempotency keys enforced by a unique constraint",
        terms: ["idempotency key", "idempotency-key", "unique constraint", "idempotent"],
      },
      {
        label: "Exactly-once effects, not exactly-once delivery",
        terms: ["exactly-once", "at-least-once", "effectively once"],
      },
      {
        label: "Durable state machine recorded before calling the provider",
        terms: ["state machine", "processing", "before calling", "pending"],
      },
      {
        label: "Unknown outcomes resolved by status checks and webhooks",
        terms: ["unknown", "timeout", "webhook", "query the provider"],
      },
      {
        label: "Double-entry, append-only ledger",
        terms: ["double-entry", "ledger", "append-only", "immutable"],
      },
      {
        label: "Reconciliation against provider settlement reports",
        terms: ["reconciliation", "reconcile", "settlement"],
      },
      {
        label: "Money in minor units; card data tokenized for PCI scope",
        terms: ["minor units", "integer cents", "pci", "tokeniz"],
      },
    ],
    designOutline: `- **Requirements:** charge through an external provider, never double-charge, never lose a charge, full audit trail; strong consistency over availability.
- **Core entities:** Payment (state machine), IdempotencyRecord, LedgerEntry, ProviderEvent (webhook), OutboxEvent.
- **API:** \`POST /v1/payments\` with \`Idempotency-Key\`, order id, amount in minor units, currency and card token; \`GET /v1/payments/{id}\`; webhook endpoint for the provider.
- **Data model:** \`payments\` with a unique idempotency key and status; append-only double-entry \`ledger_entries\`; \`outbox\` for downstream events; all in one relational database.
- **High-level design:** API to payment service to provider; state persisted before and after each external call; webhooks and a recovery job resolve unknown outcomes; outbox notifies fulfilment.
- **Deep dive:** idempotency end to end — client key, unique constraint, our id as the provider's idempotency key, forward-only state transitions, deduplicated webhooks.
- **Trade-offs:** synchronous charge vs asynchronous confirmation; strict consistency costs availability; daily reconciliation as the final safety net.`,
  },
  {
    slug: "news-feed",
    title: "Design a social network news feed",
    prompt: `Design the home feed for a social network like X or Instagram: users follow other users, and opening the app shows recent posts from the people they follow, newest first. Assume 200 million daily active users, and some accounts have tens of millions of followers.

How do you build feeds that load quickly, and what do you do about celebrity accounts?`,
    level: "advanced",
    kind: "design",
    topics: ["system-design", "caching", "scalability"],
    suggestedMinutes: 45,
    sampleAnswer: `**Requirements:** post, follow, and read a reverse-chronological home feed with pagination, with feed reads in about 200 ms. Reads far outnumber writes, and a post may take a few seconds to appear in feeds, so we can trade consistency for speed.

**Two basic approaches**

- **Fan-out on write (push):** when a user posts, workers insert the post id into every follower's precomputed feed, so a read is a single fetch. The cost lands on writes: a celebrity with 50M followers means 50M inserts per post.
- **Fan-out on read (pull):** at read time, gather recent posts from everyone the user follows and merge them. Writes are cheap, but reads are slow for users who follow thousands of accounts.

**Hybrid:** push for ordinary authors; for **celebrity** accounts above a follower threshold, skip fan-out and merge their recent posts in at read time (there are few of them and their posts are heavily cached). Also skip fan-out to inactive users and rebuild their feed when they return.

**Components**

- **Post service** stores posts (sharded by post id; **Snowflake-style ids** are time-sortable) and emits an event to Kafka.
- **Fan-out workers** read followers from the social graph store (sharded by user id) and append to feeds asynchronously.
- **Feed cache:** a Redis **sorted set** per user holding only post ids scored by time, trimmed to the newest ~800.
- **Read path:** fetch ids from the feed, merge in celebrity posts, **hydrate** them with a multi-get from the post and user caches, filter deleted or blocked content, and return a **cursor** (the last post id) for the next page.

Media lives in object storage behind a CDN; like and reply counters are updated asynchronously and cached separately.

**Trade-offs:** storing ids rather than whole posts keeps edits and deletes cheap and the cache small; cursor pagination stays stable while new posts arrive, unlike offsets; and a ranking stage can later reorder candidates without changing how they're gathered. The feed cache can always be rebuilt from the source stores, so losing it costs latency, not data.`,
    keyPoints: [
      {
        label: "Fan-out on write precomputes feeds",
        terms: ["fan-out on write", "fanout on write", "push model", "precompute"],
      },
      {
        label: "Fan-out on read merges at request time",
        terms: ["fan-out on read", "fanout on read", "pull model", "merge at read"],
      },
      {
        label: "Hybrid approach for celebrity accounts",
        terms: ["celebrity", "hybrid", "high follower", "hot users"],
      },
      {
        label: "Feed cache of post ids in Redis sorted sets",
        terms: ["sorted set", "post ids", "feed cache", "redis"],
      },
      {
        label: "Hydrate ids from post and user caches",
        terms: ["hydrate", "hydration", "multi-get", "post cache"],
      },
      {
        label: "Cursor pagination over time-sortable ids",
        terms: ["cursor", "snowflake", "time-sortable", "keyset"],
      },
      {
        label: "Asynchronous fan-out workers fed by a queue",
        terms: ["fan-out workers", "kafka", "asynchronous", "queue"],
      },
    ],
    designOutline: `- **Requirements:** post, follow, reverse-chronological home feed with pagination; 200M DAU, reads in ~200 ms, read-heavy, seconds of staleness acceptable; accounts with tens of millions of followers.
- **Core entities:** User, Post, Follow edge, Feed (list of post ids per user).
- **API:** \`POST /posts\`, \`POST /users/{id}/follow\`, \`GET /feed?cursor=...&limit=20\`.
- **Data model:** posts sharded by post id (Snowflake ids); follower and followee lists sharded by user id; per-user Redis sorted set of post ids trimmed to ~800.
- **High-level design:** post service emits events to Kafka; fan-out workers append to followers' feeds; feed service reads ids, merges celebrity posts, hydrates from caches; media via CDN.
- **Deep dive:** the celebrity problem — hybrid push/pull with a follower threshold, skipping inactive users.
- **Trade-offs:** write amplification vs read latency; ids-only cache vs denormalized posts; chronological vs ranked feed.`,
  },
  {
    slug: "metrics-logging-pipeline",
    title: "Design a metrics and logging pipeline",
    prompt: `Design an observability pipeline that collects logs and metrics from about 5,000 service instances, lets engineers search recent logs and graph metrics on dashboards, and fires alerts within a minute of a problem starting.

Walk me through collection, transport, storage and querying, and tell me how you'd keep cost and cardinality under control.`,
    level: "advanced",
    kind: "design",
    topics: ["observability", "system-design", "messaging-queues"],
    suggestedMinutes: 40,
    sampleAnswer: `**Estimate first.** 5,000 instances × 200 log lines/s × 500 bytes is about 500 MB/s, roughly 43 TB of raw logs a day before compression. For metrics, 5,000 × 2,000 series is 10M active series scraped every 15 s. Logs and metrics have different shapes, so they get different stores.

**Collection:** an agent on each node (OpenTelemetry Collector, Fluent Bit or Vector) tails **structured JSON logs** that carry a \`trace_id\`, adds metadata (service, pod, region), and buffers to local disk when downstream is slow. Metrics are scraped Prometheus-style or pushed over OTLP.

**Transport:** logs flow through **Kafka**, partitioned by service, as a durable **buffer**. It absorbs spikes (incidents produce far more logs), lets storage be down for maintenance, and supports several consumers: indexer, archiver, security tooling.

**Processing:** stream consumers parse, **redact** secrets and personal data, drop or **sample** noisy debug logs, and derive counters from logs where useful.

**Storage**

- **Logs:** a hot tier for 7 to 14 days: Elasticsearch or OpenSearch (full-text inverted index), Loki (indexes only labels, keeps chunks in object storage, much cheaper) or ClickHouse (columnar, fast aggregation). Everything is also archived to **object storage** for long **retention** and rehydrated on demand.
- **Metrics:** a horizontally scalable **time-series database** (Prometheus with Thanos or Mimir, or VictoriaMetrics), with **downsampling** to 5-minute and 1-hour resolution for long-term trends.

**Cardinality:** each unique label combination is a separate series. Ban unbounded labels (user id, request id, raw URL) on metrics, enforce per-team series limits, and keep high-cardinality detail in logs and traces.

**Alerting:** evaluate rules on metrics every 15 to 30 seconds rather than searching logs, alert on SLO **burn rate**, and route through Alertmanager for deduplication, grouping and on-call routing. That meets the one-minute target.

**Querying:** Grafana over both stores, linking from a metric spike to the logs and traces for the same time window and \`trace_id\`.

**Meta-monitoring:** the pipeline's own health (ingest lag, dropped events) is watched by a separate, simple system with a **dead man's switch**, because a broken monitoring system looks like silence.`,
    keyPoints: [
      {
        label: "Agents collect structured logs and metrics",
        terms: ["agent", "opentelemetry", "fluent bit", "structured logs", "collector"],
      },
      {
        label: "Kafka as a durable buffer between producers and storage",
        terms: ["kafka", "buffer", "backpressure", "decouple"],
      },
      {
        label: "Separate stores: time-series DB for metrics, log store for logs",
        terms: ["time-series database", "tsdb", "prometheus", "elasticsearch", "loki"],
      },
      {
        label: "Tiered retention with object storage and downsampling",
        terms: ["retention", "object storage", "hot tier", "downsampling", "cold storage"],
      },
      {
        label: "Controls metric label cardinality",
        terms: ["cardinality", "high-cardinality", "label", "series limit"],
      },
      {
        label: "Alerts evaluated on metrics, routed with dedup",
        terms: ["burn rate", "alertmanager", "alert rule", "slo"],
      },
      {
        label: "Cost control through sampling and redaction",
        terms: ["sampling", "redact", "redaction", "drop debug"],
      },
    ],
    designOutline: `- **Requirements:** logs and metrics from ~5,000 instances; search recent logs; dashboards; alerts within a minute; long-term retention at controlled cost.
- **Core entities:** LogRecord (timestamp, service, level, trace id, fields), MetricSeries (name plus labels), AlertRule, Dashboard.
- **API:** OTLP and Prometheus scrape for ingestion; LogQL/PromQL-style query APIs behind Grafana; alert rule configuration as code.
- **Data model:** logs in a label- or index-based hot store plus object storage archive; metrics in a TSDB with downsampled rollups; retention per tier.
- **High-level design:** node agents, then Kafka buffer, then processors (parse, redact, sample), then log store and archive; metrics scraped into a scalable TSDB; alert evaluator and Alertmanager.
- **Deep dive:** cardinality and cost — label limits, sampling, Loki-style label indexing, tiered retention.
- **Trade-offs:** full-text indexing vs cheap label indexing; sampling vs completeness; push vs pull for metrics.`,
  },

  // ---------------------------------------------------------------------------
  // Concept
  // ---------------------------------------------------------------------------
  {
    slug: "sagas-vs-two-phase-commit",
    title: "Distributed transactions: two-phase commit vs sagas",
    prompt: `Placing an order touches three services, each with its own database: Orders, Inventory and Payments. How do you keep them consistent without a single ACID transaction?

Compare two-phase commit with the saga pattern, and explain what happens when a step fails halfway through.`,
    level: "advanced",
    kind: "concept",
    topics: ["transactions", "distributed-systems", "messaging-queues"],
    suggestedMinutes: 12,
    sampleAnswer: `**Two-phase commit (2PC)** gives atomicity across participants. A coordinator asks each participant to **prepare**: it durably records the change, keeps its locks, and votes yes or no. If every vote is yes, the coordinator logs the decision and tells everyone to **commit**; otherwise it tells them to abort.

Across microservices it's a poor fit:

- It's **blocking**: if the coordinator dies after participants vote yes, they stay **in doubt**, holding locks, until it recovers.
- Availability is the product of every participant's availability, and each transaction holds locks across extra round trips.
- Every participant must support it (XA); Kafka, most NoSQL stores and third-party APIs such as a payment provider don't.

2PC works well *inside* one database system (Spanner runs it over replicated Paxos groups so a coordinator failure doesn't block), but rarely between services.

**A saga** splits the business transaction into a sequence of **local transactions**, each committed in one service, and defines a **compensating transaction** for each step:

1. Orders: create the order as \`PENDING\`.
2. Inventory: reserve stock.
3. Payments: charge the card.
4. Orders: mark it \`CONFIRMED\`.

If the charge fails, compensations run in reverse: release the stock, mark the order \`CANCELLED\`. Compensation is semantic, not a rollback; a completed charge is undone with a refund.

**Coordination styles**

- **Choreography:** each service reacts to the previous service's events. Loosely coupled, but the flow is implicit and hard to follow beyond a few steps.
- **Orchestration:** an orchestrator (a state machine, or a workflow engine such as Temporal or AWS Step Functions) sends commands and tracks progress. Easier to reason about, monitor and change.

**What you must handle**

- **No isolation**: other requests can see intermediate states. Use **semantic locks** (the \`PENDING\` status), commutative updates, and put the steps most likely to fail, or impossible to undo, last.
- Steps and compensations must be **idempotent** and retryable, because messages arrive **at least once**; a compensation must eventually succeed.
- Each step's state change and outgoing message must be atomic, which is what the **transactional outbox** provides.

Rule of thumb: sagas for business workflows across services, 2PC only within one tightly coupled system.`,
    keyPoints: [
      {
        label: "2PC: prepare and commit phases run by a coordinator",
        terms: ["two-phase commit", "2pc", "prepare phase", "coordinator", "xa"],
      },
      {
        label: "2PC blocks and holds locks if the coordinator fails",
        terms: ["blocking", "in doubt", "coordinator crash", "holds locks", "coordinator fails"],
      },
      {
        label: "Saga: local transactions with compensating actions",
        terms: ["saga", "compensating transaction", "compensation", "local transaction"],
      },
      {
        label: "Choreography vs orchestration",
        terms: ["choreography", "orchestration", "orchestrator", "temporal"],
      },
      {
        label: "Sagas lack isolation; counter with semantic locks",
        terms: ["lack of isolation", "no isolation", "semantic lock", "intermediate state", "pending"],
      },
      {
        label: "Idempotent, retryable steps published via an outbox",
        terms: ["idempotent", "outbox", "at least once", "retryable"],
      },
    ],
  },
  {
    slug: "lsm-tree-vs-b-tree",
    title: "B-trees vs LSM trees for storage and indexing",
    prompt: `Most relational databases store tables and indexes in B-trees, while Cassandra, RocksDB and ScyllaDB use LSM trees. How does each structure work, and what are the trade-offs between them?

Which would you choose for an ingest-heavy workload writing 200,000 events per second, and why?`,
    level: "advanced",
    kind: "concept",
    topics: ["indexing", "databases-sql"],
    suggestedMinutes: 12,
    sampleAnswer: `**B-trees** store data in fixed-size pages (8 KB in Postgres, 16 KB in InnoDB) arranged as a balanced tree. Each page holds hundreds of keys, so the **fanout** is high and even billions of rows sit three or four levels deep. Updates happen **in place**: find the leaf page and modify it, after first recording the change in the **write-ahead log** for crash recovery. A full page **splits** in two.

- Reads are predictable: each key lives in exactly one place, and range scans walk neighbouring leaves.
- Writes cause **random I/O**, and a small change dirties a whole page (plus WAL records, and in Postgres a full-page image on its first change after each checkpoint), so **write amplification** is significant.

**LSM trees** (log-structured merge trees) never update in place:

1. A write is appended to a commit log for durability and inserted into an in-memory sorted **memtable**.
2. When the memtable fills, it's flushed to disk as an immutable, sorted **SSTable**: a purely **sequential write**.
3. Background **compaction** merges SSTables, keeping the newest version of each key and dropping deleted data marked by **tombstones**.

Reads check the memtable, then SSTables from newest to oldest. A **Bloom filter** per SSTable lets a point read skip files that definitely don't contain the key, and a sparse index finds the block inside a file. Still, one read may touch several files: **read amplification**.

The compaction strategy tunes this: **size-tiered** favours write throughput at the cost of space and read amplification; **leveled** keeps reads and space tight but rewrites data more often.

**Trade-offs**

- LSM: far higher write throughput, better compression and smaller files; but slower and less predictable reads, and compaction competes for disk I/O, causing latency spikes if it falls behind.
- B-tree: steady read latency and cheap range scans; the default for transactional, read-heavy workloads with many secondary indexes.

**For 200k events per second**, an append-heavy, mostly write-once workload fits an LSM store: Cassandra or ScyllaDB (with time-window compaction if data expires by TTL), or RocksDB underneath another system. If the workload needs joins and ad-hoc SQL, Postgres can still go a long way with batched inserts, time-based partitioning and BRIN indexes, or use a columnar store such as ClickHouse for analytics.`,
    keyPoints: [
      {
        label: "B-trees update fixed-size pages in place",
        terms: ["in place", "page split", "fanout", "balanced tree"],
      },
      {
        label: "Write-ahead log provides durability",
        terms: ["write-ahead log", "wal", "commit log"],
      },
      {
        label: "LSM writes go to a memtable, then immutable SSTables",
        terms: ["memtable", "sstable", "flush", "sorted string table"],
      },
      {
        label: "Compaction merges files and removes tombstones",
        terms: ["compaction", "size-tiered", "leveled", "tombstone"],
      },
      {
        label: "Bloom filters limit LSM read amplification",
        terms: ["bloom filter", "read amplification"],
      },
      {
        label: "Amplification trade-offs: sequential vs random writes",
        terms: ["write amplification", "space amplification", "sequential write", "random i/o"],
      },
      {
        label: "Picks LSM for the write-heavy ingest workload",
        terms: ["write-heavy", "ingest", "cassandra", "rocksdb", "scylladb"],
      },
    ],
  },
  {
    slug: "evolving-public-api-versioning",
    title: "Evolve a public API without breaking clients",
    prompt: `Our public REST API has thousands of third-party integrations, and we need to restructure how orders and their line items are represented. How do you evolve an API like this without breaking existing clients?

Cover what counts as a breaking change, the versioning strategies you'd consider, and how you'd actually retire the old version.`,
    level: "advanced",
    kind: "concept",
    topics: ["apis", "http-rest"],
    suggestedMinutes: 12,
    sampleAnswer: `**Know what breaks clients.** **Additive** changes are safe: new endpoints, new optional request fields, new response fields, new optional query parameters. **Breaking** changes include removing or renaming fields, changing a type or format (an id from number to string, a date format), making an optional field required, stricter validation, different defaults or semantics, new status codes or error shapes, and new enum values if clients handle them exhaustively. Publish a compatibility policy and ask clients to be **tolerant readers**: ignore unknown fields and handle unknown enum values.

**Avoid the break where you can.** Restructuring line items can often follow **expand and contract**: add the new \`lineItems\` shape alongside the old \`items\`, move clients over, and only remove the old field in a new version.

**Versioning strategies**

- **URL path** (\`/v2/orders\`): explicit and easy to route, cache and debug, but coarse; clients see a whole new API.
- **Header or media type** (\`Accept: application/vnd.acme.v2+json\`): clean URLs and finer-grained versions, but less visible and easier to get wrong.
- **Date-based versions pinned per account** (Stripe's model): each account is pinned to the version current when it integrated, and a request header lets a client opt into a newer one. The server runs one current implementation plus a chain of small transformations that convert responses back to older versions, so small breaking changes ship often without forking the code.

Whatever the scheme, keep **one domain model** and translate at the edge with versioned serializers or adapters. Separate v1 and v2 code paths double the bug surface.

**Prevent accidents:** describe the API in **OpenAPI**, diff the spec in CI to flag breaking changes (tools like \`oasdiff\`), and run **contract tests** built from real consumers' expectations.

**Retiring the old version**

1. Measure who still calls it, per API key and endpoint.
2. Announce a timeline with a migration guide, and send \`Deprecation\` and \`Sunset\` response headers (\`Sunset\` is RFC 8594).
3. Contact the heaviest users directly, and ship updated SDKs.
4. Run **brownouts**: short, scheduled windows where the old version returns errors, so forgotten integrations surface before the real shutdown.
5. Switch it off, returning a clear error that links to the migration guide.`,
    keyPoints: [
      {
        label: "Distinguishes additive from breaking changes",
        terms: ["breaking change", "backward compatible", "backwards compatible", "additive"],
      },
      {
        label: "Clients as tolerant readers of unknown fields",
        terms: ["tolerant reader", "ignore unknown fields", "unknown enum", "postel"],
      },
      {
        label: "Expand and contract instead of in-place changes",
        terms: ["expand and contract", "expand-contract", "alongside the old", "parallel change"],
      },
      {
        label: "Compares versioning strategies: path, header, date-based",
        terms: ["/v2", "url versioning", "header versioning", "media type", "date-based"],
      },
      {
        label: "One domain model with versioned adapters at the edge",
        terms: ["adapter", "transformation", "versioned serializer", "translation layer"],
      },
      {
        label: "Deprecation process with Sunset headers and brownouts",
        terms: ["deprecation", "sunset", "brownout", "migration guide"],
      },
      {
        label: "Breaking-change detection with OpenAPI diffs and contract tests",
        terms: ["openapi", "contract test", "oasdiff", "schema diff"],
      },
    ],
  },
  {
    slug: "cache-stampede-hot-keys",
    title: "Cache stampedes, hot keys and invalidation races",
    prompt: `You put Redis in front of Postgres for a very hot product-details endpoint. Under real production load, what goes wrong with keeping the cache consistent and with the load it protects the database from?

Talk me through invalidation races, what happens when a very popular key expires, and how you'd defend against each problem.`,
    level: "advanced",
    kind: "concept",
    topics: ["caching", "scalability", "distributed-systems"],
    suggestedMinutes: 12,
    sampleAnswer: `Assume **cache-aside**: read from Redis; on a miss, load from Postgres and \`SET\` with a TTL. On writes, update the database and then **delete** the key. Deleting beats writing the new value, because two concurrent writers can set their values in the wrong order.

**Invalidation races**

Even delete-on-write has a race: reader A misses and reads the *old* row; writer B updates the row and deletes the key; A then writes its stale value into the cache, where it stays until the TTL expires. Mitigations:

- Always set a **TTL** as a backstop that bounds staleness.
- Store a **version** (or \`updated_at\`) with the value and only overwrite older versions, using a Lua script for an atomic compare-and-set.
- Drive invalidation from the database's change stream (**CDC**), so a delete isn't skipped when the app crashes after committing. A delayed second delete is a cheaper partial fix.

**Stampede (thundering herd)**

When a hot key expires, thousands of concurrent requests miss together and all query the database, which can cascade into an outage. Defences, often combined:

- **Request coalescing** (single-flight) inside each process, so only one load per key is in flight:

\`\`\`ts
const inflight = new Map<string, Promise<Product>>();

async function getProduct(id: string): Promise<Product> {
  const cached = await redis.get(\`product:\${id}\`);
  if (cached) return JSON.parse(cached) as Product;
  let load = inflight.get(id);
  if (!load) {
    load = loadAndCache(id).finally(() => inflight.delete(id));
    inflight.set(id, load);
  }
  return load;
}
\`\`\`

- Across instances, a short **lock** (\`SET lock:key NX PX 5000\`), so one caller rebuilds while the others wait briefly or serve the old value.
- **Stale-while-revalidate**: keep a soft expiry inside the value and a longer hard TTL; after the soft expiry, serve the stale value and refresh in the background.
- **Probabilistic early expiration**: each read refreshes early with a probability that rises as expiry approaches.
- **TTL jitter**, so keys written together don't expire together.

**Hot keys and other load problems**

- One very hot key can saturate a single Redis shard: add a tiny in-process cache with a one- or two-second TTL, or replicate the key under several names.
- Requests for ids that don't exist miss every time (**cache penetration**): cache "not found" briefly (**negative caching**) or check a Bloom filter first.
- After a flush or failover, **pre-warm** the hottest keys.`,
    keyPoints: [
      {
        label: "Cache-aside with delete-on-write",
        terms: ["cache-aside", "delete the key", "invalidate", "invalidation"],
      },
      {
        label: "Read/write race can cache a stale value",
        terms: ["race condition", "stale value", "out of order", "double delete"],
      },
      {
        label: "TTL as a backstop, with jitter",
        terms: ["ttl", "jitter", "backstop", "bounds staleness"],
      },
      {
        label: "Names the stampede problem",
        terms: ["stampede", "thundering herd", "dogpile", "cache miss storm"],
      },
      {
        label: "Coalescing, locks or stale-while-revalidate prevent stampedes",
        terms: ["single-flight", "request coalescing", "stale-while-revalidate", "early expiration", "mutex"],
      },
      {
        label: "Hot keys relieved by local caches or key replication",
        terms: ["hot key", "in-process cache", "local cache", "replicate the key"],
      },
      {
        label: "Negative caching against cache penetration",
        terms: ["negative caching", "cache penetration", "bloom filter"],
      },
    ],
  },
  {
    slug: "slo-error-budget-alerting",
    title: "SLOs, error budgets and burn-rate alerting",
    prompt: `Our on-call engineers get paged around forty times a week, mostly for CPU spikes and individual failed requests, yet customers still report checkout outages that we never got paged for. How would you redesign monitoring and alerting for the checkout API around SLOs?

Define the SLIs and the SLO you'd use, and explain exactly what should wake someone up.`,
    level: "advanced",
    kind: "concept",
    topics: ["observability", "system-design"],
    suggestedMinutes: 12,
    sampleAnswer: `Today's pages are **cause-based** (CPU, single errors), so they're noisy and still miss what users feel. Alert on **symptoms**, measured against an SLO.

**SLIs** are ratios of good events to valid events, measured as close to the user as possible (load balancer logs, or client-side):

- **Availability:** the fraction of checkout requests that don't fail with a 5xx or time out (client 4xx errors excluded).
- **Latency:** the fraction of requests completed within 500 ms, computed from histograms, never averages.

**SLO:** for example, 99.9% of requests good over a rolling 30 days. That leaves an **error budget** of 0.1%: about 43 minutes of total outage, or a much longer partial degradation. An agreed **error budget policy** says what happens when it's spent, such as pausing risky releases to prioritise reliability work.

**What pages is the burn rate.** A **burn rate** of 1 spends exactly the budget over 30 days; 14.4 spends 2% of it in one hour. Following the Google SRE Workbook's **multi-window, multi-burn-rate** approach:

- Page if the burn rate is above 14.4 over the last hour *and* the last 5 minutes.
- Page if it's above 6 over 6 hours *and* 30 minutes.
- Open a ticket if it's above 1 over 3 days *and* 6 hours.

The long window proves the problem is significant; the short window confirms it's still happening, so the alert clears soon after recovery.

\`\`\`yaml
- alert: CheckoutErrorBudgetFastBurn
  expr: |
    job:checkout_errors:ratio_rate1h > (14.4 * 0.001)
    and
    job:checkout_errors:ratio_rate5m > (14.4 * 0.001)
  labels:
    severity: page
\`\`\`

**Everything else** (CPU, memory, queue depth, single failures) goes to dashboards and tickets for diagnosis, not pages. Every page must be **actionable** and link to a **runbook**; review pages weekly and fix or delete noisy ones.

**Closing the gaps:** at low traffic a few failures swing the ratio, so add **synthetic probes** that run the real checkout flow. Probes also catch failures that never reach your servers (DNS, CDN, expired certificates). Finally, monitor the monitoring with a **dead man's switch**.`,
    keyPoints: [
      {
        label: "SLIs as good events over valid events",
        terms: ["sli", "good events", "valid events", "service level indicator"],
      },
      {
        label: "SLO target over a rolling window",
        terms: ["slo", "99.9%", "rolling window", "30 days", "28 days"],
      },
      {
        label: "Error budget and an error budget policy",
        terms: ["error budget", "budget policy", "feature freeze"],
      },
      {
        label: "Page on user-facing symptoms, not causes",
        terms: ["symptom", "not causes", "user-facing", "cause-based"],
      },
      {
        label: "Multi-window, multi-burn-rate alerts",
        terms: ["burn rate", "multi-window", "14.4", "long window", "short window"],
      },
      {
        label: "Actionable pages with runbooks",
        terms: ["actionable", "runbook", "alert fatigue", "noisy alerts"],
      },
      {
        label: "Synthetic probes and monitoring the monitoring",
        terms: ["synthetic", "black-box", "probe", "dead man's switch"],
      },
    ],
  },
];
