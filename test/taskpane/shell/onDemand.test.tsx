/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { onDemand, type OnDemand } from '../../../src/taskpane/onDemand';
import { SectionLoading } from '../../../src/taskpane/SectionLoading';

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello {name}</p>;
}

/** As the pane shows a section: inside `SectionLoading`. */
function showSection(section: OnDemand<{ name: string }>, name: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SectionLoading onRetry={section.retry}>
        <section.Component name={name} />
      </SectionLoading>
    </FluentProvider>,
  );
}

describe('a section whose code downloads on demand', () => {
  it('says it is loading while the code downloads, then shows the section', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const section = onDemand(() => new Promise<typeof Greeting>((done) => (arrive = done)));
    showSection(section, 'Ana');
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Loading the section…');
    arrive(Greeting);
    expect(await screen.findByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a preloaded section at once, without a loading step', async () => {
    const load = jest.fn(() => Promise.resolve(Greeting));
    const section = onDemand(load);
    await section.preload();
    showSection(section, 'Rui');
    expect(screen.getByText('Hello Rui')).toBeInTheDocument();
    await section.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when the download fails and downloads again when asked', async () => {
    const load = jest
      .fn<Promise<typeof Greeting>, []>()
      .mockRejectedValue(new Error('Loading chunk compare failed'));
    const section = onDemand(load);
    // React reports the caught error on the console; the alert is what the user sees.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      showSection(section, 'Eva');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'This section could not be shown (Loading chunk compare failed)',
      );
      const attempts = load.mock.calls.length;
      load.mockResolvedValue(Greeting);
      await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('Hello Eva')).toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(attempts + 1);
    } finally {
      consoleError.mockRestore();
    }
  });
});
