import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Weak topics" };

export default function Page() {
  return <ComingSoon title="Weak topics" what="your weak topics and how they change." />;
}
