import { describe, expect, it } from 'vitest';
import { createCameraGuard, sameCameraRounded } from './cameraGuard';

const at = (zoom: number, lat: number, lng: number) => ({ zoom, lat, lng });

describe('sameCameraRounded', () => {
  it('treats cameras equal up to the URL’s precision as the same', () => {
    expect(sameCameraRounded(at(5.123456, 43.238949, 76.889709), at(5.12, 43.2389, 76.8897))).toBe(true);
    expect(sameCameraRounded(at(5, 43.2, 76.9), at(5.02, 43.2, 76.9))).toBe(false);
    expect(sameCameraRounded(at(5, 43.2, 76.9), at(5, 43.202, 76.9))).toBe(false);
    expect(sameCameraRounded(at(5, 43.2, 76.9), at(5, 43.2, 76.902))).toBe(false);
  });

  it('is true for two nulls only', () => {
    expect(sameCameraRounded(null, null)).toBe(true);
    expect(sameCameraRounded(null, at(1, 2, 3))).toBe(false);
    expect(sameCameraRounded(at(1, 2, 3), null)).toBe(false);
  });
});

describe('createCameraGuard', () => {
  it('takes a camera from the store as news once, not again', () => {
    const guard = createCameraGuard(null);
    expect(guard.isNews(null)).toBe(false);
    expect(guard.isNews(at(5, 40, 70))).toBe(true);
    expect(guard.isNews(at(5, 40, 70))).toBe(false);
  });

  it('ignores the echo of a move the map reported itself, at the URL’s precision', () => {
    const guard = createCameraGuard(at(4, 45, 75));
    guard.reported(at(6.123456, 43.238949, 76.889709));
    // The store rounds what it writes to the URL; the same camera comes back rounded.
    expect(guard.isNews(at(6.12, 43.2389, 76.8897))).toBe(false);
    // A jump elsewhere (Back, a shared link) is news.
    expect(guard.isNews(at(3, 40, 70))).toBe(true);
  });

  it('takes a reset to the default frame (null) after a move as news', () => {
    const guard = createCameraGuard(at(4, 45, 75));
    expect(guard.isNews(null)).toBe(true);
    expect(guard.isNews(null)).toBe(false);
  });
});
