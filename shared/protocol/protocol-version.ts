/** Carried in `metadata` and in the `X-Protocol-Version` response header. Bump on breaking change. */
export const PROTOCOL_VERSION = '1.0';
export const PROTOCOL_VERSION_HEADER = 'X-Protocol-Version';
