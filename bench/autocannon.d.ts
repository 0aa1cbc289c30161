// The little of autocannon's API the benchmarks use (it ships no types).
declare module "autocannon" {
  interface Result {
    requests: { average: number; total: number };
    latency: { p50: number; p97_5?: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
  }
  function autocannon(options: Options, done: (err: Error | null, result: Result) => void): unknown;
  export default autocannon;
}
