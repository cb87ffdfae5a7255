import { memberRelations, routeSpecs } from '@talent/domain';
import { Notice, SelectField, TextField, useI18n } from '@talent/ui';
import type { DraftForm } from './draftForm';

type Form = DraftForm;

/**
 * Family members settling along. The graduate route (二(一)4) names none: the pre-check says so, and
 * the notice points to the joining-a-relative route, rather than the form hiding the question. The
 * green channel (二(一)5) takes spouse, children and parents; each ID is checked as it is typed.
 */
export function FamilyStep({ form }: { form: Form }) {
  const { t, tKey } = useI18n();
  const members = form.watch('members') ?? [];
  const green = form.watch('route') === 'talent_card';
  const add = () =>
    form.setValue('members', [...members, { name: '', residentId: '', relation: 'spouse', documentId: '' }], {
      shouldDirty: true,
    });
  const remove = (index: number) =>
    form.setValue(
      'members',
      members.filter((_, i) => i !== index),
      { shouldDirty: true, shouldValidate: true },
    );
  return (
    <div className="wizard-step" data-testid="step-family">
      <p className="muted">{green ? t('green.familyIntro') : t('apply.familyIntro')}</p>
      {!green && routeSpecs.graduate.family === 'none' && (
        <Notice tone="info" testId="family-route-note">
          {t('apply.familyNotInRoute')}
        </Notice>
      )}
      {members.map((_, i) => (
        <fieldset className="subform" key={i} data-testid={`member-${i}`}>
          <legend>{t('apply.member', { n: i + 1 })}</legend>
          <TextField
            form={form}
            name={`members.${i}.name`}
            testId={`member-${i}-name`}
            label={t('apply.memberName')}
            required
          />
          <TextField
            form={form}
            name={`members.${i}.residentId`}
            testId={`member-${i}-residentId`}
            label={t('apply.memberResidentId')}
            maxLength={18}
            autoComplete="off"
            required
          />
          <SelectField
            form={form}
            name={`members.${i}.relation`}
            testId={`member-${i}-relation`}
            label={t('apply.relation')}
            options={memberRelations.map((r) => ({ value: r, label: tKey(`relation.${r}`) }))}
            required
          />
          <button
            type="button"
            className="button button-small button-danger-quiet"
            data-testid={`member-${i}-remove`}
            onClick={() => remove(i)}
          >
            {t('apply.removeMember')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        data-testid="add-member"
        onClick={add}
        disabled={members.length >= 10}
      >
        {t('apply.addMember')}
      </button>
    </div>
  );
}
