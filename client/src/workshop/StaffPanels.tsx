/**
 * The workshop page's tools for organisers and facilitators, in the order of the day: prepare the boards, hand out
 * links, split into tables, follow, then results, archive and privacy. One chunk, fetched only
 * for them: participants, most of a room, never download it. The panels are all shown at once
 * to the same person, so splitting them further would add requests and save nothing.
 */
import type { WorkshopInfo } from '@shared/protocol';
import type { Session } from '../identity/identity-store';
import { ArchivePanel } from './ArchivePanel';
import { DashboardPanel } from './DashboardPanel';
import { ExportPanel } from './ExportPanel';
import { LinksPanel } from './LinksPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { PublicationPanel } from './PublicationPanel';
import { PreparePanel } from './prepare/PreparePanel';
import { TablesPanel } from './TablesPanel';

export function StaffPanels({ session, workshop, onChange }: { session: Session; workshop: WorkshopInfo; onChange: (w: WorkshopInfo) => void }) {
  const organiser = session.role === 'organiser';
  return (
    <>
      {organiser && <PreparePanel session={session} workshop={workshop} onChange={onChange} />}
      {organiser && <LinksPanel session={session} boards={workshop.boards} />}
      {organiser && <TablesPanel session={session} workshop={workshop} onChange={onChange} />}
      {organiser && <DashboardPanel session={session} />}
      <ExportPanel session={session} boards={workshop.boards} />
      {organiser && <PublicationPanel session={session} workshop={workshop} />}
      {organiser && <ArchivePanel session={session} workshop={workshop} onChange={onChange} />}
      {organiser && <PrivacyPanel session={session} workshop={workshop} onChange={onChange} />}
    </>
  );
}
