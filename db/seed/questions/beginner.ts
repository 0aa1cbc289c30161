import type { SeedQuestion } from "../types";

/** The beginner-level built-in questions: 6 from the seed page plus 14 more. */
export const beginnerQuestions: SeedQuestion[] = [
  {
    slug: "backend-vs-frontend",
    title: "Backend vs frontend development",
    prompt: `Let's start with the basics. How would you explain the difference between frontend and backend development to someone who has just joined the team?

What does each side own, what does each side worry about, and how do the two talk to each other?`,
    level: "beginner",
    kind: "concept",
    topics: ["apis", "http-rest"],
    suggestedMinutes: 5,
    sampleAnswer: `The **frontend** is the part of an application that runs on the user's device, usually in a browser or a mobile app. It renders the user interface, handles input, and manages client-side state. It's built with HTML, CSS and JavaScript/TypeScript, often with a framework like React or Vue.

The **backend** runs on servers the company controls. It owns:

- **Business logic**: rules like "an order can't ship before it's paid".
- **Data persistence**: databases, caches, file storage. The backend is the **source of truth**.
- **Security**: authentication, authorization and input validation. Anything running on the client can be modified by the user, so the backend must **never trust the client**.
- **Integrations**: payment providers, email, third-party APIs, background jobs.

The two communicate over the network through an **API contract**, typically HTTP with JSON (REST or GraphQL), sometimes WebSockets for real-time updates. For example, the frontend sends \`POST /orders\`; the backend validates it, writes to the database, and returns \`201 Created\` with the new order.

Their concerns differ too. Frontend work focuses on user experience, accessibility, rendering performance and browser compatibility. Backend work focuses on correctness under **concurrency**, data integrity, latency, **scalability** and uptime: one backend serves many users at once, so a slow query or a bug affects everyone.

The line isn't always sharp: server-side rendering, backend-for-frontend (BFF) layers and full-stack frameworks blur it. A useful rule of thumb is that the frontend is about **presentation and interaction**, and the backend is about **data, rules and trust**.`,
    keyPoints: [
      { label: "Frontend runs on the client and renders the UI", terms: ["browser", "user interface", "client-side", "renders", "mobile app"] },
      { label: "Backend owns business logic and data", terms: ["business logic", "database", "persistence", "source of truth"] },
      { label: "Backend enforces security and never trusts the client", terms: ["authentication", "authorization", "input validation", "never trust the client"] },
      { label: "They communicate through an API over HTTP", terms: ["api", "http", "json", "rest", "graphql"] },
      { label: "Different concerns: UX vs reliability and scale", terms: ["scalability", "accessibility", "concurrency", "latency", "uptime"] },
    ],
  },
  {
    slug: "get-vs-post",
    title: "HTTP methods: GET vs POST",
    prompt: `Walk me through the common HTTP methods and what each one is meant for.

In particular, when would you use \`GET\` and when would you use \`POST\`? What actually changes between the two?`,
    level: "beginner",
    kind: "concept",
    topics: ["http-rest", "apis"],
    suggestedMinutes: 6,
    sampleAnswer: `HTTP methods express the **intent** of a request:

- \`GET\`: read a resource.
- \`POST\`: create a resource or trigger an action.
- \`PUT\`: replace a resource at a known URL.
- \`PATCH\`: partially update a resource.
- \`DELETE\`: remove a resource.
- \`HEAD\` / \`OPTIONS\`: headers only / allowed methods (used by CORS preflight).

Two properties matter most. A method is **safe** if it shouldn't change server state (\`GET\`, \`HEAD\`, \`OPTIONS\`). It's **idempotent** if sending it once or many times has the same effect on the server (\`PUT\`, \`DELETE\` and all the safe methods). \`POST\` is neither, and \`PATCH\` isn't guaranteed to be idempotent.

**Use \`GET\`** to fetch data: \`GET /products?category=books\`. Parameters go in the path and **query string**, so the URL can be bookmarked and shared, responses are **cacheable** by browsers and CDNs, and clients may retry it freely. It must not have side effects, and it shouldn't carry secrets, because URLs end up in logs and browser history.

**Use \`POST\`** to create something or change state: placing an order, submitting a login form, uploading a file. Data goes in the **request body** (e.g. JSON), which has no practical size limit and stays out of the URL. Because \`POST\` isn't idempotent, a blind retry can create a duplicate order. That's why browsers warn before resubmitting a form, and why payment APIs accept an **idempotency key** header.

One common misconception: \`POST\` isn't more secure than \`GET\` by itself. Without HTTPS both travel in plaintext. The real differences are semantics, caching and retry behaviour.`,
    keyPoints: [
      { label: "GET reads data and is safe", terms: ["safe method", "read-only", "no side effects", "retrieve", "fetch data"] },
      { label: "GET, PUT and DELETE are idempotent; POST is not", terms: ["idempotent", "idempotency", "same effect", "duplicate"] },
      { label: "GET parameters go in the URL", terms: ["query string", "query parameter", "url parameters", "bookmark"] },
      { label: "POST sends data in the request body", terms: ["request body", "payload", "form submission", "json body"] },
      { label: "GET responses are cacheable", terms: ["cacheable", "cached", "cdn", "browser cache"] },
      { label: "Knows PUT, PATCH and DELETE", terms: ["patch", "put request", "delete request", "partial update", "replace"] },
    ],
  },
  {
    slug: "rest-vs-soap",
    title: "REST vs SOAP",
    prompt: `What is REST, and how does it compare to SOAP?

If you were starting a new public API today, which would you choose and why?`,
    level: "beginner",
    kind: "concept",
    topics: ["http-rest", "apis"],
    suggestedMinutes: 7,
    sampleAnswer: `**REST** (Representational State Transfer) is an **architectural style**, described by Roy Fielding, for building APIs on top of HTTP:

- Everything is a **resource** identified by a URL, e.g. \`/users/42/orders\`.
- You act on resources with standard **HTTP methods** and report outcomes with **status codes** (\`200\`, \`201\`, \`404\`).
- It's **stateless**: each request carries everything needed to process it (such as an auth token), so any server instance can handle it.
- Responses can be **cacheable**, and representations are usually JSON.

**SOAP** (originally Simple Object Access Protocol) is a **protocol** rather than a style. Every message is an **XML envelope** with a header and a body, and the operations and types are described in a **WSDL** contract. Calls usually go as HTTP \`POST\` to a single endpoint with the operation named inside the envelope, so HTTP caching and status semantics are largely unused. It comes with WS-* standards such as WS-Security and WS-ReliableMessaging.

Key differences:

- **Format**: REST is format-agnostic, typically JSON; SOAP is XML only.
- **Contract**: SOAP has a strict, machine-readable WSDL that generates client code; REST contracts are looser, often documented with OpenAPI.
- **Weight**: REST is lightweight and easy to call from a browser or \`curl\`; SOAP messages are verbose and need more tooling.
- **Enterprise features**: SOAP's built-in standards for message-level security and reliability explain why it survives in banking, telecoms and legacy integrations.

For a new public API I'd choose REST: it's simpler, universally understood, and works with standard HTTP caching, proxies and web clients. I'd use SOAP mainly when integrating with a system that already requires it.`,
    keyPoints: [
      { label: "REST is an architectural style on top of HTTP", terms: ["architectural style", "roy fielding", "representational state transfer"] },
      { label: "Resources identified by URLs, acted on with HTTP methods", terms: ["resource", "uri", "http verbs", "http methods"] },
      { label: "REST is stateless", terms: ["stateless", "statelessness"] },
      { label: "SOAP is an XML protocol with envelopes and WSDL", terms: ["xml", "envelope", "wsdl"] },
      { label: "SOAP has WS-* standards for enterprise needs", terms: ["ws-security", "ws-reliablemessaging", "enterprise", "legacy"] },
      { label: "REST is lighter and usually JSON", terms: ["json", "lightweight", "verbose", "openapi"] },
    ],
  },
  {
    slug: "acid-properties",
    title: "ACID properties in databases",
    prompt: `Relational databases are often described as ACID-compliant. What does each letter in ACID stand for?

Give me a concrete example of what could go wrong without these guarantees.`,
    level: "beginner",
    kind: "concept",
    topics: ["transactions", "databases-sql"],
    suggestedMinutes: 7,
    sampleAnswer: `ACID describes the guarantees a database gives for a **transaction**, a group of operations treated as one unit.

- **Atomicity**: all or nothing. If any statement fails, the whole transaction is **rolled back** and no partial changes remain.
- **Consistency**: a transaction takes the database from one valid state to another. Constraints (primary keys, foreign keys, \`UNIQUE\`, \`NOT NULL\`, \`CHECK\`) must hold at commit, or the transaction is rejected.
- **Isolation**: concurrent transactions don't see each other's uncommitted work. Databases offer **isolation levels** (Read Committed, Repeatable Read, Serializable) that trade strictness for throughput.
- **Durability**: once a transaction is **committed**, it survives crashes and power loss, typically because it was written to a **write-ahead log** and flushed to disk before the commit was acknowledged.

The classic example is a bank transfer:

\`\`\`sql
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = 1;
UPDATE accounts SET balance = balance + 100 WHERE id = 2;
COMMIT;
\`\`\`

- Without **atomicity**, a crash between the two updates makes 100 disappear from the system.
- Without **consistency**, a \`CHECK (balance >= 0)\` constraint couldn't stop an overdraft.
- Without **isolation**, two withdrawals that each read the balance and then write a new value could overwrite each other (a **lost update**).
- Without **durability**, a transfer the user was told succeeded could vanish after a restart.

PostgreSQL and MySQL with InnoDB are ACID by default. Note that the default isolation level (Read Committed in PostgreSQL, Repeatable Read in MySQL) still allows some anomalies, and many NoSQL stores relax these guarantees for scale or availability.`,
    keyPoints: [
      { label: "Atomicity: all or nothing", terms: ["atomicity", "all or nothing", "rollback", "rolled back"] },
      { label: "Consistency: constraints keep data valid", terms: ["consistency", "constraint", "valid state"] },
      { label: "Isolation: concurrent transactions don't interfere", terms: ["isolation", "isolation level", "concurrent transactions", "serializable", "lost update"] },
      { label: "Durability: committed data survives crashes", terms: ["durability", "durable", "write-ahead log", "power loss", "crash"] },
      { label: "Concrete example such as a money transfer", terms: ["bank transfer", "transfer", "debit", "withdrawal", "overdraft"] },
    ],
  },
  {
    slug: "api-and-restful-apis",
    title: "What is an API, and why RESTful APIs?",
    prompt: `In your own words, what is an API?

Then tell me why so many teams choose RESTful APIs for their services, and what makes an API "RESTful" rather than just "something over HTTP".`,
    level: "beginner",
    kind: "concept",
    topics: ["apis", "http-rest"],
    suggestedMinutes: 6,
    sampleAnswer: `An **API** (Application Programming Interface) is a defined **contract** that lets one piece of software use another without knowing how it's implemented. It specifies what you can ask for, how to ask (inputs and formats) and what you get back (outputs and errors). APIs exist at every level: a library's functions, operating-system calls and, most relevant for backend work, **web APIs** that services expose over the network.

The value is **abstraction and decoupling**. A web app, a mobile app and partner integrations can all use the same orders API while the team behind it changes databases or rewrites internals, as long as the contract holds.

An API is **RESTful** when it follows REST's constraints instead of just tunnelling calls through HTTP:

- Resources are **nouns in URLs**: \`GET /orders/17\`, not \`POST /getOrder\`.
- **HTTP methods** carry the action and **status codes** carry the outcome (\`201\`, \`404\`, \`409\`).
- Requests are **stateless**, so any instance can serve them and you can scale horizontally behind a load balancer.
- Responses declare their **cacheability** with headers like \`Cache-Control\` and \`ETag\`.

Why teams choose REST:

- **Ubiquity**: every language has an HTTP client, and you can test with \`curl\` or a browser.
- **Web infrastructure for free**: caches, proxies, CDNs and TLS just work.
- **Predictability**: shared conventions make APIs easy to learn and to document with OpenAPI.
- **Loose coupling**: client and server evolve independently, with versioning such as \`/v1/\` when breaking changes are needed.

REST isn't always the best fit: GraphQL suits clients that need flexible queries, and gRPC suits low-latency service-to-service calls. For public, resource-oriented APIs it's a sensible default.`,
    keyPoints: [
      { label: "An API is a contract between pieces of software", terms: ["contract", "interface", "application programming interface"] },
      { label: "APIs hide implementation and decouple clients", terms: ["abstraction", "decouple", "implementation details", "loose coupling"] },
      { label: "RESTful: resources as nouns, actions as HTTP methods", terms: ["resource", "nouns", "http methods", "http verbs", "status code"] },
      { label: "Statelessness helps scaling", terms: ["stateless", "scale horizontally", "load balancer"] },
      { label: "REST reuses existing web infrastructure and tooling", terms: ["cache-control", "ubiquitous", "curl", "openapi", "cdn"] },
    ],
  },
  {
    slug: "sync-vs-async",
    title: "Synchronous vs asynchronous programming",
    prompt: `Explain the difference between synchronous and asynchronous programming. Why does it matter so much for a backend service, for example one written in Node.js?

Feel free to use a short code example.`,
    level: "beginner",
    kind: "concept",
    topics: ["concurrency-async"],
    suggestedMinutes: 7,
    sampleAnswer: `In **synchronous** (blocking) code, each operation must finish before the next one starts. If a function reads a file or queries a database, the thread sits idle until the result arrives.

In **asynchronous** (non-blocking) code, you start an operation and carry on with other work; you're notified when the result is ready, through a callback, a **Promise** or \`async\`/\`await\`.

This matters for backends because most of their time is spent waiting on **I/O**: databases, other services, disks. Node.js runs your JavaScript on a **single thread** with an **event loop**. While one request awaits a query, the event loop serves other requests. Block that thread and every request stalls:

\`\`\`js
// Blocking: no other request is served until the file is read
const a = fs.readFileSync("big.json");

// Non-blocking: the event loop keeps serving requests meanwhile
const b = await fs.promises.readFile("big.json");
\`\`\`

Async also lets independent I/O run **concurrently**:

\`\`\`js
// Takes roughly max(t1, t2) instead of t1 + t2
const [user, orders] = await Promise.all([getUser(id), getOrders(id)]);
\`\`\`

Caveats worth mentioning:

- Async gives **concurrency**, not parallelism. CPU-heavy work (password hashing, image resizing, parsing huge JSON) still blocks the event loop; move it to **worker threads** or another service.
- \`await\` inside a loop runs calls one after another; use \`Promise.all\` when they're independent.
- Handle errors with \`try\`/\`catch\` around \`await\`; an unhandled promise rejection crashes modern Node.

Other stacks solve the same problem differently: a thread per request in classic Java (now cheap virtual threads), goroutines in Go, \`asyncio\` in Python. The shared idea is: **don't waste a thread waiting on I/O**.`,
    keyPoints: [
      { label: "Synchronous code blocks until each operation completes", terms: ["blocking", "blocks the thread", "sequential", "one after another"] },
      { label: "Async starts work and handles the result later", terms: ["non-blocking", "callback", "promise", "async/await"] },
      { label: "Node.js uses a single-threaded event loop", terms: ["event loop", "single thread", "single-threaded"] },
      { label: "Async pays off for I/O-bound work", terms: ["i/o", "io-bound", "network call", "database query"] },
      { label: "CPU-bound work still blocks; offload it", terms: ["cpu-bound", "cpu-intensive", "worker thread", "parallelism"] },
      { label: "Run independent tasks concurrently", terms: ["promise.all", "concurrently", "in parallel"] },
    ],
  },
  {
    slug: "http-status-codes",
    title: "Common HTTP status codes",
    prompt: `Your API needs to tell clients what happened to their request. Walk me through the HTTP status code classes and the specific codes you use most often.

When would you return \`400\` vs \`401\` vs \`403\` vs \`404\`?`,
    level: "beginner",
    kind: "concept",
    topics: ["http-rest", "apis"],
    suggestedMinutes: 6,
    sampleAnswer: `Status codes are grouped by their first digit:

- **1xx** informational (rare in APIs; \`101 Switching Protocols\` for WebSockets).
- **2xx** success.
- **3xx** redirection.
- **4xx** client error: the caller did something wrong, so repeating the same request won't help.
- **5xx** server error: the server failed, so a later retry might succeed.

The ones I use most:

- \`200 OK\` with a body; \`201 Created\` after a \`POST\` creates something (often with a \`Location\` header); \`204 No Content\`, e.g. after a \`DELETE\`.
- \`301\`/\`308\` permanent redirects, \`302\`/\`307\` temporary ones; \`304 Not Modified\` answers a conditional request (\`If-None-Match\` with an \`ETag\`).
- \`400 Bad Request\`: malformed or invalid input, like broken JSON or a missing field.
- \`401 Unauthorized\`: despite the name, it means **unauthenticated**; there are no valid credentials.
- \`403 Forbidden\`: we know who you are, but you're **not allowed** to do this.
- \`404 Not Found\`: the resource doesn't exist. Some APIs also return it instead of \`403\` to avoid revealing that a resource exists.
- \`409 Conflict\`: the request conflicts with current state, e.g. a duplicate username.
- \`422 Unprocessable Content\`: well-formed but semantically invalid (some APIs use \`400\` for all validation errors).
- \`429 Too Many Requests\`: rate limited, ideally with a \`Retry-After\` header.
- \`500 Internal Server Error\` for unhandled bugs; \`502\`, \`503\` and \`504\` for upstream failures, overload or timeouts.

Good practice is to return the most specific correct code with a consistent JSON error body, such as \`{ "error": "validation_failed", "details": [...] }\`. Never return \`200\` with an error inside: clients, monitoring and retry logic all rely on the status code.`,
    keyPoints: [
      { label: "Classes: 2xx success, 4xx client error, 5xx server error", terms: ["2xx", "4xx", "5xx", "client error", "server error"] },
      { label: "201 Created and 204 No Content", terms: ["201", "204", "no content"] },
      { label: "401 means unauthenticated, 403 means not permitted", terms: ["401", "403", "unauthenticated", "forbidden"] },
      { label: "400 for invalid input, 404 for missing resources", terms: ["400", "bad request", "404", "not found"] },
      { label: "429 for rate limiting, 5xx for server failures", terms: ["429", "too many requests", "500", "503"] },
      { label: "Accurate codes with a consistent error body", terms: ["error body", "error format", "error response", "never return 200"] },
    ],
  },
  {
    slug: "database-indexes",
    title: "What is a database index?",
    prompt: `A query that looks up rows in a \`users\` table by \`email\` has become slow now that the table holds a few million rows. What is a database index, and how would it help here?

Are there any downsides to adding indexes?`,
    level: "beginner",
    kind: "concept",
    topics: ["indexing", "databases-sql"],
    suggestedMinutes: 7,
    sampleAnswer: `An **index** is a separate data structure the database maintains so it can find rows without reading the whole table, like the index at the back of a book. Most relational databases default to a **B-tree**: keys are kept sorted in a shallow, balanced tree, so a lookup takes \`O(log n)\` steps instead of a **full table scan** of millions of rows.

For this query:

\`\`\`sql
CREATE UNIQUE INDEX users_email_idx ON users (email);
\`\`\`

Now \`SELECT * FROM users WHERE email = 'a@b.com'\` walks the tree to the matching entry and follows a pointer to the row. Making it \`UNIQUE\` also guarantees no two users share an email. I'd confirm the planner uses it with \`EXPLAIN\` (\`EXPLAIN ANALYZE\` in PostgreSQL).

Because B-trees are sorted, they also help **range queries** (\`WHERE created_at > ...\`), \`ORDER BY\` and joins on the indexed column. A **composite index** on \`(customer_id, created_at)\` serves queries filtering on \`customer_id\` alone or on both, but generally not on \`created_at\` alone: column order matters (the **leftmost prefix** rule).

Downsides:

- **Slower writes**: every \`INSERT\`, \`DELETE\` and \`UPDATE\` of an indexed column must also update each index.
- **Storage**: indexes use disk space and memory.
- **Not always used**: on small tables, when a query matches a large share of the rows, or when the column is wrapped in a function (\`WHERE lower(email) = ...\`) without a matching expression index, the planner may prefer a scan.

So I index the columns I filter, join and sort on most, and verify with the query plan rather than indexing everything.`,
    keyPoints: [
      { label: "An index avoids a full table scan", terms: ["full table scan", "sequential scan", "scan the whole table", "every row"] },
      { label: "B-trees keep keys sorted for O(log n) lookups", terms: ["b-tree", "btree", "sorted", "log n", "balanced tree"] },
      { label: "Indexes help range queries, sorting and joins", terms: ["range queries", "order by", "sorting"] },
      { label: "Composite index column order matters", terms: ["composite index", "multi-column", "leftmost prefix", "column order"] },
      { label: "Indexes slow down writes and use storage", terms: ["slower writes", "slow down writes", "write overhead", "disk space", "extra storage"] },
      { label: "Verify with the query plan", terms: ["explain analyze", "query plan", "query planner", "execution plan"] },
    ],
  },
  {
    slug: "authentication-vs-authorization",
    title: "Authentication vs authorization",
    prompt: `What's the difference between authentication and authorization?

Walk me through how a typical web API handles both on a single request, for example when a logged-in user tries to delete a blog post that belongs to someone else.`,
    level: "beginner",
    kind: "concept",
    topics: ["auth-security", "apis"],
    suggestedMinutes: 6,
    sampleAnswer: `**Authentication** (authn) answers *"who are you?"*: it verifies identity. **Authorization** (authz) answers *"what are you allowed to do?"*: it checks that identity's permissions for a specific action on a specific resource. Authentication comes first, because you can't decide what someone may do until you know who they are.

A typical request flow:

1. The user logs in once (password, SSO through **OAuth 2.0 / OpenID Connect**, or a passkey). The server verifies the credentials and issues a **session cookie** or a **token**, often a signed **JWT**.
2. Each later request carries it, e.g. \`Authorization: Bearer <token>\`. Middleware validates it (signature and expiry, or a session lookup) and attaches the user to the request. Missing or invalid credentials get \`401 Unauthorized\`.
3. The handler then authorizes. For \`DELETE /posts/42\` it loads the post and checks that \`post.authorId === user.id\` or that the user has an \`admin\` role. If not, it returns \`403 Forbidden\` (or \`404\` to avoid revealing the post exists).

Common authorization models:

- **RBAC** (role-based): permissions come from roles like \`admin\`, \`editor\`, \`viewer\`.
- **Ownership or attribute-based rules**: "authors can edit their own posts".

Pitfalls:

- Checking authentication but forgetting per-object authorization is one of the most common API vulnerabilities (**IDOR**, or broken object-level authorization): any logged-in user could delete any post by changing the ID.
- Enforce checks **on the server**; hiding a button in the UI isn't security.
- Keep tokens short-lived, send them only over HTTPS, and mark session cookies \`HttpOnly\`, \`Secure\` and \`SameSite\`.`,
    keyPoints: [
      { label: "Authentication verifies identity", terms: ["authentication", "authn", "who you are", "identity"] },
      { label: "Authorization checks permissions", terms: ["authorization", "authz", "permission", "allowed to"] },
      { label: "Identity travels as a session or token", terms: ["session", "jwt", "bearer token", "cookie"] },
      { label: "401 for unauthenticated, 403 for forbidden", terms: ["401", "403", "forbidden"] },
      { label: "Roles or ownership rules", terms: ["rbac", "role-based", "roles", "ownership", "owner"] },
      { label: "Per-object checks enforced on the server", terms: ["idor", "object-level", "server side", "on the server"] },
    ],
  },
  {
    slug: "message-queue-basics",
    title: "What is a message queue and why use one?",
    prompt: `When a user signs up, our API sends a welcome email, resizes their avatar and updates analytics, all before responding. Signup is slow and sometimes fails when the email provider is down.

What is a message queue, and how could one help here? What new problems does it introduce?`,
    level: "beginner",
    kind: "concept",
    topics: ["messaging-queues", "concurrency-async", "scalability"],
    suggestedMinutes: 8,
    sampleAnswer: `A **message queue** is a buffer between parts of a system. **Producers** publish messages (small payloads describing work or events) and **consumers**, usually background workers, take them off the queue and process them independently. Examples are RabbitMQ, Amazon SQS and Redis-based job queues like BullMQ; Kafka is a related, log-based streaming platform.

For signup, the API does only the essential work synchronously (validate input, insert the user) then publishes a \`user.signed_up\` message and returns \`201\` right away. Workers send the email, resize the avatar and update analytics in the background.

Benefits:

- **Lower latency**: the user doesn't wait for slow side tasks.
- **Decoupling**: the API doesn't know about the email provider, and new consumers can subscribe later.
- **Resilience**: if the email provider is down, messages wait in the queue and are **retried** instead of failing the signup.
- **Load leveling**: traffic spikes fill the queue and workers drain it at a steady pace; add workers if the backlog grows.

New problems to design for:

- **At-least-once delivery**: most queues redeliver a message if a consumer crashes before **acknowledging** it, so consumers must be **idempotent** (e.g. record that user 42's welcome email was already sent).
- **Poison messages**: after a few failed attempts, move the message to a **dead-letter queue** for inspection instead of retrying forever.
- **Ordering** isn't guaranteed in general unless you use FIFO queues or partitions.
- **Eventual consistency**: the avatar may appear a few seconds after signup.
- **Dual writes**: if the database commit succeeds but publishing fails, the message is lost. The **transactional outbox** pattern fixes this.`,
    keyPoints: [
      { label: "Producers publish, consumers process in the background", terms: ["producer", "consumer", "worker", "publish", "background job"] },
      { label: "Offload slow work so the request returns quickly", terms: ["offload", "respond immediately", "return immediately", "response time", "latency"] },
      { label: "Decouples services", terms: ["decouple", "decoupling", "loose coupling"] },
      { label: "Buffers spikes and retries when a dependency fails", terms: ["retry", "buffer", "load leveling", "spike", "backlog"] },
      { label: "At-least-once delivery needs idempotent consumers", terms: ["at-least-once", "idempotent", "duplicate", "acknowledge"] },
      { label: "Dead-letter queue for failing messages", terms: ["dead-letter", "dlq", "poison message"] },
    ],
  },
  {
    slug: "vertical-vs-horizontal-scaling",
    title: "Vertical vs horizontal scaling",
    prompt: `Our API runs on a single server, and it's starting to struggle as traffic grows. What are your options?

Explain vertical vs horizontal scaling, and where a load balancer fits in.`,
    level: "beginner",
    kind: "concept",
    topics: ["scalability", "system-design"],
    suggestedMinutes: 7,
    sampleAnswer: `**Vertical scaling** (scaling up) gives the existing machine more resources: more CPU, more RAM, faster disks.

- **Pros**: no code changes and no distributed-system complexity; often the quickest fix.
- **Cons**: there's a hard upper limit on machine size, cost grows steeply at the top end, resizing may need downtime, and it remains a **single point of failure**.

**Horizontal scaling** (scaling out) runs **more instances** of the service and spreads traffic across them.

- **Pros**: capacity grows roughly linearly, there's **redundancy** (one instance dying doesn't take you down), and **auto-scaling** can add or remove instances with demand.
- **Cons**: more moving parts, and the application must be designed for it.

A **load balancer** (NGINX, HAProxy, a cloud load balancer) sits in front of the instances and distributes requests with strategies such as **round robin** or **least connections**. It runs **health checks** and stops routing to unhealthy instances.

To scale out, app servers should be **stateless**: no sessions or uploaded files kept in local memory or on local disk. Move that state to shared stores, such as sessions in Redis (or self-contained signed tokens) and files in object storage like S3. Otherwise you need **sticky sessions**, which unbalance load and lose state when an instance dies.

Before either, I'd measure to find the real **bottleneck**. It's often the database rather than the app tier: fix slow queries and add indexes, add a **cache**, use **read replicas** for read-heavy traffic, and consider sharding only much later. A common path is to scale up first for simplicity, then scale out the stateless app tier, and scale the database more carefully.`,
    keyPoints: [
      { label: "Vertical scaling adds resources to one machine", terms: ["vertical scaling", "scale up", "bigger machine", "more cpu"] },
      { label: "Vertical has a ceiling and a single point of failure", terms: ["single point of failure", "hardware limit", "upper limit", "ceiling"] },
      { label: "Horizontal scaling adds more instances", terms: ["horizontal scaling", "scale out", "more instances", "more servers"] },
      { label: "A load balancer distributes traffic and health-checks", terms: ["load balancer", "round robin", "least connections", "health check"] },
      { label: "Stateless servers with shared session storage", terms: ["stateless", "sticky session", "shared session", "redis"] },
      { label: "Find the bottleneck; often the database", terms: ["bottleneck", "read replica", "caching", "sharding"] },
    ],
  },
  {
    slug: "logs-metrics-traces",
    title: "Logs, metrics and traces",
    prompt: `Users report that the checkout endpoint is "sometimes slow". How would you find out what's going on?

Along the way, explain logs, metrics and traces, and what each one is good for.`,
    level: "beginner",
    kind: "concept",
    topics: ["observability"],
    suggestedMinutes: 7,
    sampleAnswer: `**Observability** is the ability to understand what a system is doing from the data it emits. The three main signals:

- **Metrics**: numeric time series that are cheap to store and aggregate, such as request rate, error rate, latency **percentiles** (p50, p95, p99), CPU and queue depth. Ideal for dashboards and **alerts** ("p99 latency above 1s for 5 minutes"). Tools: Prometheus with Grafana, Datadog, CloudWatch.
- **Logs**: timestamped records of individual events. Prefer **structured logs** (JSON with fields like \`level\`, \`requestId\`, \`route\`, \`durationMs\`) so you can search and filter them. Ideal for the details of one failure. Never log passwords, tokens or other secrets.
- **Traces**: follow a single request across services. A trace is a tree of **spans** (the HTTP handler, each DB query, the call to the payment provider), each with its timing, linked by a **trace ID** propagated in request headers. Ideal for seeing *where* the time went. **OpenTelemetry** is the standard way to instrument, with backends like Jaeger or Tempo.

For "checkout is sometimes slow":

1. **Metrics**: look at p95/p99 latency for checkout rather than the average, which hides outliers. Does it correlate with traffic, a deploy, or a dependency's latency?
2. **Traces**: open some slow traces and see which span dominates, for example the payment call or an unindexed query.
3. **Logs**: use the trace or request ID to pull the logs for those requests and look for errors, retries or timeouts.

A good starting set of service metrics is **RED**: Rate, Errors, Duration. Linking all three signals through a shared request ID is what makes debugging fast.`,
    keyPoints: [
      { label: "Metrics: aggregated numbers for dashboards and alerts", terms: ["metrics", "dashboard", "alerting", "prometheus", "time series"] },
      { label: "Use latency percentiles, not averages", terms: ["percentile", "p95", "p99", "tail latency"] },
      { label: "Logs: structured records of individual events", terms: ["structured logging", "structured logs", "json logs", "log level"] },
      { label: "Traces follow a request across services via spans", terms: ["distributed tracing", "trace id", "span", "opentelemetry", "jaeger"] },
      { label: "Correlate signals with a request or trace ID", terms: ["correlation id", "request id", "correlate"] },
      { label: "Key service metrics: rate, errors, duration", terms: ["red method", "error rate", "request rate", "golden signals"] },
    ],
  },
  {
    slug: "cap-theorem",
    title: "What is the CAP theorem?",
    prompt: `You'll often hear that a distributed database is "CP" or "AP". What does the CAP theorem actually say?

What does it mean in practice when you're choosing a database for a feature?`,
    level: "beginner",
    kind: "concept",
    topics: ["distributed-systems"],
    suggestedMinutes: 8,
    sampleAnswer: `The **CAP theorem** (conjectured by Eric Brewer, proven by Gilbert and Lynch) is about a data store replicated across several nodes:

- **Consistency**: every read sees the most recent write, as if there were a single copy of the data (formally, **linearizability**). This is a different "C" from ACID.
- **Availability**: every request to a non-failed node gets a non-error response.
- **Partition tolerance**: the system keeps operating even when the network drops or delays messages between nodes.

The popular summary "pick two of three" is misleading. In a real distributed system **network partitions happen**, so you can't opt out of P. The accurate statement is: **while a partition is happening**, you must choose between:

- **CP**: refuse some requests (errors or timeouts) rather than risk returning stale or conflicting data. Examples are consensus-based stores like etcd and ZooKeeper, or a database that stops accepting writes when it can't reach a majority of replicas.
- **AP**: keep answering on both sides of the partition and accept that replicas may diverge, reconciling later (**eventual consistency**). Cassandra and other Dynamo-style databases behave this way with their default settings.

When there's no partition you can have both; the day-to-day trade-off is then between **latency and consistency**, which the PACELC extension describes.

In practice the choice follows the business requirement. An account balance or inventory reservation needs strong consistency, so CP behaviour is right even if it occasionally means errors. A social feed or a "likes" counter can tolerate slightly stale data, so AP gives better uptime. Many databases let you tune this per request, for example **quorum** reads and writes in Cassandra.`,
    keyPoints: [
      { label: "Consistency: every read sees the latest write", terms: ["latest write", "most recent write", "linearizable", "linearizability", "stale"] },
      { label: "Availability: every request gets a non-error response", terms: ["availability", "always responds", "non-error response"] },
      { label: "Partition tolerance: survives network splits", terms: ["partition tolerance", "network partition", "partition"] },
      { label: "Partitions are unavoidable, so the real choice is C or A during one", terms: ["during a partition", "pick two", "two of three", "unavoidable"] },
      { label: "Examples of CP and AP systems", terms: ["cp", "ap", "cassandra", "zookeeper", "etcd"] },
      { label: "AP systems rely on eventual consistency", terms: ["eventual consistency", "eventually consistent", "reconcile", "quorum"] },
    ],
  },
  {
    slug: "express-validate-input",
    title: "Express handler that validates input",
    prompt: `Write an Express route handler for \`POST /users\` that accepts a JSON body with \`email\`, \`name\` and an optional \`age\`.

If the input is invalid, respond with \`400\` and a helpful error; otherwise create the user and respond with \`201\`. Assume a \`db.createUser()\` function exists.`,
    level: "beginner",
    kind: "coding",
    topics: ["apis", "http-rest", "auth-security"],
    suggestedMinutes: 12,
    sampleAnswer: `I'd validate at the edge with a schema library like **zod**, so the rules live in one place and the handler gets typed data.

\`\`\`ts
import express from "express";
import { z } from "zod";

const app = express();
app.use(express.json({ limit: "100kb" }));

const CreateUser = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(100),
  age: z.number().int().min(0).max(150).optional(),
});

app.post("/users", async (req, res, next) => {
  const parsed = CreateUser.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({
      error: "validation_failed",
      details: parsed.error.issues.map((i) => ({
        field: i.path.join("."),
        message: i.message,
      })),
    });
  }
  try {
    const user = await db.createUser(parsed.data);
    return res.status(201).location(\`/users/\${user.id}\`).json(user);
  } catch (err) {
    if (isUniqueViolation(err)) {
      return res.status(409).json({ error: "email_taken" });
    }
    return next(err);
  }
});
\`\`\`

Why it's written this way:

- \`safeParse\` returns a result instead of throwing, so I can return a **consistent error body** naming each invalid field.
- I only use \`parsed.data\`, never raw \`req.body\`. Unknown keys are stripped, which prevents **mass assignment** (a client sending \`"isAdmin": true\`).
- The body size limit stops huge payloads. Malformed JSON is rejected by \`express.json()\` before the handler runs; the error middleware should map that to \`400\`, not \`500\`.
- A duplicate email is \`409 Conflict\`: the input is valid but clashes with existing data. I rely on a **unique constraint** (Postgres error \`23505\`) instead of check-then-insert, which races.
- Unexpected errors go to \`next(err)\`, where central middleware logs them and returns a generic \`500\` without leaking stack traces.`,
    keyPoints: [
      { label: "Validate the body against a schema", terms: ["schema", "zod", "joi", "validate", "validation"] },
      { label: "Return 400 with a clear error body", terms: ["400", "bad request", "error message", "field errors"] },
      { label: "Return 201 on success", terms: ["201", "status created", "location header"] },
      { label: "Ignore unknown fields to prevent mass assignment", terms: ["mass assignment", "unknown fields", "strip", "whitelist", "allowlist"] },
      { label: "Duplicate email returns 409 via a unique constraint", terms: ["409", "conflict", "unique constraint", "duplicate email"] },
      { label: "Pass unexpected errors to error middleware", terms: ["next(err)", "error handler", "error middleware", "500"] },
    ],
  },
  {
    slug: "sql-top-customers-by-spend",
    title: "SQL: top 5 customers by total spend",
    prompt: `Given tables \`customers(id, name, email)\` and \`orders(id, customer_id, total_amount, status, created_at)\`, write a SQL query that returns the top 5 customers by total spend, with their name and total.

Only count orders whose status is \`'paid'\`. How would you change the query to cover only the last 12 months?`,
    level: "beginner",
    kind: "coding",
    topics: ["databases-sql", "indexing"],
    suggestedMinutes: 10,
    sampleAnswer: `Join orders to customers, keep paid orders, group by customer, sum, sort descending and take five:

\`\`\`sql
SELECT c.id,
       c.name,
       SUM(o.total_amount) AS total_spend
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY total_spend DESC, c.id
LIMIT 5;
\`\`\`

Notes on the choices:

- \`WHERE\` filters rows **before** grouping; \`HAVING\` filters groups **after** aggregation, e.g. \`HAVING SUM(o.total_amount) > 1000\`.
- I group by \`c.id\`, not just \`c.name\`, because two customers can share a name.
- The inner \`JOIN\` drops customers without paid orders, which is right for a "top spenders" list.
- **Ties**: \`c.id\` as a tiebreaker makes the result deterministic. If everyone tied for fifth place should appear, use \`RANK()\` in a subquery or PostgreSQL's \`FETCH FIRST 5 ROWS WITH TIES\`.
- Money belongs in \`NUMERIC\` or integer cents, never floating point. SQL Server would use \`SELECT TOP 5\` instead of \`LIMIT\`.

For the last 12 months, extend the filter:

\`\`\`sql
WHERE o.status = 'paid'
  AND o.created_at >= now() - INTERVAL '12 months'
\`\`\`

On a large \`orders\` table, an index on \`orders (status, created_at)\` lets the database find the matching rows without scanning every order. I'd check the plan with \`EXPLAIN ANALYZE\` before and after.`,
    keyPoints: [
      { label: "Join orders to customers", terms: ["join", "inner join", "customer_id"] },
      { label: "Aggregate with SUM and GROUP BY", terms: ["sum", "group by", "aggregate"] },
      { label: "Sort descending and keep the top 5", terms: ["order by", "desc", "limit 5", "top 5"] },
      { label: "Filter rows with WHERE, groups with HAVING", terms: ["where clause", "having", "before grouping"] },
      { label: "Handle ties deterministically", terms: ["ties", "tiebreaker", "rank", "dense_rank"] },
      { label: "Date filter for the last 12 months", terms: ["interval", "12 months", "last year", "date range"] },
      { label: "Index to support the filter", terms: ["composite index", "index on", "covering index", "full scan"] },
    ],
  },
  {
    slug: "in-memory-ttl-cache",
    title: "Implement an in-memory cache with TTL",
    prompt: `Implement a small in-memory cache class in TypeScript with \`get(key)\`, \`set(key, value, ttlMs)\` and \`delete(key)\`. Entries should expire once their time-to-live has passed.

Then tell me where you'd use something like this in a backend, and what its limitations are.`,
    level: "beginner",
    kind: "coding",
    topics: ["caching"],
    suggestedMinutes: 12,
    sampleAnswer: `Store each value with an absolute expiry time, check it lazily on read, and cap the size:

\`\`\`ts
type Entry<V> = { value: V; expiresAt: number };

export class TtlCache<K, V> {
  private store = new Map<K, Entry<V>>();

  constructor(private maxEntries = 10_000) {}

  get(key: K): V | undefined {
    const entry = this.store.get(key);
    if (!entry) return undefined;
    if (Date.now() >= entry.expiresAt) {
      this.store.delete(key); // lazy expiration
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V, ttlMs: number): void {
    this.store.delete(key);
    if (this.store.size >= this.maxEntries) {
      const oldest = this.store.keys().next(); // Map keeps insertion order
      if (!oldest.done) this.store.delete(oldest.value);
    }
    this.store.set(key, { value, expiresAt: Date.now() + ttlMs });
  }

  delete(key: K): boolean {
    return this.store.delete(key);
  }
}
\`\`\`

Design notes:

- **Lazy expiration** keeps \`get\` and \`set\` O(1) without a timer per key. Expired keys that are never read again are cleared by the size cap, or by an optional periodic sweep.
- \`Map\` iterates in insertion order, so evicting the first key is cheap. For **LRU**, re-insert the key on every hit.

Where I'd use it: caching expensive, rarely changing lookups such as config, feature flags or a user's permissions, with the **cache-aside** pattern: check the cache, and on a miss load from the database and \`set\` the result.

Limitations:

- It's **per process**: each instance has its own copy, they can disagree, and everything is lost on restart. Use **Redis** or Memcached for a shared cache.
- Data can be **stale** for up to the TTL; invalidate on writes if that matters.
- Many concurrent misses for one key can all hit the database (a **cache stampede**); caching the in-flight promise avoids that.`,
    keyPoints: [
      { label: "Store an expiry timestamp with each entry", terms: ["expiresat", "expiry", "expiration", "date.now"] },
      { label: "Map-based storage with O(1) operations", terms: ["new map", "hash map", "hashmap", "o(1)", "dictionary"] },
      { label: "Lazy expiration on read or periodic cleanup", terms: ["lazy", "setinterval", "sweep", "cleanup", "purge"] },
      { label: "Bound memory with a size cap and eviction", terms: ["max size", "eviction", "evict", "lru", "capacity"] },
      { label: "An in-process cache isn't shared across instances", terms: ["per process", "per instance", "redis", "memcached", "shared cache"] },
      { label: "Staleness and cache stampedes", terms: ["stale", "invalidate", "invalidation", "stampede", "thundering herd"] },
    ],
  },
  {
    slug: "hash-and-verify-passwords",
    title: "Hash and verify passwords",
    prompt: `Write two functions in Node.js with TypeScript: \`hashPassword(password)\`, which returns a string that's safe to store in the database, and \`verifyPassword(password, stored)\`, which checks a login attempt.

Explain your choices. Why not just store a SHA-256 hash of the password?`,
    level: "beginner",
    kind: "coding",
    topics: ["auth-security"],
    suggestedMinutes: 12,
    sampleAnswer: `Passwords need a **slow, salted password-hashing function** (Argon2id, bcrypt or scrypt), never plain text, reversible encryption or a fast hash. SHA-256 is built to be fast, so an attacker with a stolen database can test billions of guesses per second on GPUs. Node ships scrypt:

\`\`\`ts
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const PARAMS = { N: 2 ** 14, r: 8, p: 5 }; // an OWASP-recommended setting

function derive(password: string, salt: Buffer, len: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, len, PARAMS, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, 64);
  return \`scrypt$\${salt.toString("hex")}$\${hash.toString("hex")}\`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, saltHex, hashHex] = stored.split("$");
  if (algo !== "scrypt" || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, "hex");
  const actual = await derive(password, Buffer.from(saltHex, "hex"), expected.length);
  return timingSafeEqual(actual, expected);
}
\`\`\`

Why these choices:

- A **random salt** per password means equal passwords get different hashes, which defeats **rainbow tables**. The salt isn't secret; it's stored beside the hash.
- scrypt is deliberately slow and **memory-hard**, making GPU cracking expensive. Storing the algorithm name lets me raise the cost later and **re-hash** on a user's next login.
- \`timingSafeEqual\` compares in **constant time**, so response timing doesn't leak how much matched.
- The async API runs on libuv's thread pool, keeping the **event loop** free while each deliberately slow hash runs.

In production I'd often use a maintained library such as \`argon2\` (Argon2id is OWASP's first choice) and add **rate limiting** to the login endpoint.`,
    keyPoints: [
      { label: "Use a slow password hash, not SHA-256", terms: ["argon2", "bcrypt", "scrypt", "slow hash", "key derivation"] },
      { label: "Unique random salt per password", terms: ["salt", "salted", "rainbow table"] },
      { label: "Fast hashes make brute force cheap", terms: ["brute force", "gpu", "too fast", "guesses per second"] },
      { label: "Constant-time comparison", terms: ["timingsafeequal", "constant time", "timing attack"] },
      { label: "Tunable cost and upgrade path", terms: ["work factor", "cost factor", "cost parameter", "re-hash", "rehash"] },
      { label: "Don't block the event loop while hashing", terms: ["event loop", "non-blocking", "thread pool", "blocking"] },
    ],
  },
  {
    slug: "design-todo-rest-api",
    title: "Design a simple TODO list REST API",
    prompt: `Design the backend for a TODO list app. Users sign in, create lists, and add, edit, complete and delete tasks in those lists.

I'd like to see the REST endpoints, the data model, and how you'd handle pagination and authorization. Assume a few thousand users to start.`,
    level: "beginner",
    kind: "design",
    topics: ["system-design", "http-rest", "databases-sql"],
    suggestedMinutes: 20,
    sampleAnswer: `First I'd confirm scope: private lists per user, web and mobile clients, no sharing or real-time sync in v1. At this scale a single stateless API service with PostgreSQL is plenty.

**Data model** (plus a \`users\` table):

\`\`\`sql
CREATE TABLE lists (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  title text NOT NULL
);
CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  list_id uuid NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  title text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  due_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON tasks (list_id, created_at, id);
\`\`\`

**Endpoints** (JSON under \`/v1\`, bearer token required):

- \`GET /lists\`, \`POST /lists\`, \`PATCH /lists/:id\`, \`DELETE /lists/:id\`
- \`GET /lists/:id/tasks?done=false&limit=50&cursor=...\`
- \`POST /lists/:id/tasks\` returns \`201\` with the task
- \`PATCH /tasks/:id\` with e.g. \`{ "done": true }\`; \`DELETE /tasks/:id\` returns \`204\`

**Key decisions:**

- **Authorization**: every query is scoped to the caller, e.g. joining \`tasks\` to \`lists\` with \`lists.user_id = $1\`, so guessing another ID returns \`404\`.
- **Validation**: length limits on titles; \`400\` with field errors.
- **Pagination**: cursor-based on \`(created_at, id)\` rather than \`OFFSET\`, so pages stay fast and stable while tasks are added.
- **Retries**: \`PATCH\` and \`DELETE\` are idempotent; for \`POST\`, clients send an \`Idempotency-Key\` or generate the UUID.

Later: more instances behind a load balancer, a read replica, and push or WebSockets for cross-device sync.`,
    keyPoints: [
      { label: "Resource-oriented endpoints with the right methods", terms: ["endpoint", "/lists", "/tasks", "patch", "crud"] },
      { label: "Relational model with foreign keys", terms: ["foreign key", "user_id", "list_id", "one-to-many"] },
      { label: "Scope every query to the authenticated user", terms: ["authorization", "ownership", "belongs to the user", "bearer token", "jwt"] },
      { label: "Paginate task lists", terms: ["pagination", "paginate", "cursor", "offset"] },
      { label: "Validate input and use proper status codes", terms: ["validation", "400", "201", "204", "status code"] },
      { label: "Stateless API that can scale out later", terms: ["stateless", "load balancer", "horizontal", "read replica"] },
    ],
    designOutline: `- **Requirements**: users manage private lists and tasks (create, edit, complete, delete, due dates); authenticated; a few thousand users; no sharing or real-time sync in v1.
- **Core entities**: \`User\`, \`List\`, \`Task\`; a user has many lists, a list has many tasks.
- **API**: REST under \`/v1\`: \`/lists\`, \`/lists/:id/tasks\`, \`/tasks/:id\` with \`GET\`/\`POST\`/\`PATCH\`/\`DELETE\`; \`201\`, \`204\`, \`400\`, \`401\`, \`404\`.
- **Data model**: PostgreSQL tables with foreign keys, \`ON DELETE CASCADE\` from lists to tasks, index on \`tasks (list_id, created_at, id)\`.
- **High-level design**: clients → load balancer → stateless API instances with auth middleware → PostgreSQL.
- **Deep dive**: authorization by scoping every query to the caller's \`user_id\`; cursor pagination.
- **Trade-offs**: cursor vs offset pagination, soft vs hard delete, idempotency keys for retried creates, one database until read replicas are needed.`,
  },
  {
    slug: "design-blog-schema",
    title: "Design the database schema for a blog",
    prompt: `Design the relational schema for a multi-author blog. Authors write posts, posts can have several tags, and readers can leave comments.

Walk me through the tables, keys and relationships, and the indexes you'd add for the main pages: the home page of latest posts, a post with its comments, and the list of posts for a tag.`,
    level: "beginner",
    kind: "design",
    topics: ["databases-sql", "indexing", "system-design"],
    suggestedMinutes: 18,
    sampleAnswer: `Entities: users (authors and commenters), posts, comments and tags, plus a **join table** for the many-to-many link between posts and tags.

\`\`\`sql
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES users(id),
  slug text NOT NULL UNIQUE,
  title text NOT NULL,
  body text NOT NULL,
  published_at timestamptz -- NULL while a draft
);
CREATE TABLE tags (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE post_tags (
  post_id bigint REFERENCES posts(id) ON DELETE CASCADE,
  tag_id bigint REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, tag_id)
);
CREATE TABLE comments (
  id bigserial PRIMARY KEY,
  post_id bigint NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users(id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON posts (published_at DESC) WHERE published_at IS NOT NULL;
CREATE INDEX ON post_tags (tag_id, post_id);
CREATE INDEX ON comments (post_id, created_at);
CREATE INDEX ON posts (author_id);
\`\`\`

Why:

- **Primary and foreign keys** enforce relationships; \`ON DELETE CASCADE\` removes a post's comments and tag links with it.
- The composite primary key on \`post_tags\` prevents duplicate tags and serves "tags of a post"; the \`(tag_id, post_id)\` index serves "posts with a tag".
- \`UNIQUE\` on \`slug\` gives readable URLs like \`/posts/hello-world\`, and the constraint comes with an index.
- The **partial index** makes the home page (\`ORDER BY published_at DESC LIMIT 10\`) a short index read.
- PostgreSQL doesn't index foreign keys automatically, hence \`posts (author_id)\`.

Trade-offs: this is **normalized**. For comment counts on the home page I might **denormalize** a \`comment_count\` column updated in the same transaction. A \`parent_id\` on comments would allow threads.`,
    keyPoints: [
      { label: "Tables for users, posts, comments and tags", terms: ["posts table", "comments table", "tags table", "create table posts", "create table comments"] },
      { label: "Many-to-many through a join table", terms: ["join table", "junction table", "many-to-many", "post_tags", "associative"] },
      { label: "Primary and foreign keys enforce relationships", terms: ["foreign key", "primary key", "references", "on delete cascade"] },
      { label: "Unique constraints on slug, email and tag name", terms: ["unique constraint", "unique", "slug"] },
      { label: "Indexes match the main page queries", terms: ["index on", "composite index", "partial index", "published_at"] },
      { label: "Normalization vs denormalized counters", terms: ["normalized", "normalization", "denormalize", "comment_count"] },
    ],
    designOutline: `- **Requirements**: multi-author posts with drafts, tags and comments; read-heavy pages: latest posts, a post with its comments, posts by tag.
- **Core entities**: \`users\`, \`posts\`, \`tags\`, \`post_tags\` (join table), \`comments\`.
- **Relationships**: user 1–N posts, post 1–N comments, posts N–M tags through \`post_tags\` with a composite primary key.
- **Constraints**: foreign keys with \`ON DELETE CASCADE\` where children shouldn't outlive the post; \`UNIQUE\` on \`posts.slug\`, \`tags.name\`, \`users.email\`.
- **Indexes**: partial index on \`posts (published_at DESC)\`; \`post_tags (tag_id, post_id)\`; \`comments (post_id, created_at)\`; \`posts (author_id)\`.
- **Access patterns**: each page maps to one indexed query; cursor pagination for long lists.
- **Trade-offs**: normalized schema vs a denormalized \`comment_count\`; hard vs soft delete; flat vs threaded comments (\`parent_id\`); caching rendered pages.`,
  },
  {
    slug: "design-contact-form-backend",
    title: "Design a contact-form backend",
    prompt: `A marketing site has a "Contact us" form with name, email and message fields. Design the backend that receives submissions, stores them, and emails the sales team.

Messages must never be lost, and the form is a popular target for spam bots. Walk me through your design.`,
    level: "beginner",
    kind: "design",
    topics: ["system-design", "messaging-queues", "auth-security"],
    suggestedMinutes: 15,
    sampleAnswer: `**Requirements**: accept submissions reliably, email sales, let staff browse submissions, and block spam. Volume is low (hundreds a day) but can spike during bot attacks.

**Flow:**

1. The browser sends \`POST /api/contact\` with JSON over HTTPS.
2. The API **validates** input (required fields, email format, length limits such as 5,000 characters) and returns \`400\` with field errors if it's invalid.
3. **Anti-spam**: a per-IP **rate limit** (returning \`429\`), a hidden **honeypot** field that bots tend to fill in, and a CAPTCHA token verified server-side.
4. It inserts the submission into \`contact_messages\` (\`id\`, \`name\`, \`email\`, \`message\`, \`ip\`, \`status\`, \`created_at\`) with status \`pending\`, enqueues a "notify sales" job, and returns \`202 Accepted\`.
5. A **worker** takes the job, sends the email through a provider such as SES or Postmark, and marks the row \`notified\`.

**Why a queue?** The email provider can be slow or down, and that shouldn't make the visitor wait or see an error. Failed sends are **retried with exponential backoff** and, after several attempts, moved to a **dead-letter queue** with an alert. Because the row is saved first, nothing is lost if email fails; a periodic job re-enqueues rows stuck in \`pending\`, which also covers a crash between the insert and the enqueue. At this volume the table itself can even serve as the queue, with a worker polling for pending rows.

**Security:**

- Send to a fixed sales address and never put raw input into email headers (**header injection**); set \`Reply-To\` only to a validated email.
- Escape messages when showing them in the admin UI to prevent **XSS**.
- Treat submissions as personal data: restrict admin access and set a retention period.

**Observability**: metrics for submissions, spam rejections and email failures, plus an alert when the backlog grows.`,
    keyPoints: [
      { label: "Validate input server-side", terms: ["validate", "validation", "400", "length limit"] },
      { label: "Persist the submission before notifying", terms: ["persist", "contact_messages", "never lose", "save to the database", "store the submission"] },
      { label: "Send the email asynchronously with a queue and worker", terms: ["queue", "worker", "background job", "asynchronous"] },
      { label: "Retries with backoff and a dead-letter queue", terms: ["retry", "exponential backoff", "dead-letter", "dlq"] },
      { label: "Anti-spam: rate limiting, honeypot, CAPTCHA", terms: ["rate limit", "honeypot", "captcha", "turnstile", "recaptcha"] },
      { label: "Safe handling of user input: header injection, XSS", terms: ["header injection", "xss", "escape", "sanitize"] },
    ],
    designOutline: `- **Requirements**: accept name, email and message; never lose a submission; notify sales by email; admin view; block spam; low but bursty volume.
- **Core entities**: \`ContactMessage\` (id, name, email, message, ip, status, created_at) and a notification job.
- **API**: \`POST /api/contact\` → \`202\`, \`400\` on invalid input, \`429\` when rate-limited; authenticated admin \`GET /api/contact-messages\`.
- **Data model**: a \`contact_messages\` table with \`status\` (\`pending\`, \`notified\`, \`spam\`) and an index on \`(status, created_at)\`.
- **High-level design**: API validates and stores → enqueues a job → worker sends the email via a provider → updates the status.
- **Deep dive**: reliability (persist first, retries with backoff, dead-letter queue, sweeper for stuck \`pending\` rows) and anti-spam (rate limit, honeypot, CAPTCHA).
- **Trade-offs**: a dedicated queue vs the table as a queue; sending inline (simpler) vs async (more reliable); CAPTCHA friction vs spam volume.`,
  },
];
