// Stands in for `server-only` under Vitest, which does not run in React's server environment.
export {};
