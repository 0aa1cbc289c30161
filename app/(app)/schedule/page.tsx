import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Schedule" };

export default function Page() {
  return <ComingSoon title="Schedule" what="booking your next mock interview." />;
}
