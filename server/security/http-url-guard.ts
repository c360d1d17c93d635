/**
 * Refuses a request whose path does not decode (`/%E0%A4%A`) with 400 `invalid_request`,
 * once, before any route: otherwise each router and the static files meet it in their own
 * way (a 500 from the API's parameter decoding, the app page from the static fallback).
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors';

export const refuseMalformedUrls: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    throw new AppError('invalid_request', 'The request path is not valid percent-encoding');
  }
  next();
};
