import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "New interview" };

export default function Page() {
  return <ComingSoon title="New interview" what="setting up a timed mock interview." />;
}
