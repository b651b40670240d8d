import type { NamedView } from '#shared/protocol/index';

const viewWords: Record<NamedView, string> = {
  anterior: 'from the front',
  posterior: 'from behind',
  left: 'from the left',
  right: 'from the right',
  superior: 'from above',
  inferior: 'from below',
  'anterolateral-left': 'from the front left',
  'anterolateral-right': 'from the front right',
  'posterolateral-left': 'from behind on the left',
  'posterolateral-right': 'from behind on the right',
};

/**
 * The scene in words, for the polite live region: "Selected: infraspinatus, teres minor. View:
 * from behind." plus the fade caption when parts were faded. `names` come with their side.
 */
export const sceneAnnouncement = (
  names: readonly string[],
  view: NamedView | null,
  fadeCaption: string | null,
): string => {
  const parts = [names.length > 0 ? `Selected: ${names.join(', ')}.` : 'Nothing selected.'];
  if (view) parts.push(`View: ${viewWords[view]}.`);
  if (fadeCaption) parts.push(fadeCaption);
  return parts.join(' ');
};
