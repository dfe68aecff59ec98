import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../testing/i18n';
import { DetailsPanel } from './DetailsPanel';

beforeAll(() => {
  initI18n('en');
});

/** A stand-in for the side panel: a list row opens the details; closing them unmounts them. */
function Page({ removeOpener = false }: { removeOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <div id="side-panel" tabIndex={-1}>
      {!(removeOpener && open) && (
        <button type="button" onClick={() => setOpen(true)}>
          Guangdong
        </button>
      )}
      {open && (
        <DetailsPanel title="Guangdong Province" onClose={() => setOpen(false)}>
          <p>details</p>
        </DetailsPanel>
      )}
    </div>
  );
}

describe('DetailsPanel', () => {
  it('returns focus to what opened it when closed with the button or Escape', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const row = screen.getByRole('button', { name: 'Guangdong' });
    await user.click(row);
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(row).toHaveFocus();

    await user.click(row);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(row).toHaveFocus();
  });

  it('puts focus on the side panel when the opener is gone', async () => {
    const user = userEvent.setup();
    const { container } = render(<Page removeOpener />);
    await user.click(screen.getByRole('button', { name: 'Guangdong' }));
    await user.keyboard('{Escape}');
    expect(container.querySelector('#side-panel')).toHaveFocus();
  });
});
