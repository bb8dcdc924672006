/**
 * The Office host's stored documents: workbook settings, which travel inside the file and reach
 * co-authors (ExcelApi 1.4). One Excel.run each, as in officeWorkbookHost.ts.
 */

/** A setting's value as the stored document's text (another add-in may have stored an object). */
export function settingText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function officeReadStoredDocument(key: string): Promise<string | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load('value');
    await context.sync();
    return setting.isNullObject ? null : settingText(setting.value);
  });
}

export async function officeWriteStoredDocument(key: string, text: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(key, text);
    await context.sync();
  });
}

export async function officeDeleteStoredDocument(key: string): Promise<void> {
  await Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load('key');
    await context.sync();
    if (setting.isNullObject) return;
    setting.delete();
    await context.sync();
  });
}

/** Settings changes arrive from co-authors too (ExcelApi 1.4's onSettingsChanged). */
export async function officeOnStoredDocumentChanged(
  listener: (key: string) => void,
): Promise<() => void> {
  const handler = await Excel.run(async (context) => {
    const registered = context.workbook.settings.onSettingsChanged.add(async (event) => {
      // The event names no key: each listener re-reads what it cares about.
      void event;
      listener('*');
    });
    await context.sync();
    return registered;
  });
  return () => {
    void Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
