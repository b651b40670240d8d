/** What the wheel beats: a stream that says whether it wrote lately and can send a comment. */
export type Beating = { wroteSinceLastBeat: boolean; beat: () => void };

/**
 * One timer for every open stream's heartbeats instead of one interval per stream: each tick,
 * every stream that wrote nothing since the previous tick gets a heartbeat (a streaming answer
 * needs none). A stream added just before a tick may get its first one early; none goes longer
 * than two intervals without data, and the timer runs only while streams are open.
 */
export const createHeartbeatWheel = (intervalMs: number) => {
  const members = new Set<Beating>();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    for (const member of members) {
      if (member.wroteSinceLastBeat) member.wroteSinceLastBeat = false;
      else member.beat();
    }
  };
  return {
    add(member: Beating): () => void {
      members.add(member);
      if (!timer) {
        timer = setInterval(tick, intervalMs);
        timer.unref();
      }
      return () => {
        members.delete(member);
        if (members.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    get size(): number {
      return members.size;
    },
  };
};
export type HeartbeatWheel = ReturnType<typeof createHeartbeatWheel>;

const wheels = new Map<number, HeartbeatWheel>();

/** The process's wheel for this interval (streams share one per interval). */
export const heartbeatWheel = (intervalMs: number): HeartbeatWheel => {
  let wheel = wheels.get(intervalMs);
  if (!wheel) {
    wheel = createHeartbeatWheel(intervalMs);
    wheels.set(intervalMs, wheel);
  }
  return wheel;
};
