/**
 * `/present/<boardId>#<projector token>`: the board on the room's screen. Large type, no
 * editing chrome, the join code with a QR code of the join link, the timer and live counts.
 */
import QRCode from 'qrcode';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { paths } from '../app/router';
import { Countdown } from '../facilitation/Countdown';
import { useBoardSession } from '../board/store/use-board-session';
import { PRESENCE_COLORS, claimsOf } from '../identity/identity-store';

export function PresentPage({ boardId, token }: { boardId: string; token: string }) {
  const { t } = useTranslation();
  const [identity] = useState(() => ({ token, participantId: claimsOf(token).pid, name: t('present.screen'), color: PRESENCE_COLORS[3] }));
  const opened = useBoardSession(boardId, identity);
  const [joinCode, setJoinCode] = useState<string | null>(null);
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void api.workshop(claimsOf(token).wid, token).then(async (w) => {
      const link = `${window.location.origin}${paths.join(w.joinCode)}`;
      // Drawn here, from the link: no external service sees who joins.
      const svg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      if (cancelled) return;
      setJoinCode(w.joinCode);
      setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [token]);

  const snapshot = opened?.snapshot;
  const columns = useMemo(() => snapshot?.board?.columns ?? [], [snapshot]);
  if (!snapshot) return <main id="main" className="loading">{t('status.connecting')}</main>;
  const people = snapshot.people.filter((p) => !p.self).length;
  const state = snapshot.state?.state;
  const spotlit = state?.focus?.kind === 'card' ? snapshot.cards.find((c) => c.id === state.focus?.id) : undefined;
  const spotlitColumn = state?.focus?.kind === 'column' ? state.focus.id : null;

  return (
    <main id="main" className="present">
      <header className="present-header">
        <h1>{snapshot.board?.title}</h1>
        <div className="present-facts">
          {state && <Countdown timer={state.timer} clockOffsetMs={snapshot.clockOffsetMs} />}
          <p>{t('workshop.cards', { count: snapshot.cards.length })}</p>
          <p>{t('workshop.people', { count: people })}</p>
        </div>
        {joinCode && (
          <div className="present-join">
            <p>
              {t('present.join')} <strong className="present-code">{joinCode}</strong>
            </p>
            {qr && <img src={qr} alt={t('present.qr', { code: joinCode })} width={160} height={160} />}
          </div>
        )}
      </header>
      {spotlit && (
        <section className={`present-spotlight card--${spotlit.color}`} aria-label={t('facilitation.spotlight')}>
          <p>{spotlit.text}</p>
        </section>
      )}
      <div className={`present-columns${spotlit ? ' present-columns--dimmed' : ''}`}>
        {columns
          .filter((column) => !spotlitColumn || column.id === spotlitColumn)
          .map((column) => (
          <section key={column.id} className={`present-column${spotlitColumn ? ' present-column--spotlit' : ''}`} aria-labelledby={`present-${column.id}`}>
            <h2 id={`present-${column.id}`}>{column.title}</h2>
            <ul>
              {snapshot.cards
                .filter((c) => c.column === column.id)
                .map((card) => (
                  <li key={card.id} className={`present-card card--${card.color}`}>
                    {card.text}
                    {snapshot.votes?.totals?.[card.id] ? (
                      <span className="vote-total"> · {t('facilitation.votes', { count: snapshot.votes.totals[card.id] })}</span>
                    ) : null}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </main>
  );
}
