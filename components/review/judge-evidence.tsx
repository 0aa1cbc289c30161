import type { DeniedEvidence, Evidence, KeyPointVerdict, MisconceptionVerdict } from "@/lib/judge/types";

/** A few words either side of a piece of evidence, the evidence itself marked. */
function Around({ text, span }: { text: string; span: { start: number; end: number } }) {
  const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, span.start - 30)) + 1);
  const toSpace = text.indexOf(" ", Math.min(text.length, span.end + 30));
  const to = toSpace < 0 ? text.length : toSpace;
  return (
    <q className="kp-snippet">
      {from > 0 ? "…" : ""}
      {text.slice(from, span.start)}
      <mark>{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end, to)}
      {to < text.length ? "…" : ""}
    </q>
  );
}

/** Evidence grouped by sentence: the first two pieces in full, then a count. */
function Snippets({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  const shown = evidence.slice(0, 2);
  return (
    <>
      {shown.map((e, i) => (
        <Around key={i} text={text} span={e} />
      ))}
      {evidence.length > 2 ? <span className="muted"> and {evidence.length - 2} more</span> : null}
    </>
  );
}

/**
 * Why the judge pre-ticked a key point, or why it did not: the words that show
 * it, or the denial, the veto, the bare term, or the misconception that
 * contradicts it. The person decides; this is the judge's evidence.
 */
export function KeyPointEvidence({ text, verdict, misconceptions }: { text: string; verdict: KeyPointVerdict; misconceptions: readonly MisconceptionVerdict[] }) {
  if (verdict.matched) {
    return (
      <span className="small kp-detail">
        <Snippets text={text} evidence={verdict.evidence} />
      </span>
    );
  }
  if (verdict.holds && verdict.contradictedBy.length) {
    const claims = misconceptions.filter((m) => verdict.contradictedBy.includes(m.id)).map((m) => m.claim);
    return (
      <span className="small kp-detail">
        <span className="muted">Not pre-ticked: your answer also states “{claims.join("”, “")}”. </span>
        <Snippets text={text} evidence={verdict.evidence} />
      </span>
    );
  }
  const denied: DeniedEvidence | undefined = verdict.negated[0];
  if (denied) {
    return (
      <span className="small kp-detail">
        <span className="muted">Mentioned only in a denial: </span>
        <Around text={text} span={{ start: Math.min(denied.start, denied.denial.start), end: Math.max(denied.end, denied.denial.end) }} />
      </span>
    );
  }
  if (verdict.unexplained.length) {
    return (
      <span className="small kp-detail">
        <span className="muted">Named but not explained: </span>
        <Around text={text} span={verdict.unexplained[0]!} />
      </span>
    );
  }
  return <span className="small muted kp-detail">Not found in your answer.</span>;
}

/** The misconceptions found in an answer, each with the words that revealed it and why it is wrong. */
export function MisconceptionList({ id, text, found }: { id: string; text: string; found: readonly MisconceptionVerdict[] }) {
  if (found.length === 0) return null;
  return (
    <section className="alert alert-warn misconceptions" aria-labelledby={id}>
      <h4 id={id} style={{ margin: "0 0 0.35rem" }}>
        {found.length === 1 ? "A common misconception in your answer" : `${found.length} common misconceptions in your answer`}
      </h4>
      <ul className="stack" style={{ margin: 0, paddingLeft: "1.1rem" }}>
        {found.map((m) => (
          <li key={m.id}>
            <strong>{m.claim}</strong>
            <div className="small">
              <Snippets text={text} evidence={m.evidence} />
            </div>
            <div className="small">{m.why}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
