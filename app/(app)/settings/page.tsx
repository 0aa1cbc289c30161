import type { Metadata } from "next";
import { ChangePasswordForm, DeleteAccountForm, ProfileForm, SignOutOthersForm } from "@/components/account/settings-forms";
import { getAccountByUser } from "@/db/queries/account";
import { notFound } from "@/lib/errors";
import { requireUser } from "@/server/auth/session";
import { recordingBytesByUser } from "@/db/queries/recordings";
import { sketchBytesByUser } from "@/db/queries/sketches";
import { formatStoredBytes, storageLines } from "@/lib/account/storage-quota";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const account = await getAccountByUser({ userId: user.id });
  if (!account) throw notFound();
  const [sketchBytes, recordingBytes] = await Promise.all([sketchBytesByUser({ userId: user.id }), recordingBytesByUser({ userId: user.id })]);
  const storage = storageLines({ sketches: sketchBytes, recordings: recordingBytes });
  return (
    <div className="page-narrow stack" style={{ margin: "0 auto" }}>
      <div className="page-header">
        <div>
          <h1>Settings</h1>
          <p>
            Signed in as <strong>{account.email}</strong>.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <ProfileForm name={account.name} timeZone={account.timeZone} />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <p className="muted small">Changing it signs you out on every other device.</p>
        <ChangePasswordForm hasPassword={account.hasPassword} email={account.email} name={account.name} />
      </section>
      <section className="card" aria-labelledby="devices-heading">
        <h2 id="devices-heading">Devices</h2>
        <p className="muted small">Lost a phone, or signed in on a shared computer? End every session but this one, within seconds.</p>
        <SignOutOthersForm />
      </section>
      <section className="card" aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        <p className="muted small">What your sketches and voice recordings take on this server, and how much each may take.</p>
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {storage.map((line) => (
            <li key={line.kind}>
              <div id={`storage-${line.kind}`}>
                <strong>{line.label}</strong>: {formatStoredBytes(line.used)} of {formatStoredBytes(line.quota)}
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-labelledby={`storage-${line.kind}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={line.percent}
              >
                <span style={{ width: `${line.percent}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Export your data</h2>
        <p className="muted small">
          One zip with everything Mockline keeps for you: <code>data.json</code> (all of it, machine-readable) and a Markdown file per
          interview with your answers, drawings, ratings and notes.
        </p>
        <a className="btn" href="/api/account/export" download>
          Download my data (.zip)
        </a>
      </section>
      <section className="card danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p className="muted small">
          Deletes your account and every interview, answer, drawing, rating and review state in it, at once and for good. Export first if you
          want to keep anything.
        </p>
        <DeleteAccountForm email={account.email} />
      </section>
    </div>
  );
}
