/**
 * A participant changes the kind of structure they speak for (PATCH /api/me), from the
 * name editor: saved on change, like the name, and remembered for the next workshop.
 */
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { STRUCTURE_KINDS, type StructureKind } from '@shared/structure-kinds';
import { profileApi } from '../api/profile-api';
import { loadProfile, participantIdOf, saveProfile } from '../identity/identity-store';
import { authorKinds } from './author-kinds';

export function KindField({ token }: { token: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<StructureKind | ''>(() => authorKinds.kindOf(participantIdOf(token)) ?? '');
  const [failed, setFailed] = useState(false);
  const change = (next: StructureKind | '') => {
    const previous = kind;
    setKind(next);
    setFailed(false);
    const { organisation } = loadProfile();
    profileApi.setProfile(token, next ? { kind: next, ...(organisation ? { organisation } : {}) } : null).then(
      () => {
        saveProfile({ ...loadProfile(), kind: next || undefined });
        authorKinds.reload();
      },
      () => {
        setKind(previous);
        setFailed(true);
      },
    );
  };
  return (
    <>
      <label>
        <span>{t('kinds.change')}</span>
        <select value={kind} onChange={(e) => change(e.target.value as StructureKind | '')}>
          <option value="">{t('kinds.none')}</option>
          {STRUCTURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.short.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {failed && <p role="alert">{t('errors.generic')}</p>}
    </>
  );
}
