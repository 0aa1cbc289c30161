"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TopicBar {
  label: string;
  score: number | null;
  coverage: number | null;
}

export interface TrendSeries {
  label: string;
  points: { week: string; avgScore: number }[];
}

const COLORS = ["var(--accent)", "#d97706", "#059669", "#7c3aed", "#dc2626"];

/**
 * Charts for the weak-topics page. They repeat what the table beside them
 * says, so they are hidden from screen readers (the table is the accessible view).
 */
export function WeakTopicsBarChart({ data }: { data: TopicBar[] }) {
  const rows = data.map((d) => ({ label: d.label, Score: d.score === null ? 0 : Math.round(d.score), Coverage: d.coverage === null ? 0 : Math.round(d.coverage * 100) }));
  return (
    <div aria-hidden="true" style={{ width: "100%", height: Math.max(220, rows.length * 36 + 60) }}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ left: 24, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" domain={[0, 100]} stroke="var(--muted)" />
          <YAxis type="category" dataKey="label" width={150} stroke="var(--muted)" tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="Score" fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="Coverage" fill="#d97706" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Weekly average score of the weakest topics, one line each. */
export function TopicTrendChart({ series }: { series: TrendSeries[] }) {
  const weeks = [...new Set(series.flatMap((s) => s.points.map((p) => p.week)))].sort();
  const rows = weeks.map((week) => {
    const row: Record<string, string | number | null> = { week };
    for (const s of series) row[s.label] = s.points.find((p) => p.week === week)?.avgScore ?? null;
    return row;
  });
  return (
    <div aria-hidden="true" style={{ width: "100%", height: 260 }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="week" stroke="var(--muted)" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} stroke="var(--muted)" />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.label} type="monotone" dataKey={s.label} stroke={COLORS[i % COLORS.length]} connectNulls dot isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
