/**
 * Sends a step's commands one after the other, each once the server has applied the one
 * before; the first refusal stops the rest and is told in the interface's language.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { FacilitatorCommand } from '@shared/facilitation';
import type { BoardSession } from '../board/store/board-session';
import { refusalText } from '../i18n/refusal-text';

export type RunCommands = (commands: FacilitatorCommand[]) => Promise<boolean>;

export function useCommandSequence(session: BoardSession): { run: RunCommands; error: string | null } {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  // A second press while a sequence runs is ignored rather than disabling the button, which would drop its focus.
  const busy = useRef(false);
  const run = useCallback<RunCommands>(
    async (commands) => {
      if (busy.current) return false;
      busy.current = true;
      try {
        for (const command of commands) {
          const ack = await session.command(command);
          if (!ack.ok) {
            setError(refusalText(t, ack.error));
            return false;
          }
        }
        setError(null);
        return true;
      } finally {
        busy.current = false;
      }
    },
    [session, t],
  );
  return { run, error };
}
