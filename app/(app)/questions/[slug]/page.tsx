import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionBadges } from "@/components/question-badges";
import { RichText } from "@/components/rich-text";
import { getQuestionBySlug } from "@/db/queries/questions";
import { bankFiltersToQuery, parseBankFilters } from "@/lib/question-filters";
import { requireUser } from "@/server/auth/session";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(slug: string) {
  const user = await requireUser();
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return undefined;
  return getQuestionBySlug({ userId: user.id, slug });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = await load((await params).slug);
  return { title: q ? q.title : "Question not found" };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const q = await load((await params).slug);
  if (!q) notFound();
  const back = `/questions${bankFiltersToQuery(parseBankFilters(await searchParams))}`;
  return (
    <article className="page-narrow" style={{ margin: "0 auto" }}>
      <p>
        <Link href={back}>← All questions</Link>
      </p>
      <h1>{q.title}</h1>
      <QuestionBadges level={q.level} kind={q.kind} topics={q.topics} minutes={q.suggestedMinutes} languages={q.languages} mine={q.ownerId !== null} />
      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="prompt-heading">
        <h2 id="prompt-heading">The question</h2>
        <RichText doc={q.prompt} shared />
      </section>
      <div className="row" style={{ margin: "1rem 0" }}>
        <Link className="btn btn-primary" href={`/interviews/new?question=${q.slug}`}>
          Practise this question under a clock
        </Link>
        {q.ownerId ? (
          <Link className="btn" href={`/questions/${q.slug}/edit`}>
            Edit
          </Link>
        ) : null}
      </div>
      <details className="card reveal">
        <summary className="btn">Reveal sample answer</summary>
        <section aria-labelledby="sample-heading" style={{ marginTop: "1rem" }}>
          <h2 id="sample-heading">Sample answer</h2>
          <RichText doc={q.sampleAnswer} shared />
          <h3>Key points</h3>
          <ul>
            {q.keyPoints.map((kp) => (
              <li key={kp.label}>{kp.label}</li>
            ))}
          </ul>
          {q.misconceptions.length ? (
            <>
              <h3>Common misconceptions</h3>
              <ul>
                {q.misconceptions.map((m) => (
                  <li key={m.id}>
                    <strong>“{m.claim}”</strong> — {m.why}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {q.designOutline ? (
            <>
              <h3>Reference design outline</h3>
              <RichText doc={q.designOutline} shared />
            </>
          ) : null}
        </section>
      </details>
    </article>
  );
}
