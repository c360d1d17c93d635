/**
 * `GET /api/join-qr/:code`: the QR code of a join link, as SVG, drawn on the server so that
 * the browser never downloads a QR encoder (and no outside service sees who joins). It says
 * nothing about the workshop: it encodes whatever well-formed code it is given.
 */
import { Router } from 'express';
import { isJoinCode, normaliseJoinCode } from '@shared/join-code';
import { AppError } from '../errors';

interface Deps {
  /** PUBLIC_URL; without it, the address the request came to. */
  publicUrl: string | null;
}

export function joinQrRoutes({ publicUrl }: Deps): Router {
  const routes = Router();
  routes.get('/join-qr/:code', async (req, res) => {
    const code = normaliseJoinCode(String(req.params.code));
    if (!isJoinCode(code)) throw new AppError('invalid_request', 'Not a join code');
    const base = publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    // Loaded at the first projector, not at start: most servers rarely draw one.
    const { default: QRCode } = await import('qrcode');
    const svg = await QRCode.toString(`${base}/join/${code}`, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    // Private: without PUBLIC_URL the image depends on the Host header, which a shared cache would not key on.
    res.set('Cache-Control', 'private, max-age=300').type('image/svg+xml').send(svg);
  });
  return routes;
}
