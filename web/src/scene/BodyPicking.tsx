import { useThree } from '@react-three/fiber';
import { useEffect, type RefObject } from 'react';
import { Raycaster, Vector2 } from 'three';
import type { AnatomyIndex } from '../state/anatomy-index';
import { routeClickToQuiz } from '../quiz/answer-quiz';
import { useViewerStore } from '../state/use-viewer-store';
import type { BodyRuntime } from './body-runtime';
import { partDisplayName } from './part-display-name';
import { pickPart } from './pick-part';

export interface BodyPickingProps {
  anatomy: AnatomyIndex;
  runtime: BodyRuntime;
  /** The tooltip element (outside the canvas) that names the hovered structure. */
  tooltipRef: RefObject<HTMLDivElement | null>;
}

const CLICK_SLOP_PX = 5;
const CLICK_MAX_MS = 600;

// Scratch shared by the handlers: pointer moves must not allocate.
const raycaster = new Raycaster();
const ndc = new Vector2();

/**
 * Hover highlight with a name tooltip, click to select (Shift/Ctrl/⌘ adds or removes), double
 * click to focus, click on empty space to clear. Picks on the merged geometry through its BVH,
 * at most once per animation frame, and only renders a frame when the hovered part changes.
 */
export function BodyPicking({ anatomy, runtime, tooltipRef }: BodyPickingProps) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const element = gl.domElement;
    let frame = 0;
    let clientX = 0;
    let clientY = 0;
    let downX = 0;
    let downY = 0;
    let downAt = 0;
    let buttons = 0;
    let lastTooltipPart = -2;

    const pickAt = (x: number, y: number): number => {
      const rect = element.getBoundingClientRect();
      ndc.set(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      return pickPart(raycaster.ray, runtime.batches, runtime.partStates);
    };

    const showTooltip = (part: number) => {
      const tooltip = tooltipRef.current;
      if (!tooltip) return;
      if (part < 0) {
        tooltip.style.opacity = '0';
        lastTooltipPart = -1;
        return;
      }
      if (part !== lastTooltipPart) {
        tooltip.textContent = partDisplayName(anatomy, part);
        lastTooltipPart = part;
      }
      const rect = element.getBoundingClientRect();
      tooltip.style.transform = `translate(${clientX - rect.left + 14}px, ${clientY - rect.top + 16}px)`;
      tooltip.style.opacity = '1';
    };

    const hoverFrame = () => {
      frame = 0;
      const part = buttons === 0 ? pickAt(clientX, clientY) : -1;
      if (runtime.partStates.setHovered(part)) invalidate();
      element.style.cursor = part >= 0 ? 'pointer' : '';
      showTooltip(part);
    };

    const onMove = (event: PointerEvent) => {
      clientX = event.clientX;
      clientY = event.clientY;
      buttons = event.buttons;
      if (event.pointerType === 'touch') return;
      if (frame === 0) frame = requestAnimationFrame(hoverFrame);
    };
    const onLeave = () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      if (runtime.partStates.setHovered(-1)) invalidate();
      showTooltip(-1);
    };
    const onDown = (event: PointerEvent) => {
      downX = event.clientX;
      downY = event.clientY;
      downAt = event.timeStamp;
      buttons = event.buttons;
    };
    const onUp = (event: PointerEvent) => {
      buttons = 0;
      if (event.button !== 0) return;
      const moved = Math.hypot(event.clientX - downX, event.clientY - downY);
      if (moved > CLICK_SLOP_PX || event.timeStamp - downAt > CLICK_MAX_MS) return;
      const part = pickAt(event.clientX, event.clientY);
      // A Find it question takes the click as its answer instead of a selection.
      if (routeClickToQuiz(anatomy.partStructure[part] ?? null, anatomy.parts[part]?.side)) return;
      const store = useViewerStore.getState();
      if (part < 0) {
        if (!event.shiftKey && !event.ctrlKey && !event.metaKey) {
          store.clearSelection();
          store.inspect(null);
        }
        return;
      }
      const structure = anatomy.partStructure[part];
      const info = anatomy.parts[part];
      if (!structure || !info) return;
      const side = info.side === 'midline' ? 'both' : info.side;
      const additive = event.shiftKey || event.ctrlKey || event.metaKey;
      const entry = store.scene.selection[structure];
      const alreadySelected = entry !== undefined && (side === 'both' || entry[side]);
      if (additive) store.select([structure], { side, mode: alreadySelected ? 'remove' : 'add' });
      else store.select([structure], { side, mode: 'replace' });
    };
    const onDoubleClick = (event: MouseEvent) => {
      const part = pickAt(event.clientX, event.clientY);
      const structure = part >= 0 ? anatomy.partStructure[part] : null;
      const info = part >= 0 ? anatomy.parts[part] : undefined;
      if (!structure || !info) return;
      useViewerStore
        .getState()
        .focusOn([structure], { side: info.side === 'midline' ? 'both' : info.side });
    };

    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('dblclick', onDoubleClick);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('dblclick', onDoubleClick);
    };
  }, [gl, camera, invalidate, anatomy, runtime, tooltipRef]);

  return null;
}
