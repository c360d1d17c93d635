/** On an anonymous board the document holds no names; facilitators get them from the server. */
import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import type { Session } from '../identity/identity-store';

/** How often a facilitator's list of names is refreshed on an anonymous board. */
const NAMES_REFRESH_MS = 5_000;
const NO_NAMES: ReadonlyMap<string, string> = new Map();

const sameNames = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([id, name]) => b.get(id) === name);

export function useFacilitatorNames(wanted: boolean, access: Session): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(NO_NAMES);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    const load = () =>
      api.participants(access.workshopId, access.token).then(
        ({ participants }) => {
          const next = new Map(participants.map((p) => [p.id, p.name]));
          // Unchanged names keep the same map: no card re-renders every few seconds.
          if (!cancelled) setNames((old) => (sameNames(old, next) ? old : next));
        },
        () => undefined,
      );
    void load();
    const timer = setInterval(load, NAMES_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [wanted, access.workshopId, access.token]);
  return wanted ? names : NO_NAMES;
}
