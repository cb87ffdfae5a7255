import { awardStartsOn, formatFen, type ObjectionCreate, type ObjectionDecision } from '@talent/domain';
import {
  api,
  apiErrorText,
  Badge,
  Card,
  ConfirmDialog,
  call,
  countyName,
  downloadCsv,
  Facts,
  formatDate,
  isApiError,
  LoadingScreen,
  Notice,
  PageHeader,
  toCsv,
  useI18n,
} from '@talent/ui';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { noticeStateTone } from './noticeLabels';
import { ObjectionsPanel } from './ObjectionsPanel';
import type { NoticeObjection } from './types';

type Confirming = 'publish' | 'discard' | 'close' | null;

/**
 * One notice: its period and how to object, the claimants as the public sees them with where each
 * claim stands, the objections, and the approver's steps — publish (confirming the period's last
 * day), discard a draft, close once the period is over. A 409 reloads the page and says why.
 */
export function NoticePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { t, tKey, locale } = useI18n();
  const queryClient = useQueryClient();
  const noticeQuery = queryOptions({
    queryKey: ['bureau', 'public-notices', id],
    queryFn: ({ signal }) =>
      call(api.bureau['public-notices'][':id'].$get({ param: { id } }, { init: { signal } })),
  });
  const { data, error, refetch } = useQuery(noticeQuery);
  const setData = (body: NonNullable<typeof data>) => queryClient.setQueryData(noticeQuery.queryKey, body);
  const notice = data?.notice;
  const param = { id };
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [done, setDone] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  /** Runs a change; someone else's change first (409) reloads the page and says so. */
  const act = async (change: () => Promise<string | null>) => {
    try {
      const text = await change();
      setDone(text ? { tone: 'success', text } : null);
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict') {
        setConfirming(null);
        setDone({ tone: 'warning', text: `${apiErrorText(e, tKey)} ${t('notice.stale')}` });
        void refetch();
        return;
      }
      throw e;
    }
  };

  if (error) {
    return (
      <div className="page">
        <Notice tone="error" testId="notice-load-error">
          {t('notice.loadFailed', {
            message: isApiError(error) ? apiErrorText(error, tKey) : t('error.internal'),
          })}
        </Notice>
        <Link to="/notices">{t('notice.back')}</Link>
      </div>
    );
  }
  if (!notice) return <LoadingScreen />;

  const publish = () =>
    act(async () => {
      const body = await call(
        api.bureau['public-notices'][':id'].publish.$post({ param, json: { version: notice.version } }),
      );
      setData(body);
      setConfirming(null);
      return t('notice.published', { endsOn: formatDate(body.notice.endsOn ?? '', locale) });
    });
  const discard = () =>
    act(async () => {
      await call(
        api.bureau['public-notices'][':id'].discard.$post({ param, json: { version: notice.version } }),
      );
      navigate('/notices');
      return null;
    });
  const close = () =>
    act(async () => {
      const body = await call(
        api.bureau['public-notices'][':id'].close.$post({ param, json: { version: notice.version } }),
      );
      setData({ notice: body.notice });
      setConfirming(null);
      return t('notice.closed', {
        awarded: body.result.awarded,
        held: body.result.held,
        lines: body.result.linesScheduled,
      });
    });
  const record = (objection: ObjectionCreate) =>
    act(async () => {
      const body = await call(
        api.bureau['public-notices'][':id'].objections.$post({ param, json: objection }),
      );
      setData(body);
      return t('objections.recorded');
    });
  const resolve = (objection: NoticeObjection, decision: ObjectionDecision, reason: string) =>
    act(async () => {
      const body = await call(
        api.bureau['notice-objections'][':id'].resolution.$post({
          param: { id: objection.id },
          json: { decision, reason, version: objection.version },
        }),
      );
      setData(body);
      return t('objections.decided');
    });

  const totalFen = notice.entries.reduce((sum, e) => sum + e.amountFen, 0);
  const outcomeOf = (e: (typeof notice.entries)[number]) =>
    e.outcome
      ? t(`notice.outcome.${e.outcome}`)
      : e.openObjections > 0
        ? t('notice.held')
        : t('notice.outcome.pending');
  const exportList = () =>
    downloadCsv(
      t('notice.exportName', { number: notice.number }),
      toCsv(
        [
          t('newNotice.claim'),
          t('newNotice.name'),
          t('notice.residentId'),
          t('newNotice.tier'),
          t('newNotice.county'),
          t('newNotice.amount'),
          t('notice.claimState'),
          t('notice.outcome'),
        ],
        notice.entries.map((e) => [
          e.number,
          e.maskedName,
          e.maskedResidentId,
          tKey(`tier.${e.tier}`),
          countyName(e.countyCode, locale),
          formatFen(e.amountFen, locale),
          tKey(`state.${e.claimState}`),
          outcomeOf(e),
        ]),
      ),
    );

  return (
    <div className="page" data-testid="notice-page">
      <PageHeader
        title={t('notice.title', { number: notice.number })}
        actions={
          <span className="row-actions">
            {notice.actions.includes('publish') && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setConfirming('publish')}
                data-testid="publish-notice"
              >
                {t('notice.publish')}
              </button>
            )}
            {notice.actions.includes('close') && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setConfirming('close')}
                data-testid="close-notice"
              >
                {t('notice.close')}
              </button>
            )}
            {notice.actions.includes('discard') && (
              <button
                type="button"
                className="button button-danger-quiet"
                onClick={() => setConfirming('discard')}
                data-testid="discard-notice"
              >
                {t('notice.discard')}
              </button>
            )}
            <Link to="/notices" className="button" data-testid="notice-back">
              {t('notice.back')}
            </Link>
          </span>
        }
      >
        <Badge tone={noticeStateTone[notice.state]} testId="notice-state">
          {t(`noticeState.${notice.state}`)}
        </Badge>
      </PageHeader>
      {done && (
        <Notice tone={done.tone} testId="notice-done">
          {done.text}
        </Notice>
      )}
      {notice.state === 'published' && !notice.actions.includes('close') && notice.endsOn && (
        <Notice tone="info" testId="notice-period">
          {t('notice.periodRunning', { endsOn: formatDate(notice.endsOn, locale) })}
        </Notice>
      )}
      <Card>
        <Facts
          items={[
            { label: t('notices.noticeTitle'), value: notice.title },
            {
              label: t('notices.period'),
              value:
                notice.publishedOn && notice.endsOn
                  ? t('notices.periodValue', {
                      from: formatDate(notice.publishedOn, locale),
                      to: formatDate(notice.endsOn, locale),
                    })
                  : '—',
              testId: 'notice-period-value',
            },
            { label: t('notice.contact'), value: notice.objectionContact },
            { label: t('notice.policy'), value: notice.policyVersionId ?? '—' },
            {
              label: t('notices.entries'),
              value: t('notice.total', { n: notice.entries.length, amount: formatFen(totalFen, locale) }),
            },
            ...(notice.state === 'draft'
              ? []
              : [
                  {
                    label: t('notice.publicLink'),
                    value: (
                      <a
                        href={`/notices/${notice.id}`}
                        target="_blank"
                        rel="noreferrer"
                        data-testid="public-link"
                      >
                        /notices/{notice.id.slice(0, 8)}…
                      </a>
                    ),
                  },
                ]),
          ]}
        />
      </Card>
      <Card
        title={
          <span className="row-actions">
            {t('notice.entriesTitle')}
            <button
              type="button"
              className="button button-small"
              onClick={exportList}
              data-testid="export-entries"
            >
              {t('notice.export')}
            </button>
          </span>
        }
        testId="notice-entries"
      >
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('notice.entriesTitle')}</caption>
            <thead>
              <tr>
                <th>{t('newNotice.claim')}</th>
                <th>{t('newNotice.name')}</th>
                <th>{t('notice.residentId')}</th>
                <th>{t('newNotice.tier')}</th>
                <th>{t('newNotice.county')}</th>
                <th className="num">{t('newNotice.amount')}</th>
                <th>{t('notice.claimState')}</th>
                <th>{t('notice.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {notice.entries.map((e) => (
                <tr key={e.claimId} data-testid={`entry-${e.number}`}>
                  <td className="mono">{e.number}</td>
                  <td>{e.maskedName}</td>
                  <td className="mono">{e.maskedResidentId}</td>
                  <td>{tKey(`tier.${e.tier}`)}</td>
                  <td>{countyName(e.countyCode, locale)}</td>
                  <td className="num">{formatFen(e.amountFen, locale)}</td>
                  <td>{tKey(`state.${e.claimState}`)}</td>
                  <td>
                    <Badge
                      tone={
                        e.outcome === 'awarded'
                          ? 'success'
                          : e.outcome === 'returned'
                            ? 'error'
                            : e.openObjections > 0
                              ? 'warning'
                              : 'neutral'
                      }
                      testId={`outcome-${e.number}`}
                    >
                      {outcomeOf(e)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {notice.state !== 'draft' && <ObjectionsPanel notice={notice} onRecord={record} onResolve={resolve} />}
      <ConfirmDialog
        open={confirming === 'publish'}
        title={t('notice.publishTitle')}
        message={t('notice.publishMessage', {
          n: notice.entries.length,
          endsOn: formatDate(notice.endsOnIfPublishedToday ?? '', locale),
        })}
        confirmLabel={t('notice.publish')}
        onConfirm={publish}
        onCancel={() => setConfirming(null)}
        testId="publish-dialog"
      />
      <ConfirmDialog
        open={confirming === 'close'}
        title={t('notice.closeTitle')}
        message={t('notice.closeMessage', {
          endsOn: formatDate(notice.endsOn ?? '', locale),
          startDate: notice.endsOn ? formatDate(awardStartsOn(notice.endsOn), locale) : '',
        })}
        confirmLabel={t('notice.close')}
        onConfirm={close}
        onCancel={() => setConfirming(null)}
        testId="close-dialog"
      />
      <ConfirmDialog
        open={confirming === 'discard'}
        title={t('notice.discardTitle')}
        message={t('notice.discardMessage')}
        confirmLabel={t('notice.discard')}
        tone="danger"
        onConfirm={discard}
        onCancel={() => setConfirming(null)}
        testId="discard-dialog"
      />
    </div>
  );
}
