import Link from "next/link";
import type { TopicStat } from "@/db/queries/topics";
import type { Calibration, GroupStat, Trend } from "@/lib/insights";
import { kindLabel, topicLabel } from "@/lib/taxonomy";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const one = (v: number | null) => (v === null ? "—" : v.toFixed(1));
const whole = (v: number | null) => (v === null ? "—" : String(Math.round(v)));
const RATING = ["", "Again", "Hard", "Good", "Easy"];

function trendText(t: Trend): string {
  if (t.direction === "unknown" || t.slopePerWeek === null) return "not enough data";
  const s = `${t.slopePerWeek > 0 ? "+" : ""}${t.slopePerWeek.toFixed(1)}/week`;
  return `${t.direction} (${s})`;
}

/** The accessible view of the weak-topics chart: one row per topic, weakest first. */
export function TopicTable({ topics }: { topics: TopicStat[] }) {
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="data-table">
        <caption className="sr-only">Topics ranked weakest first</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Attempts</th>
            <th scope="col">Avg rating (1–4)</th>
            <th scope="col">Key points covered</th>
            <th scope="col">Avg score</th>
            <th scope="col">Due</th>
            <th scope="col">Trend</th>
            <th scope="col">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => (
            <tr key={t.key}>
              <th scope="row">{topicLabel(t.key)}</th>
              <td>{t.attempts}</td>
              <td>{one(t.avgRating)}</td>
              <td>{pct(t.avgCoverage)}</td>
              <td>{t.avgScore === null ? "not rated yet" : whole(t.avgScore)}</td>
              <td>{t.due}</td>
              <td>{trendText(t.trend)}</td>
              <td>
                <Link href={`/interviews/new?topic=${t.key}`} aria-label={`Practise ${topicLabel(t.key)}`}>
                  Practise this topic
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}


export function KindTable({ kinds }: { kinds: GroupStat[] }) {
  return (
    <table className="data-table">
      <caption className="sr-only">Question types ranked weakest first</caption>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Attempts</th>
          <th scope="col">Avg rating (1–4)</th>
          <th scope="col">Key points covered</th>
          <th scope="col">Avg score</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((k) => (
          <tr key={k.key}>
            <th scope="row">{kindLabel(k.key)}</th>
            <td>{k.attempts}</td>
            <td>{one(k.avgRating)}</td>
            <td>{pct(k.avgCoverage)}</td>
            <td>{k.avgScore === null ? "not rated yet" : whole(k.avgScore)}</td>
            <td>{k.due}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const VERDICT: Record<Calibration["verdict"], string> = {
  "over-confident": "You tend to rate yourself higher than the key points you covered: slow down and check each key point before rating.",
  "under-confident": "You cover more key points than your ratings suggest: you know more than you think.",
  "well-calibrated": "Your self-ratings match the key points you covered.",
  unknown: "Rate a few answers in review to see how your self-ratings compare with what you covered.",
};

/** Self-rating against key points actually covered. */
export function CalibrationView({ cal }: { cal: Calibration }) {
  return (
    <div className="stack">
      <p>
        <strong>{cal.verdict === "unknown" ? "Not enough ratings yet." : cal.verdict[0]!.toUpperCase() + cal.verdict.slice(1) + "."}</strong> {VERDICT[cal.verdict]}
      </p>
      <table className="data-table">
        <caption className="sr-only">Key-point coverage for each self-rating</caption>
        <thead>
          <tr>
            <th scope="col">Self-rating</th>
            <th scope="col">Times given</th>
            <th scope="col">Key points actually covered</th>
            <th scope="col">Expected for this rating</th>
          </tr>
        </thead>
        <tbody>
          {cal.byRating.map((r) => (
            <tr key={r.rating}>
              <th scope="row">{RATING[r.rating]}</th>
              <td>{r.count}</td>
              <td>{pct(r.avgCoverage)}</td>
              <td>{pct((r.rating - 1) / 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
