/**
 * Keeps the camera and the store from echoing each other. The map reports the user's moves
 * (and its own eases to a selection) to the store; the store's camera comes back as a prop.
 * A camera equal to the one last reported is that echo, not a jump to make.
 */
import type { Camera } from '../view/view';

/** Equal up to the precision the URL keeps (the store may hold a rounded copy). */
export function sameCameraRounded(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.lat - b.lat) < 0.001 && Math.abs(a.lng - b.lng) < 0.001;
}

export type CameraGuard = {
  /** The map moved and told the store: remember what it said. */
  reported: (camera: Camera) => void;
  /** Whether a camera from the store is news the map must jump to (and remember it). */
  isNews: (camera: Camera | null) => boolean;
};

export function createCameraGuard(initial: Camera | null): CameraGuard {
  let last = initial;
  return {
    reported: (camera) => {
      last = camera;
    },
    isNews: (camera) => {
      if (sameCameraRounded(camera, last)) return false;
      last = camera;
      return true;
    },
  };
}
