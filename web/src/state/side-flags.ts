import type { Side } from '#shared/protocol/index';
import type { SideFlags } from './scene-data';

/** The flags a protocol `side` stands for. */
export const sideFlags = (side: Side): SideFlags => ({
  left: side !== 'right',
  right: side !== 'left',
});
