import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { datedSources, defaultRecords, flight, miniIndex } from '../testing/fixtures';
import { initI18n } from '../testing/i18n';
import { renderWithModel } from '../testing/render';
import { AboutPanel } from './AboutPanel';
import { DetailsPanel } from './details/DetailsPanel';

beforeAll(() => {
  initI18n('en');
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('AboutPanel', () => {
  it('says how recent the newest source is, in the reader’s language, and says nothing while the data loads', async () => {
    const user = userEvent.setup();
    const records = { ...defaultRecords(), links: [flight({ sources: datedSources('2026-03-14', null) })] };
    const { unmount } = renderWithModel(<AboutPanel />, { index: miniIndex(records), lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'About' }));
    expect(screen.getByText(/^The newest source read is dated 14 March 2026:/)).toBeInTheDocument();
    unmount();
    renderWithModel(<AboutPanel />, { index: null });
    await user.click(screen.getByRole('button', { name: 'About' }));
    expect(screen.queryByText(/newest source/)).not.toBeInTheDocument();
  });

  it('closes on Escape without also closing the details behind it', async () => {
    const user = userEvent.setup();
    const closeDetails = vi.fn();
    renderWithModel(
      <>
        <AboutPanel />
        <DetailsPanel title="Guangdong" onClose={closeDetails}>
          <p>details</p>
        </DetailsPanel>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'About' }));
    const dialog = document.querySelector('dialog.about') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Copy citation' }), { key: 'Escape' });
    expect(dialog.open).toBe(false);
    expect(closeDetails).not.toHaveBeenCalled();
    // Outside the dialog, Escape still closes the details.
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(closeDetails).toHaveBeenCalledTimes(1);
  });

  it('copies the citation by selecting it when the Clipboard API refuses, and says so when nothing works', async () => {
    const user = userEvent.setup();
    renderWithModel(<AboutPanel />);
    await user.click(screen.getByRole('button', { name: 'About' }));
    // user-event installs a clipboard stub; make it refuse, as a browser without permission does.
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByText('Citation copied.')).toBeInTheDocument();
    execCommand.mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(screen.getByText('Could not copy. Select the text and copy it.')).toBeInTheDocument();
  });
});
