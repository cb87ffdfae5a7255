import { type DocumentRef, DocumentUpload, useI18n } from '@talent/ui';
import { useQuery } from '@tanstack/react-query';
import { documentsQuery } from '../queries';
import type { DraftForm } from './draftForm';

type Form = DraftForm;
type Slot =
  | 'graduationCertificate'
  | 'householdMigrationCertificate'
  | 'residentIdCard'
  | 'propertyOrLease'
  | 'relativeHouseholdBooklet';

/**
 * The documents 二(一)4 names — graduation certificate, household migration certificate (or the
 * electronic transfer), resident ID card — and the proof of the chosen place. Never the 就业报到证.
 */
export function DocumentsStep({
  form,
  documents,
  onUploaded,
}: {
  form: Form;
  /** Uploaded documents by id, for their names and previews. */
  documents: Record<string, DocumentRef>;
  onUploaded: (doc: DocumentRef) => void;
}) {
  const { t, tKey } = useI18n();
  const settleAt = form.watch('settleAt');
  const electronic = form.watch('documents.electronicTransfer');
  const members = form.watch('members') ?? [];
  // The green channel (二(一)5): the card registry stands for the holder's own documents.
  const green = form.watch('route') === 'talent_card';
  const error = (slot: Slot) => form.formState.errors.documents?.[slot]?.message;
  // Files uploaded before (on the documents page or an earlier application) can be used again.
  const uploaded = useQuery(documentsQuery).data?.items ?? [];
  const pick = (name: Slot, docId: string) => {
    const doc = uploaded.find((d) => d.id === docId);
    if (doc) onUploaded(doc);
    form.setValue(`documents.${name}`, docId, { shouldDirty: true, shouldValidate: true });
  };

  const slot = (name: Slot, kind: string, required = true) => {
    const id = form.watch(`documents.${name}`) as string | undefined;
    const message = error(name);
    return (
      <div key={name}>
        <DocumentUpload
          label={tKey(`document.${kind}`)}
          testId={`doc-${name}`}
          required={required}
          value={id ? (documents[id] ?? null) : null}
          onChange={(doc) => {
            if (doc) onUploaded(doc);
            form.setValue(`documents.${name}`, doc?.id ?? '', { shouldDirty: true, shouldValidate: true });
          }}
        />
        {uploaded.length > 0 && (
          <select
            className="input input-small reuse-document"
            aria-label={t('apply.reuseDocument')}
            data-testid={`doc-${name}-existing`}
            value=""
            onChange={(e) => pick(name, e.target.value)}
          >
            <option value="">{t('apply.reuseDocument')}</option>
            {uploaded.map((d) => (
              <option key={d.id} value={d.id}>
                {d.originalName}
              </option>
            ))}
          </select>
        )}
        {message && <p className="field-error">{tKey(message)}</p>}
      </div>
    );
  };

  return (
    <div className="wizard-step" data-testid="step-documents">
      <p className="muted">{green ? t('green.documentsIntro') : t('apply.documentsIntro')}</p>
      {!green && (
        <>
          {slot('graduationCertificate', 'graduation_certificate')}
          <label className="checkbox electronic-transfer">
            <input
              type="checkbox"
              data-testid="electronicTransfer"
              {...form.register('documents.electronicTransfer')}
            />
            <span>{t('apply.electronicTransfer')}</span>
          </label>
          {!electronic && slot('householdMigrationCertificate', 'household_migration_certificate')}
          {slot('residentIdCard', 'resident_id_card')}
          {settleAt === 'own_residence' && slot('propertyOrLease', 'property_or_lease_certificate')}
          {settleAt === 'relative_residence' &&
            slot('relativeHouseholdBooklet', 'relative_household_booklet')}
        </>
      )}
      {members.map((m, i) => {
        const id = form.watch(`members.${i}.documentId`) as string | undefined;
        return (
          <DocumentUpload
            key={i}
            label={t(green ? 'green.proof' : 'apply.memberDocument', {
              name: m.name || t('apply.member', { n: i + 1 }),
            })}
            required={green}
            testId={`doc-member-${i}`}
            value={id ? (documents[id] ?? null) : null}
            onChange={(doc) => {
              if (doc) onUploaded(doc);
              form.setValue(`members.${i}.documentId`, doc?.id ?? '', { shouldDirty: true });
            }}
          />
        );
      })}
    </div>
  );
}
