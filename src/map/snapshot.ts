import type { Map as MlMap } from 'maplibre-gl';

/**
 * A copy of the map as drawn in the next frame. Read inside the render event, while the
 * WebGL drawing buffer still holds the frame, so no preserveDrawingBuffer cost is paid.
 */
export function snapshot(map: MlMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')?.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
