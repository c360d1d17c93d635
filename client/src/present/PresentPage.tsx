/**
 * `/present/<boardId>#<projector token>`: the board on the room's screen. Large type, no
 * editing chrome, the join code with a QR code of the join link, the timer and live counts.
 */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../a11y/use-document-title';
import { api } from '../api/api-client';
import { publicAddress } from '../app/public-address';
import { paths } from '../app/router';
import { Countdown } from '../facilitation/Countdown';
import { useBoardSession } from '../board/store/use-board-session';
import type { BoardSession } from '../board/store/board-session';
import { useCardsValue, usePeople, useSlice } from '../board/store/use-store';
import { PRESENCE_COLORS, claimsOf } from '../identity/identity-store';
import { PresentColumns } from './PresentColumns';

export function PresentPage({ boardId, token }: { boardId: string; token: string }) {
  const { t } = useTranslation();
  const [identity] = useState(() => ({ token, participantId: claimsOf(token).pid, name: t('present.screen'), color: PRESENCE_COLORS[3] }));
  const session = useBoardSession(boardId, identity);
  const [joinCode, setJoinCode] = useState<string | null>(null);
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void api.workshop(claimsOf(token).wid, token).then(async (w) => {
      const link = `${await publicAddress()}${paths.join(w.joinCode)}`;
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

  if (!session) return <main id="main" className="loading">{t('status.connecting')}</main>;
  return (
    <main id="main" className="present" key={session.generation.get()}>
      <PresentHeader session={session} joinCode={joinCode} qr={qr} />
      <PresentColumns session={session} />
    </main>
  );
}

function PresentHeader({ session, joinCode, qr }: { session: BoardSession; joinCode: string | null; qr: string | null }) {
  const { t } = useTranslation();
  const meta = useSlice(session.meta);
  const cards = useCardsValue(session.store, countCards);
  const people = usePeople(session.presence).filter((p) => !p.self).length;
  const state = meta.state?.state;
  useDocumentTitle([t('shell.titles.projector', { board: meta.board?.title ?? '…' })]);
  return (
    <header className="present-header">
      <h1>{meta.board?.title}</h1>
      <div className="present-facts">
        {state && <Countdown timer={state.timer} clockOffsetMs={meta.clockOffsetMs} />}
        <p>{t('workshop.cards', { count: cards })}</p>
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
  );
}

const countCards = (store: BoardSession['store']) => store.cardCount();
