import type { Metadata } from "next";
import Link from "next/link";
import { TopicTrendChart, WeakTopicsBarChart } from "@/components/charts/topic-charts";
import { CalibrationView, KindTable, TopicTable } from "@/components/history/topic-tables";
import { getWeakTopicsByUser } from "@/db/queries/topics";
import { requireUser } from "@/server/auth/session";
import { topicLabel } from "@/lib/taxonomy";
import { DesignTimeSection } from "@/components/history/design-time";
import { listDesignPhaseAttemptsByUser } from "@/db/queries/phases";
import { designTimeInsight } from "@/lib/interview/phase-insights";

/** How many recent design answers "where your design time goes" averages over. */
const DESIGN_ATTEMPTS = 10;

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const user = await requireUser();
  const now = new Date();
  const [{ topics, kinds, calibration }, designAttempts] = await Promise.all([
    getWeakTopicsByUser(user.id, now),
    listDesignPhaseAttemptsByUser({ userId: user.id, limit: DESIGN_ATTEMPTS, now }),
  ]);
  const designTime = designTimeInsight(designAttempts);
  if (topics.length === 0) {
    return (
      <>
        <div className="page-header">
          <h1>Weak topics</h1>
        </div>
        <div className="card empty stack">
          <p>Nothing to show yet: this page fills in as you practise.</p>
          <ol style={{ textAlign: "left", margin: "0 auto" }}>
            <li>
              <Link href="/interviews/new">Sit a mock interview</Link> (a quick 15-minute one is enough).
            </li>
            <li>In its review, tick the key points you covered and rate each answer.</li>
            <li>Come back here to see which topics are weakest and whether they are improving.</li>
          </ol>
        </div>
        {designTime ? <DesignTimeSection insight={designTime} /> : null}
      </>
    );
  }
  const trendSeries = topics
    .filter((t) => t.weekly.length > 0)
    .slice(0, 4)
    .map((t) => ({ label: topicLabel(t.key), points: t.weekly }));
  const weakest = topics[0]!;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Weak topics</h1>
          <p>Ranked weakest first by average score; topics you attempted but have not rated yet come last.</p>
        </div>
        <Link href={`/interviews/new?topic=${weakest.key}`} className="btn btn-primary">
          Practise {topicLabel(weakest.key)}
        </Link>
      </div>
      <section className="card" aria-labelledby="by-topic">
        <h2 id="by-topic">By topic</h2>
        <div className="grid grid-2">
          <WeakTopicsBarChart data={topics.map((t) => ({ label: topicLabel(t.key), score: t.avgScore, coverage: t.avgCoverage }))} />
          <TopicTable topics={topics} />
        </div>
      </section>
      {trendSeries.length ? (
        <section className="card" aria-labelledby="trend-heading" style={{ marginTop: "1rem" }}>
          <h2 id="trend-heading">Trend of the weakest topics</h2>
          <p className="muted small">Average score per week. The table above gives each topic&apos;s trend in points per week.</p>
          <TopicTrendChart series={trendSeries} />
        </section>
      ) : null}
      {designTime ? <DesignTimeSection insight={designTime} /> : null}
      <div className="grid grid-2" style={{ marginTop: "1rem" }}>
        <section className="card" aria-labelledby="by-kind">
          <h2 id="by-kind">By question type</h2>
          <KindTable kinds={kinds} />
        </section>
        <section className="card" aria-labelledby="calibration-heading">
          <h2 id="calibration-heading">Calibration</h2>
          <CalibrationView cal={calibration} />
        </section>
      </div>
    </>
  );
}
