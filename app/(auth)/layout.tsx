import { SiteHeader } from "@/components/shell/site-header";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="page page-narrow" style={{ maxWidth: 460 }}>
        {children}
      </main>
    </>
  );
}
