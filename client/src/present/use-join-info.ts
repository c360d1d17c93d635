/** What the room needs to join: the code, the address to type, and a QR code of the join link. */
import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import { publicAddress } from '../app/public-address';
import { claimsOf } from '../identity/identity-store';

export interface JoinInfo {
  code: string;
  /** Host and path, no protocol: what people type ("ateliers.example.org/join"). */
  address: string;
  /** The join link's QR code, an SVG the server draws: it scales to any size without blurring. */
  qr: string;
}

/** `https://ateliers.example.org` → `ateliers.example.org/join` (which opens the code field). */
const readableAddress = (origin: string): string => `${new URL(origin).host}/join`;

export function useJoinInfo(token: string): JoinInfo | null {
  const [info, setInfo] = useState<JoinInfo | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api.workshop(claimsOf(token).wid, token), publicAddress()]).then(([workshop, origin]) => {
      if (live) setInfo({ code: workshop.joinCode, address: readableAddress(origin), qr: `/api/join-qr/${encodeURIComponent(workshop.joinCode)}` });
    });
    return () => {
      live = false;
    };
  }, [token]);
  return info;
}
