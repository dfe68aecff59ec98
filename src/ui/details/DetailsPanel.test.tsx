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
function Page({ removeOpener = false, inLists = false }: { removeOpener?: boolean; inLists?: boolean }) {
  const [open, setOpen] = useState(false);
  const row = !(removeOpener && open) && (
    <button type="button" onClick={() => setOpen(true)}>
      Guangdong
    </button>
  );
  return (
    <div id="side-panel" tabIndex={-1}>
      {inLists ? <section className="lists">{row}</section> : row}
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

  it('takes focus from a list row to its title, and gives it back on close', async () => {
    const user = userEvent.setup();
    render(<Page inLists />);
    const row = screen.getByRole('button', { name: 'Guangdong' });
    row.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Guangdong Province' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(row).toHaveFocus();
  });

  it('leaves focus on an opener outside the lists (the map, the search field)', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const row = screen.getByRole('button', { name: 'Guangdong' });
    row.focus();
    await user.keyboard('{Enter}');
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
