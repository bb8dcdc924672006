import { forwardRef } from 'react';
import { Button, type ButtonProps } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';

/** The button that opens the menu of the sections a narrow pane has no room for as tabs. */
export const MoreSectionsButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function MoreSectionsButton(props, ref) {
    return (
      <Button
        {...props}
        ref={ref}
        appearance="transparent"
        icon={<MoreHorizontalRegular />}
        aria-label="More sections"
        title="More sections"
      />
    );
  },
);
