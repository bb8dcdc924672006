// office-addin-mock needs only the OfficeApp host names from office-addin-manifest; its real ESM chain does not load under jest.
export const OfficeApp = {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
};
export default { OfficeApp };
