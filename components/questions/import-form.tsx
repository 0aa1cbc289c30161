"use client";

import Link from "next/link";
import { useRef, useState } from "react";

interface PlanItem {
  file: string;
  line?: number;
  slug: string;
  title: string;
  action: "create" | "update";
}
interface Plan {
  mode: "preview" | "commit";
  items: PlanItem[];
  problems: { file: string; line?: number; message: string }[];
  creates: number;
  updates: number;
}

type State = { step: "choose" } | { step: "busy" } | { step: "preview"; plan: Plan } | { step: "done"; plan: Plan } | { step: "error"; message: string; plan?: Plan };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Choose a file, see what it would create, update and refuse, then import it all at once. */
export function ImportForm({ limits }: { limits: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: "choose" });
  const input = useRef<HTMLInputElement>(null);

  const send = async (mode: "preview" | "commit") => {
    if (!file) return;
    setState({ step: "busy" });
    try {
      const res = await fetch(`/api/questions/import?mode=${mode}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
        body: file,
      });
      const body = (await res.json().catch(() => null)) as (Plan & { error?: string }) | null;
      if (!res.ok || !body) {
        const problems = (body as { problems?: Plan["problems"] } | null)?.problems;
        setState({ step: "error", message: body?.error ?? `The import failed (HTTP ${res.status}).`, plan: problems ? { mode, items: [], problems, creates: 0, updates: 0 } : undefined });
        return;
      }
      setState(mode === "preview" ? { step: "preview", plan: body } : { step: "done", plan: body });
    } catch {
      setState({ step: "error", message: "The server could not be reached. Nothing was imported; try again." });
    }
  };

  const plan = state.step === "preview" || state.step === "done" ? state.plan : state.step === "error" ? state.plan : undefined;
  return (
    <div className="stack">
      <form
        className="card stack"
        onSubmit={(e) => {
          e.preventDefault();
          void send("preview");
        }}
      >
        <div className="field">
          <label htmlFor="import-file">Question file, zip or CSV</label>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".md,.zip,.csv,text/markdown,text/csv,application/zip"
            aria-describedby="import-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setState({ step: "choose" });
            }}
          />
          <p id="import-hint" className="field-hint">
            {limits}
          </p>
        </div>
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={!file || state.step === "busy"}>
            {state.step === "busy" ? "Reading…" : "Preview import"}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite">
        {state.step === "done" ? (
          <div className="alert alert-ok">
            Imported: {plural(state.plan.creates, "new question")}, {plural(state.plan.updates, "update")}. <Link href="/questions?source=mine">See my questions</Link>
          </div>
        ) : null}
        {state.step === "preview" && state.plan.problems.length === 0 ? (
          <p>
            Ready to import: {plural(state.plan.creates, "new question")} and {plural(state.plan.updates, "update")}. Nothing is written until you import.
          </p>
        ) : null}
      </div>
      {state.step === "error" ? (
        <div role="alert" className="alert alert-error">
          {state.message}
        </div>
      ) : null}

      {plan && plan.problems.length ? (
        <section className="card" aria-labelledby="problems-heading">
          <h2 id="problems-heading">{plural(plan.problems.length, "problem")} — nothing will be imported until each is fixed</h2>
          <ul className="import-problems">
            {plan.problems.map((p, i) => (
              <li key={i}>
                <code>{p.message}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan && plan.items.length ? (
        <section className="card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">{state.step === "done" ? "Imported" : "What the import does"}</h2>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Slug</th>
                <th scope="col">From</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((it) => (
                <tr key={it.slug}>
                  <td>{it.title}</td>
                  <td>
                    <code>{it.slug}</code>
                  </td>
                  <td>{it.line ? `${it.file}, line ${it.line}` : it.file}</td>
                  <td>{it.action === "create" ? "Create" : "Update"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {state.step === "preview" && state.plan.problems.length === 0 && state.plan.items.length ? (
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => void send("commit")}>
            Import {plural(state.plan.items.length, "question")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
