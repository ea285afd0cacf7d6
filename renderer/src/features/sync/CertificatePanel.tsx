import type { SyncCertificate } from '../../../../shared/ipc';
import { saveTextFile } from './saveTextFile';

/** What the IMR organisation must register before it accepts what the reviewer signs, and how to hand it over. */
export function CertificatePanel({ value }: { value: SyncCertificate | null }) {
  if (!value) return null;
  const { certificate, reviewerId } = value;
  return (
    <section aria-label="Your signing certificate" className="sync-certificate">
      <h3>Your signing certificate</h3>
      {certificate ? (
        <>
          <p>
            The server accepts what you sign only once your IMR organisation has registered this certificate. Signing in
            with an enrolment code registers it for you; otherwise save it and send them the file.
          </p>
          <dl>
            <dt>Reviewer ID</dt>
            <dd>{reviewerId}</dd>
            <dt>SHA-256 fingerprint</dt>
            <dd className="fingerprint">{certificate.fingerprint}</dd>
            <dt>Valid until</dt>
            <dd>{certificate.notAfter.slice(0, 10)}</dd>
          </dl>
          <button
            type="button"
            className="tool-button"
            onClick={() =>
              saveTextFile(`${reviewerId}-signing-certificate.pem`, certificate.pem, 'application/x-pem-file')
            }
          >
            Save certificate…
          </button>
        </>
      ) : (
        <p className="muted">
          No signing certificate yet for {reviewerId}. It is made when you first sign a determination, or when you sign
          in with an enrolment code.
        </p>
      )}
    </section>
  );
}
