import { type ObjectionCreate, objectionCreateSchema, objectionSources } from '@talent/domain';
import {
  Dialog,
  DialogFormActions,
  SelectField,
  TextField,
  useFormSubmit,
  useI18n,
  useZodForm,
} from '@talent/ui';
import type { NoticeEntry } from './types';

/**
 * Staff record an objection as it came in: whom it concerns (a claimant still undecided on this
 * notice), by which channel, and what it says. It holds that claimant's award until decided.
 */
export function RecordObjectionDialog({
  entries,
  onSubmit,
  onClose,
}: {
  entries: readonly NoticeEntry[];
  onSubmit: (objection: ObjectionCreate) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useZodForm(objectionCreateSchema, {
    defaultValues: { claimId: '', source: '' as ObjectionCreate['source'], summary: '' },
  });
  const { onSubmit: submit, pending, error } = useFormSubmit(form, onSubmit);
  return (
    <Dialog
      open
      title={t('objections.recordTitle')}
      onClose={onClose}
      dismissible={!pending}
      testId="objection-dialog"
    >
      <form onSubmit={submit} noValidate className="form">
        <p className="dialog-summary">{t('objections.recordNote')}</p>
        <SelectField
          form={form}
          name="claimId"
          label={t('objections.claim')}
          options={entries
            .filter((e) => e.outcome === null)
            .map((e) => ({ value: e.claimId, label: `${e.maskedName} · ${e.number}` }))}
          placeholder
          required
          testId="objection-claim"
        />
        <SelectField
          form={form}
          name="source"
          label={t('objections.source')}
          options={objectionSources.map((s) => ({ value: s, label: t(`objectionSource.${s}`) }))}
          placeholder
          required
          testId="objection-source"
        />
        <TextField
          form={form}
          name="summary"
          label={t('objections.summary')}
          hint={t('objections.summaryHint')}
          autoComplete="off"
          maxLength={1000}
          required
          testId="objection-summary"
        />
        <DialogFormActions
          error={error}
          pending={pending}
          onCancel={onClose}
          submitLabel={t('objections.record')}
          submitTestId="objection-submit"
        />
      </form>
    </Dialog>
  );
}
