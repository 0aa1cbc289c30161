import { oauthSignInAction } from "@/app/(auth)/actions";
import { oauthProviders } from "@/server/auth/auth";

/** GitHub / Google buttons, shown only when their credentials are configured. */
export function OAuthButtons({ callbackUrl }: { callbackUrl: string }) {
  const providers = oauthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="stack" style={{ marginBottom: "1.25rem" }}>
      {providers.map((p) => (
        <form key={p.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="btn" style={{ width: "100%" }}>
            Continue with {p.name}
          </button>
        </form>
      ))}
      <p className="muted small" style={{ textAlign: "center", margin: 0 }}>
        or use your email
      </p>
    </div>
  );
}
