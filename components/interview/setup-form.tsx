"use client";

import { useActionState, useEffect, useMemo, useState } from "react";
import { createInterviewAction, type SetupState } from "@/app/(app)/interviews/actions";
import type { InterviewConfig, Preset } from "@/lib/interview/config";
import { DRAW_SOURCE_LABELS, KIND_LABELS, KINDS, LEVEL_LABELS, LEVELS, QUESTION_SOURCES, TOPICS } from "@/lib/taxonomy";

const TIMER_LABEL = {
  total: "Total budget — move freely between questions",
  per_question: "Per question — each question on its own clock",
  untimed: "Untimed practice",
} as const;

export function SetupForm({ presets, initial }: { presets: Preset[]; initial: InterviewConfig }) {
  const [state, action, pending] = useActionState<SetupState, FormData>(createInterviewAction, {});
  const [config, setConfig] = useState<InterviewConfig>(initial);
  const [presetId, setPresetId] = useState<string>("");
  const [matched, setMatched] = useState<number | null>(null);

  const query = useMemo(
    () =>
      new URLSearchParams({ levels: config.levels.join(","), kinds: config.kinds.join(","), topics: config.topics.join(","), source: config.source ?? "built-in" }).toString(),
    [config.levels, config.kinds, config.topics, config.source],
  );
  useEffect(() => {
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      fetch(`/api/questions/count?${query}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : null))
        .then((d: { matched?: number } | null) => setMatched(typeof d?.matched === "number" ? d.matched : null))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [query]);

  const toggle = <K extends "levels" | "kinds" | "topics">(key: K, value: InterviewConfig[K][number]) => {
    setPresetId("");
    setConfig((c) => {
      const list = c[key] as string[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { ...c, [key]: next };
    });
  };

  const applyPreset = (p: Preset) => {
    setPresetId(p.id);
    // A preset says what to practise, not whose questions: the source chosen stays.
    setConfig((c) => ({ ...p.config, source: c.source }));
  };

  const noneChosen = config.levels.length === 0 || config.kinds.length === 0;
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" aria-describedby="match-count">
      <input type="hidden" name="preset" value={presetId} />
      <section aria-labelledby="presets-heading">
        <h2 id="presets-heading">Presets</h2>
        <div className="grid grid-3">
          {presets.map((p) => (
            <button
              key={p.id}
              type="button"
              className="card preset-card"
              aria-pressed={presetId === p.id}
              onClick={() => applyPreset(p)}
            >
              <strong>{p.label}</strong>
              <span className="muted small" style={{ display: "block" }}>
                {p.description}
              </span>
            </button>
          ))}
        </div>
      </section>

      <fieldset aria-describedby={fe.levels ? "levels-error" : undefined}>
        <legend>Levels</legend>
        <div className="checks">
          {LEVELS.map((l) => (
            <label key={l}>
              <input type="checkbox" name="levels" value={l} checked={config.levels.includes(l)} onChange={() => toggle("levels", l)} />
              {LEVEL_LABELS[l]}
            </label>
          ))}
        </div>
        {fe.levels ? <p id="levels-error" className="field-error">{fe.levels}</p> : null}
      </fieldset>

      <fieldset aria-describedby={fe.kinds ? "kinds-error" : undefined}>
        <legend>Question types</legend>
        <div className="checks">
          {KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name="kinds" value={k} checked={config.kinds.includes(k)} onChange={() => toggle("kinds", k)} />
              {KIND_LABELS[k]}
            </label>
          ))}
        </div>
        {fe.kinds ? <p id="kinds-error" className="field-error">{fe.kinds}</p> : null}
      </fieldset>

      <fieldset>
        <legend>Questions from</legend>
        <div role="radiogroup" aria-label="Questions from" className="row">
          {QUESTION_SOURCES.map((s) => (
            <label key={s} style={{ fontWeight: 500, display: "flex", gap: "0.5rem", alignItems: "center" }}>
              <input type="radio" name="source" value={s} checked={(config.source ?? "built-in") === s} onChange={() => setConfig((c) => ({ ...c, source: s }))} />
              {DRAW_SOURCE_LABELS[s]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Topics</legend>
        <p className="field-hint" style={{ marginTop: 0 }}>
          None ticked means every topic.
        </p>
        <div className="checks">
          {Object.entries(TOPICS).map(([slug, label]) => (
            <label key={slug}>
              <input type="checkbox" name="topics" value={slug} checked={config.topics.includes(slug)} onChange={() => toggle("topics", slug)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Shape</legend>
        <div className="grid grid-2">
          <div className="field">
            <label htmlFor="count">Number of questions</label>
            <input
              id="count"
              name="count"
              type="number"
              min={1}
              max={20}
              value={config.count}
              aria-invalid={fe.count ? true : undefined}
              aria-describedby={fe.count ? "count-error" : undefined}
              onChange={(e) => {
                setPresetId("");
                setConfig((c) => ({ ...c, count: Number(e.target.value) }));
              }}
            />
            {fe.count ? <p id="count-error" className="field-error">{fe.count}</p> : null}
          </div>
          <div className="field">
            <label htmlFor="totalMinutes">Time budget (minutes)</label>
            <input
              id="totalMinutes"
              name="totalMinutes"
              type="number"
              min={1}
              max={240}
              value={config.totalMinutes}
              disabled={config.timerMode !== "total"}
              aria-invalid={fe.totalMinutes ? true : undefined}
              aria-describedby={fe.totalMinutes ? "total-error" : "total-hint"}
              onChange={(e) => {
                setPresetId("");
                setConfig((c) => ({ ...c, totalMinutes: Number(e.target.value) }));
              }}
            />
            <p id="total-hint" className="field-hint">
              Used in total mode; per question, each question has its suggested time.
            </p>
            {fe.totalMinutes ? <p id="total-error" className="field-error">{fe.totalMinutes}</p> : null}
          </div>
        </div>
        <div role="radiogroup" aria-label="Timing" className="stack">
          {(Object.keys(TIMER_LABEL) as (keyof typeof TIMER_LABEL)[]).map((m) => (
            <label key={m} style={{ fontWeight: 500, display: "flex", gap: "0.5rem", alignItems: "center" }}>
              <input
                type="radio"
                name="timerMode"
                value={m}
                checked={config.timerMode === m}
                onChange={() => {
                  setPresetId("");
                  setConfig((c) => ({ ...c, timerMode: m }));
                }}
              />
              {TIMER_LABEL[m]}
            </label>
          ))}
        </div>
        <label style={{ fontWeight: 500, display: "flex", gap: "0.5rem", alignItems: "center", marginTop: "0.75rem" }}>
          <input
            type="checkbox"
            name="focus"
            value="weak"
            checked={config.focus === "weak"}
            onChange={(e) => setConfig((c) => ({ ...c, focus: e.target.checked ? "weak" : "any" }))}
          />
          Focus on my weak spots (due reviews and weak topics first)
        </label>
      </fieldset>

      <p id="match-count" role="status" className={matched === 0 ? "field-error" : "muted"}>
        {noneChosen
          ? "Choose at least one level and one type."
          : matched === null
            ? "Counting matching questions…"
            : matched === 0
              ? "No question matches these filters."
              : `${matched} question${matched === 1 ? "" : "s"} match${matched === 1 ? "es" : ""}${matched < config.count ? ` — fewer than the ${config.count} you asked for` : ""}.`}
      </p>

      {state.message ? (
        <div role="alert" className="alert alert-error">
          {state.message}
        </div>
      ) : null}
      {state.short ? (
        <div role="alert" className="alert alert-warn">
          <p>
            Only {state.short.matched} question{state.short.matched === 1 ? "" : "s"} match your filters (you asked for {state.short.asked}). Start with{" "}
            {state.short.matched}, or widen the filters.
          </p>
          <button type="submit" name="acceptShort" value="1" className="btn btn-primary" disabled={pending}>
            Start with {state.short.matched} question{state.short.matched === 1 ? "" : "s"}
          </button>
        </div>
      ) : null}

      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={pending || noneChosen}>
          {pending ? "Drawing questions…" : "Start interview"}
        </button>
      </div>
    </form>
  );
}
