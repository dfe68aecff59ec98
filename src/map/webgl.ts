/** True when the browser can create a WebGL context (MapLibre needs WebGL 2 or 1). */
export function hasWebgl(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    return gl !== null && gl !== undefined;
  } catch {
    return false;
  }
}
