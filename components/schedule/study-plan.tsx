import type { PlanInputs } from "@/db/queries/schedule";
import { studyPlan } from "@/lib/booking/schedule";
import { formatInZone } from "@/lib/zoned-time";

/** The plan toward the real interview: days left and reviews per day. */
export function StudyPlanSummary({ inputs, now }: { inputs: PlanInputs; now: Date }) {
  if (!inputs.target) return null;
  const plan = studyPlan({ now, target: inputs.target, dueNow: inputs.dueNow, dueBeforeTarget: inputs.dueBeforeTarget });
  const when = formatInZone(inputs.target, inputs.timeZone ?? "UTC").replace(/, \d\d:\d\d/, "");
  if (plan.status === "past") return <p className="muted">Your interview date ({when}) has passed. Set a new one when you know it.</p>;
  return (
    <div className="stack" style={{ gap: "0.25rem" }}>
      <p style={{ margin: 0 }}>
        <strong>{plan.daysLeft}</strong> day{plan.daysLeft === 1 ? "" : "s"} until your interview on {when}.
      </p>
      <p style={{ margin: 0 }}>
        {plan.totalReviews === 0 ? (
          "No reviews are due before then: sit a mock interview to find what to practise."
        ) : (
          <>
            Do <strong>{plan.perDay}</strong> review{plan.perDay === 1 ? "" : "s"} a day to clear the {plan.totalReviews} due by then ({inputs.dueNow} due now).
          </>
        )}
      </p>
    </div>
  );
}
