import { Brand } from "@/components/shell/brand";
import { NotFoundCard } from "@/components/not-found-card";

export default function NotFound() {
  return (
    <main id="main" className="page page-narrow" style={{ margin: "0 auto" }}>
      <Brand />
      <NotFoundCard style={{ marginTop: "2rem" }} />
    </main>
  );
}
