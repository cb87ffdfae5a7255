import type { ObjectionCreate, ObjectionDecision } from '@talent/domain';
import { Badge, Card, formatDateTime, ReasonDialog, type Tone, useI18n } from '@talent/ui';
import { useState } from 'react';
import { RecordObjectionDialog } from './RecordObjectionDialog';
import type { NoticeDetail, NoticeObjection } from './types';

const stateTone: Record<NoticeObjection['state'], Tone> = {
  open: 'warning',
  dismissed: 'neutral',
  upheld: 'error',
};

/** The objections raised against a notice: recorded with their source, decided with a reason. */
export function ObjectionsPanel({
  notice,
  onRecord,
  onResolve,
}: {
  notice: NoticeDetail;
  onRecord: (objection: ObjectionCreate) => Promise<unknown>;
  onResolve: (objection: NoticeObjection, decision: ObjectionDecision, reason: string) => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const [recording, setRecording] = useState(false);
  const [deciding, setDeciding] = useState<{
    objection: NoticeObjection;
    decision: ObjectionDecision;
  } | null>(null);
  const canRecord = notice.actions.includes('record_objection');
  const canResolve = notice.actions.includes('resolve_objection');
  return (
    <Card
      title={
        <span className="row-actions">
          {t('objections.title')}
          {canRecord && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setRecording(true)}
              data-testid="record-objection"
            >
              {t('objections.record')}
            </button>
          )}
        </span>
      }
      testId="objections-panel"
    >
      {notice.objections.length === 0 ? (
        <p className="muted" data-testid="no-objections">
          {t('objections.none')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('objections.title')}</caption>
            <thead>
              <tr>
                <th>{t('objections.claim')}</th>
                <th>{t('objections.source')}</th>
                <th>{t('objections.summary')}</th>
                <th>{t('objections.recordedBy')}</th>
                <th>{t('objections.recordedAt')}</th>
                <th>{t('objections.state')}</th>
                <th>{t('objections.resolution')}</th>
              </tr>
            </thead>
            <tbody>
              {notice.objections.map((o) => (
                <tr key={o.id} data-testid={`objection-${o.id}`}>
                  <td className="mono">{o.claimNumber}</td>
                  <td>{t(`objectionSource.${o.source}`)}</td>
                  <td>{o.summary}</td>
                  <td>{o.recordedBy}</td>
                  <td>{formatDateTime(o.recordedAt, locale)}</td>
                  <td>
                    <Badge tone={stateTone[o.state]}>{t(`objectionState.${o.state}`)}</Badge>
                  </td>
                  <td>
                    {o.state === 'open' && canResolve ? (
                      <span className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setDeciding({ objection: o, decision: 'dismiss' })}
                          data-testid={`dismiss-${o.id}`}
                        >
                          {t('objections.dismiss')}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger-quiet"
                          onClick={() => setDeciding({ objection: o, decision: 'uphold' })}
                          data-testid={`uphold-${o.id}`}
                        >
                          {t('objections.uphold')}
                        </button>
                      </span>
                    ) : (
                      (o.resolutionReason ?? '—')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {recording && (
        <RecordObjectionDialog
          entries={notice.entries}
          onSubmit={async (objection) => {
            await onRecord(objection);
            setRecording(false);
          }}
          onClose={() => setRecording(false)}
        />
      )}
      {deciding && (
        <ReasonDialog
          title={t(deciding.decision === 'dismiss' ? 'objections.dismissTitle' : 'objections.upholdTitle', {
            number: deciding.objection.claimNumber,
          })}
          hint={t(deciding.decision === 'dismiss' ? 'objections.dismissHint' : 'objections.upholdHint')}
          summary={deciding.objection.summary}
          submitLabel={t(deciding.decision === 'dismiss' ? 'objections.dismiss' : 'objections.uphold')}
          onSubmit={async (reason) => {
            await onResolve(deciding.objection, deciding.decision, reason);
            setDeciding(null);
          }}
          onClose={() => setDeciding(null)}
          testId="resolve-dialog"
        />
      )}
    </Card>
  );
}
