import type { IncomingMessage } from 'node:http';
import { ipKeyGenerator } from 'express-rate-limit';
import proxyAddr from 'proxy-addr';

/** TRUST_PROXY as Express's "trust proxy" setting takes it: a boolean, a hop count, or addresses. */
export const parseTrustProxy = (value: string): boolean | number | string[] => {
  const trimmed = value.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false' || trimmed === '') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
};

/** The same trust decision Express makes for `req.ip`, for requests Express never sees. */
export const compileTrust = (
  setting: boolean | number | string[],
): ((address: string, hop: number) => boolean) => {
  if (typeof setting === 'boolean') return () => setting;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyAddr.compile(setting);
};

/**
 * The key per-address limits count under: an IPv4 address, or the /64 an IPv6 address is in
 * (one household or host usually has a whole /64, so counting single addresses would let it
 * mint fresh quota at will). IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
export const addressKey = (address: string): string => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return ipKeyGenerator(mapped?.[1] ?? address, 64);
};

/** The client's address key for a raw request (a socket handshake), trusting proxies as HTTP does. */
export const clientAddressOf = (
  request: IncomingMessage,
  trust: (address: string, hop: number) => boolean,
): string => addressKey(proxyAddr(request, trust));
